import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from '@fastify/type-provider-zod';
import { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const fieldErrorSchema = z.object({
  field: z.string().describe('Where the problem is: `body.period.end`, `query.limit`, `params.targetId`, `rows[3].value`'),
  message: z.string(),
});

export const problemSchema = z
  .object({
    type: z.string().describe('A URI reference naming the kind of problem; `about:blank` when the status says it all'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional().describe('Every offending field, for validation problems'),
  })
  .describe('An RFC 9457 problem');
z.globalRegistry.add(problemSchema, { id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Declared on every route, so that each error reply is serialised and documented as a problem. */
export const problemResponses = { '4xx': problemSchema, '5xx': problemSchema } as const;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly errors?: FieldError[],
    readonly title: string = TITLES[status] ?? 'Error',
  ) {
    super(detail);
  }
}

export const notFound = (what: string, id: string) => new ProblemError(404, `${what} "${id}" does not exist`);
export const conflict = (detail: string) => new ProblemError(409, detail);
export const invalid = (errors: FieldError[], detail = 'The request is not valid') =>
  new ProblemError(400, detail, errors);

function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Omit<Problem, 'type' | 'instance'>) {
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ type: 'about:blank', ...problem, instance: request.url });
}

const LOCATION_NAMES: Record<string, string> = { querystring: 'query', params: 'params', body: 'body', headers: 'headers' };

function sqliteConstraintProblem(error: { code?: string; message: string }) {
  if (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return { status: 409, title: TITLES[409], detail: 'A record with the same identity already exists' };
  }
  if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return { status: 409, title: TITLES[409], detail: 'The record refers to, or is referred to by, another record' };
  }
  return undefined;
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, { status: 404, title: TITLES[404], detail: `No route ${request.method} ${request.url}` }),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      return sendProblem(reply, request, {
        status: error.status,
        title: error.title,
        detail: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = LOCATION_NAMES[error.validationContext ?? ''] ?? error.validationContext ?? 'request';
      const errors = error.validation.map((issue) => ({
        field: [location, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message,
      }));
      return sendProblem(reply, request, {
        status: 400,
        title: TITLES[400],
        detail: `Invalid ${location}: ${errors.map((e) => e.field).join(', ')}`,
        errors,
      });
    }
    const constraint = sqliteConstraintProblem(error);
    if (constraint) return sendProblem(reply, request, constraint);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendProblem(reply, request, {
        status: 413,
        title: TITLES[413],
        detail: `The body is larger than the ${request.routeOptions.bodyLimit ?? 'allowed'} bytes this endpoint takes: split it into smaller requests (an import into files of fewer rows)`,
      });
    }
    if (!isResponseSerializationError(error) && error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, request, {
        status: error.statusCode,
        title: TITLES[error.statusCode] ?? 'Bad Request',
        detail: error.message,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, { status: 500, title: TITLES[500], detail: 'An unexpected error occurred' });
  });
}
