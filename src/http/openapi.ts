import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod';
import { requestExamples, PARAMETER_EXAMPLES } from './openapi.examples.js';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type ProblemCode } from './problem.js';

type Document = ReturnType<typeof jsonSchemaTransformObject>;
type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  schema?: Json;
  example?: unknown;
  description?: string;
}
interface Response {
  description?: string;
  headers?: Json;
  content?: Record<string, { schema?: Json; example?: unknown }>;
}
interface Operation {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json; example?: unknown }> };
  responses?: Record<string, Response | { $ref: string }>;
}

const ref = (kind: 'headers' | 'responses' | 'schemas', name: string) => ({ $ref: `#/components/${kind}/${name}` });

const HEADERS = {
  RequestId: { description: 'The request id: the one a proxy sent in x-request-id, or one the service made. Problems carry it too', schema: { type: 'string' } },
  Location: { description: 'The URL of what was created', schema: { type: 'string' } },
  ETag: { description: 'A validator of this answer: send it back in If-None-Match to get 304 while it has not changed', schema: { type: 'string' } },
  VersionTag: { description: 'The version of the figure, "v<version>": send it back in If-Match to correct or withdraw only that version', schema: { type: 'string' } },
  CacheControl: { description: 'no-cache: keep the answer, but revalidate it (If-None-Match) before using it again', schema: { type: 'string' } },
  IdempotentReplayed: { description: 'true when this is the stored answer to an earlier request with the same Idempotency-Key', schema: { type: 'string', enum: ['true'] } },
  RetryAfter: { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } },
};

/** The problems an operation can answer, by the status they come with. */
const ERROR_RESPONSES: Record<string, { name: string; codes: ProblemCode[]; retryAfter?: boolean }> = {
  400: { name: 'BadRequest', codes: ['invalid-request'] },
  401: { name: 'Unauthorized', codes: ['unauthorized'] },
  403: { name: 'Forbidden', codes: ['forbidden'] },
  404: { name: 'NotFound', codes: ['not-found'] },
  406: { name: 'NotAcceptable', codes: ['not-acceptable'] },
  409: { name: 'Conflict', codes: ['conflict', 'request-in-progress', 'write-collision'], retryAfter: true },
  412: { name: 'PreconditionFailed', codes: ['precondition-failed'] },
  413: { name: 'ContentTooLarge', codes: ['content-too-large'] },
  415: { name: 'UnsupportedMediaType', codes: ['unsupported-media-type'] },
  422: { name: 'IdempotencyKeyReused', codes: ['idempotency-key-reused'] },
  429: { name: 'TooManyRequests', codes: ['too-many-requests'], retryAfter: true },
  503: { name: 'Unavailable', codes: ['unavailable'], retryAfter: true },
};

function errorResponse(status: string): Response {
  const { codes, retryAfter } = ERROR_RESPONSES[status];
  return {
    description: codes.map((code) => `${PROBLEM_TYPES[code].summary} (type /problems/${code})`).join('; '),
    headers: { 'x-request-id': ref('headers', 'RequestId'), ...(retryAfter ? { 'Retry-After': ref('headers', 'RetryAfter') } : {}) },
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('schemas', 'Problem') } },
  };
}

const IDEMPOTENCY_KEY: Parameter & Json = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 1, maxLength: 200 },
  example: '2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10',
  description:
    'A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After',
};
const IF_MATCH: Parameter & Json = {
  name: 'If-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  example: '"v1"',
  description: 'The version read ("v<version>", the ETag of GET /v1/observations/{observationId}): the change is refused with 412 if the figure has changed since',
};
const IF_NONE_MATCH: Parameter & Json = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'An ETag of an earlier answer: 304 without a body while it is still current',
};

const CSV_SCHEMA = { type: 'string', description: 'CSV with a header row, in the columns of POST /v1/imports' };
const PUBLIC_TAGS = ['health'];
const ADMIN_TAGS = ['keys', 'audit'];
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Walks every schema of the document: a query parameter documented as what it means (x-openapi,
 * see src/http/common.schemas.ts) becomes that; integer bounds that only restate JavaScript's safe
 * range are dropped (they say nothing about the data).
 */
function tidySchemas(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidySchemas);
  if (!value || typeof value !== 'object') return value;
  const node = value as Json;
  if (node['x-openapi']) {
    const { description } = node;
    return { ...(node['x-openapi'] as Json), ...(description ? { description } : {}) };
  }
  const tidied = Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, tidySchemas(inner)])) as Json;
  if (tidied.minimum === -MAX_SAFE) delete tidied.minimum;
  if (tidied.maximum === MAX_SAFE) delete tidied.maximum;
  return tidied;
}

/** The 2xx answer's description, by what the operation does. */
function successDescription(method: string, operation: Operation, status: string): string {
  const id = operation.operationId ?? '';
  if (status === '201') return 'Created: what was recorded, at the URL in Location';
  if (method === 'get' && id.startsWith('list')) return 'A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered';
  if (method === 'get') return 'What was asked for';
  if (method === 'patch') return 'As changed (unchanged when the change said nothing new)';
  if (method === 'delete') return 'As it is now: withdrawn or revoked, and still readable';
  return 'The result';
}

/**
 * What the zod transform cannot say: explicit error answers per operation (problem+json, with the
 * statuses it can give), response headers, which operations need a key, the headers they take,
 * CSV and SVG bodies, descriptions of every answer, and examples of valid requests from the seed.
 */
function completeOperations(document: Document): Document {
  const paths = (document as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  const examples = requestExamples();
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const isPublic = operation.tags?.some((tag) => PUBLIC_TAGS.includes(tag)) ?? false;
      const isAdmin = operation.tags?.some((tag) => ADMIN_TAGS.includes(tag)) ?? false;
      const writes = method !== 'get';
      // The health check is answered fresh every time (Cache-Control: no-store), with no ETag.
      const revalidated = method === 'get' && !operation.tags?.includes('health');
      // Reads are public by default (READ_ACCESS=public); writes, keys and the audit log need a key.
      operation.security = writes || isAdmin ? [{ bearer: [] }] : [];

      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path' && PARAMETER_EXAMPLES[parameter.name]) parameter.example = PARAMETER_EXAMPLES[parameter.name];
      }
      const takesIdempotencyKey = method === 'post' && !operation.tags?.includes('keys');
      const takesIfMatch = (method === 'patch' || method === 'delete') && operation.tags?.includes('observations');
      operation.parameters = [
        ...(operation.parameters ?? []),
        ...(takesIdempotencyKey ? [IDEMPOTENCY_KEY] : []),
        ...(takesIfMatch ? [IF_MATCH] : []),
        ...(revalidated ? [IF_NONE_MATCH] : []),
      ];

      const body = operation.requestBody?.content;
      if (body?.['text/csv']) {
        body['text/csv'] = { schema: CSV_SCHEMA, example: examples[`${operation.operationId}:csv`] };
        // The JSON form of a body that may also be CSV text is the object alone.
        const json = body['application/json']?.schema as { anyOf?: Json[] } | undefined;
        const objects = json?.anyOf?.filter((variant) => variant.type !== 'string');
        if (json && objects?.length === 1) body['application/json'] = { schema: objects[0] };
      }
      // A body that may be left out (zod's nullish(): the DELETE reason, which ?reason= can carry instead).
      const variants = (body?.['application/json']?.schema as { anyOf?: Json[] } | undefined)?.anyOf;
      const optional = variants?.filter((variant) => variant.type !== 'null');
      if (body && variants && optional?.length === 1 && optional.length < variants.length) {
        body['application/json'].schema = optional[0];
        operation.requestBody!.required = false;
      }
      if (body?.['application/json'] && method === 'patch') body['application/merge-patch+json'] = body['application/json'];
      for (const media of Object.values(body ?? {})) {
        const example = examples[operation.operationId ?? ''];
        if (example !== undefined && media.example === undefined) media.example = example;
      }

      const responses: Record<string, Response | { $ref: string }> = {};
      for (const [status, response] of Object.entries(operation.responses ?? {}) as [string, Response][]) {
        if (!/^2/.test(status)) continue;
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (type === 'text/csv') response.content![type] = { schema: CSV_SCHEMA };
          if (type === 'image/svg+xml') response.content![type] = { schema: { type: 'string', description: 'An SVG image' } };
          void media;
        }
        response.description = successDescription(method, operation, status);
        response.headers = {
          'x-request-id': ref('headers', 'RequestId'),
          ...(status === '201' ? { Location: ref('headers', 'Location') } : {}),
          ...(revalidated ? { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl') } : {}),
          ...(takesIfMatch || operation.operationId === 'getObservation' ? { ETag: ref('headers', 'VersionTag') } : {}),
          ...(takesIdempotencyKey ? { 'Idempotent-Replayed': ref('headers', 'IdempotentReplayed') } : {}),
        };
        responses[status] = response;
      }
      if (operation.operationId === 'getSource') {
        responses['308'] = {
          description: 'The id is a former id of a renamed source: Location names its current URL',
          headers: { 'x-request-id': ref('headers', 'RequestId'), Location: ref('headers', 'Location') },
        };
      }
      if (revalidated) {
        responses['304'] = { description: 'Not modified: the ETag in If-None-Match is still current', headers: { 'x-request-id': ref('headers', 'RequestId'), ETag: ref('headers', 'ETag') } };
      }
      const hasInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
      const errors = [
        hasInput && '400',
        !isPublic && '401',
        (writes || isAdmin) && '403',
        path.includes('{') && '404',
        '406',
        (writes || takesIdempotencyKey) && '409',
        takesIfMatch && '412',
        operation.requestBody && '413',
        operation.requestBody && '415',
        takesIdempotencyKey && '422',
        !isPublic && '429',
        '503',
      ].filter((status): status is string => Boolean(status));
      for (const status of errors) responses[status] = ref('responses', ERROR_RESPONSES[status].name);
      operation.responses = responses;
    }
  }
  const components = ((document as { components?: Json }).components ??= {}) as Json;
  components.headers = HEADERS;
  components.responses = Object.fromEntries(Object.entries(ERROR_RESPONSES).map(([status, { name }]) => [name, errorResponse(status)]));
  return tidySchemas(document) as Document;
}

const COMPONENT_REF = '#/components/schemas/';

function refsIn(value: unknown, found: Set<string>) {
  if (Array.isArray(value)) value.forEach((inner) => refsIn(inner, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith(COMPONENT_REF)) found.add(inner.slice(COMPONENT_REF.length));
      else refsIn(inner, found);
    }
  }
}

/**
 * The zod provider emits an input and an output variant of every registered
 * schema; only those an operation (or a reusable answer) reaches are kept, so
 * that the document lists no schema nothing uses.
 */
function pruneUnusedSchemas(document: Document): Document {
  const { paths, components } = document as { paths?: unknown; components?: { schemas?: Record<string, unknown>; responses?: unknown } };
  const schemas = components?.schemas;
  if (!schemas) return document;
  const used = new Set<string>();
  refsIn(paths, used);
  refsIn(components.responses, used);
  for (let size = -1; size !== used.size; ) {
    size = used.size;
    for (const name of [...used]) refsIn(schemas[name], used);
  }
  components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return document;
}

export const swaggerOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Policy target tracker',
      version: '1.0.0',
      license: { name: 'Proprietary: all rights reserved (no licence is granted)', identifier: 'LicenseRef-Proprietary' },
      description: [
        'Numeric targets of government plans, the dated figures reported on them (each with its source and verbatim quote), and their progress: percent complete, gap to target, status, and whether each target will be met by its deadline at the pace reported.',
        '',
        'Reads need no key unless the service runs with READ_ACCESS=key, when every read needs a key of any scope. Writes need a key of scope write; keys and the audit log, scope admin: `Authorization: Bearer <key>`.',
        '',
        'Errors are RFC 9457 problem documents (application/problem+json) whose `type` is /problems/<code>, one per kind of problem; every answer carries x-request-id. Lists page with `limit` and `cursor`. Every successful read has an ETag (304 with If-None-Match). See CHANGELOG.md for what may change within /v1.',
      ].join('\n'),
    },
    servers: [{ url: '/', description: 'The service serving this document' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer <key>`' },
      },
    },
    tags: [
      { name: 'plans', description: 'Plans and their structure' },
      { name: 'targets', description: 'Quantities to reach, milestones to finish, actions to report on' },
      { name: 'observations', description: 'Dated figures, each traceable to a sentence of a source' },
      { name: 'progress', description: 'Percent complete, gap to target, status and assessment' },
      { name: 'indicators', description: 'Series that describe progress without a target' },
      { name: 'sources', description: 'The documents everything comes from' },
      { name: 'units', description: 'Base units and the words documents print for them' },
      { name: 'imports', description: 'Many figures at once, as JSON or CSV, all or nothing' },
      { name: 'keys', description: 'API keys (admin)' },
      { name: 'audit', description: 'Every write and the key that made it (admin)' },
      { name: 'health', description: 'Liveness' },
    ],
  },
  transform: jsonSchemaTransform,
  transformObject: (documentObject) => pruneUnusedSchemas(completeOperations(jsonSchemaTransformObject(documentObject))),
};
