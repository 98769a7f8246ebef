import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { ConstraintViolation, WriteCollision, WritesUnavailable } from '../db/errors.js';
import { Conflict, Invalid, NotFound, PreconditionFailed, type FieldIssue } from '../domain/errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Each kind of problem, with the status it comes with; `type` is `/problems/<code>`, stable for clients to branch on. */
export const PROBLEM_TYPES = {
  'invalid-request': { status: 400, title: 'Bad Request', summary: 'A field, parameter or header is not valid; `errors` names each one' },
  'unauthorized': { status: 401, title: 'Unauthorized', summary: 'No API key, or one that is unknown or revoked' },
  'forbidden': { status: 403, title: 'Forbidden', summary: "The API key's scope does not allow this request" },
  'not-found': { status: 404, title: 'Not Found', summary: 'No such resource (or route)' },
  'method-not-allowed': { status: 405, title: 'Method Not Allowed', summary: 'The resource exists but not with this method; `Allow` lists those it takes' },
  'not-acceptable': { status: 406, title: 'Not Acceptable', summary: 'None of the media types in `Accept` can be produced' },
  'request-timeout': { status: 408, title: 'Request Timeout', summary: 'The request did not arrive in time (headers within HEADERS_TIMEOUT_MS, all of it within REQUEST_TIMEOUT_MS)' },
  'conflict': { status: 409, title: 'Conflict', summary: 'The resource exists already, or its state forbids the change; `existingId` names what stands in the way' },
  'request-in-progress': { status: 409, title: 'Conflict', summary: 'A request with the same Idempotency-Key is still running; retry after `Retry-After` seconds' },
  'write-collision': { status: 409, title: 'Conflict', summary: 'The write collided with a concurrent one and was rolled back, nothing of it stored; retry it after `Retry-After` seconds' },
  'precondition-failed': { status: 412, title: 'Precondition Failed', summary: 'If-Match names a version that is no longer current: read it again' },
  'content-too-large': { status: 413, title: 'Content Too Large', summary: 'The body is larger, or has more rows, than the endpoint takes' },
  'unsupported-media-type': { status: 415, title: 'Unsupported Media Type', summary: 'The body is in a format the endpoint does not take' },
  'uri-too-long': { status: 414, title: 'URI Too Long', summary: 'The URL is longer than the service reads' },
  'request-header-too-large': { status: 431, title: 'Request Header Fields Too Large', summary: 'The headers are larger than the service reads' },
  'idempotency-key-reused': { status: 422, title: 'Unprocessable Content', summary: 'The Idempotency-Key was first used for another request' },
  'too-many-requests': { status: 429, title: 'Too Many Requests', summary: 'Slow down; retry after `Retry-After` seconds' },
  'internal-error': { status: 500, title: 'Internal Server Error', summary: 'A bug: the request id in the answer finds it in the log' },
  'unavailable': { status: 503, title: 'Service Unavailable', summary: 'The service cannot take this request now (overloaded, shutting down, or its database cannot take writes); retry after `Retry-After` seconds' },
} as const satisfies Record<string, { status: number; title: string; summary: string }>;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

export const fieldErrorSchema = z.object({
  field: z.string().describe('Where the problem is: `body.period.end`, `query.limit`, `params.targetId`, `rows[3].value`'),
  message: z.string(),
});

export const problemSchema = z
  .object({
    type: z.string().describe('`/problems/<code>`: one per kind of problem (see the README), for a client to branch on'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional().describe('The request path'),
    requestId: z.string().optional().describe('Also in the x-request-id header; quote it when reporting a problem'),
    errors: z.array(fieldErrorSchema).optional().describe('Every offending field, for validation problems'),
    existingId: z.string().optional().describe('On a conflict: the id of the resource that stands in the way'),
  })
  .describe('An RFC 9457 problem');
z.globalRegistry.add(problemSchema, { id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Declared on every route, so that each error reply is serialised and documented as a problem. */
export const problemResponses = { '4xx': problemSchema, '5xx': problemSchema } as const;

/** An error whose answer is a problem, thrown where HTTP itself is the concern (auth, limits, media types). */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    detail: string,
    readonly extra: { errors?: FieldError[]; existingId?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

const LOCATIONS = /^(body|query|params|headers|header|rows|observations|sources|items)\b/;

/** A service's field path, relative to its input, as the request names it: `period.end` → `body.period.end`. */
export const fieldOfBody = (issue: FieldIssue): FieldError => ({
  field: LOCATIONS.test(issue.field) ? issue.field : `body.${issue.field}`,
  message: issue.message,
});

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  detail: string,
  extra: ProblemError['extra'] = {},
) {
  const { status, title } = PROBLEM_TYPES[code];
  for (const [name, value] of Object.entries(extra.headers ?? {})) reply.header(name, value);
  const problem: Problem = {
    type: `/problems/${code}`,
    title,
    status,
    detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.existingId ? { existingId: extra.existingId } : {}),
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(problem);
}

const LOCATION_NAMES: Record<string, string> = { querystring: 'query', params: 'params', body: 'body', headers: 'headers' };

/** The problem for an error thrown anywhere in a request, or undefined for a bug (a 500). */
export function problemOf(error: unknown, request: FastifyRequest): { code: ProblemCode; detail: string; extra?: ProblemError['extra'] } | undefined {
  const translated = request.server.store.translateError(error);
  if (translated instanceof ProblemError) return { code: translated.code, detail: translated.message, extra: translated.extra };
  if (translated instanceof NotFound) return { code: 'not-found', detail: translated.message };
  if (translated instanceof Conflict) return { code: 'conflict', detail: translated.message, extra: { existingId: translated.existing?.id } };
  if (translated instanceof Invalid) return { code: 'invalid-request', detail: translated.message, extra: { errors: translated.issues.map(fieldOfBody) } };
  if (translated instanceof PreconditionFailed) return { code: 'precondition-failed', detail: translated.message };
  if (translated instanceof ConstraintViolation) {
    return {
      code: 'conflict',
      detail:
        translated.constraint === 'unique'
          ? 'A record with the same identity was written by another request first'
          : 'The record refers to, or is referred to by, another record',
    };
  }
  if (translated instanceof WriteCollision) {
    return { code: 'write-collision', detail: `Nothing was stored: ${translated.message}. Send the same request again`, extra: { headers: { 'retry-after': '1' } } };
  }
  if (translated instanceof WritesUnavailable) return { code: 'unavailable', detail: `Writes are refused: ${translated.message}`, extra: { headers: { 'retry-after': '30' } } };
  const fastifyError = translated as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const location = LOCATION_NAMES[fastifyError.validationContext ?? ''] ?? fastifyError.validationContext ?? 'request';
    const errors = fastifyError.validation.map((issue) => ({
      field: [location, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message,
    }));
    return { code: 'invalid-request', detail: `Invalid ${location}: ${errors.map((e) => e.field).join(', ')}`, extra: { errors } };
  }
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      code: 'content-too-large',
      detail: `The body is larger than the ${request.routeOptions.bodyLimit ?? 'allowed'} bytes this endpoint takes: split it into smaller requests (an import into files of fewer rows)`,
    };
  }
  const status = fastifyError.statusCode;
  if (!isResponseSerializationError(fastifyError) && status && status >= 400 && status < 500) {
    const code = (Object.keys(PROBLEM_TYPES) as ProblemCode[]).find((candidate) => PROBLEM_TYPES[candidate].status === status) ?? 'invalid-request';
    return { code, detail: fastifyError.message };
  }
  if (status === 503) return { code: 'unavailable', detail: fastifyError.message, extra: { headers: { 'retry-after': '5' } } };
  return undefined;
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 'not-found', `No route ${request.method} ${request.url.split('?')[0]}`));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemOf(error, request);
    if (problem) return sendProblem(request, reply, problem.code, problem.detail, problem.extra);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal-error', 'An unexpected error occurred');
  });
}
