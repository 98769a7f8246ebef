import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

type Document = ReturnType<typeof jsonSchemaTransformObject>;
type Content = Record<string, unknown>;
type JsonSchema = { type?: string; description?: string; anyOf?: JsonSchema[] };
type Operation = {
  tags?: string[];
  security?: unknown[];
  parameters?: unknown[];
  requestBody?: { content?: Content };
  responses?: Record<string, { content?: Content }>;
};

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 1, maxLength: 200 },
  description:
    'A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After',
};
const LOCATION = { description: 'The URL of what was created', schema: { type: 'string' } };

const CSV_SCHEMA = { type: 'string', description: 'CSV with a header row, in the columns of POST /v1/imports' };
const ADMIN_TAGS = ['keys', 'audit'];

/**
 * What the zod transform cannot say: errors are application/problem+json, CSV
 * bodies are text, and which operations need a key (every write, admin for
 * keys and audit; reads take one optionally).
 */
function completeOperations(document: Document): Document {
  const paths = (document as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'];
        if (/^[45]/.test(status) && json) response.content = { [PROBLEM_CONTENT_TYPE]: json };
        else if (response.content?.['text/csv']) response.content['text/csv'] = { schema: CSV_SCHEMA };
      }
      const body = operation.requestBody?.content as Record<string, { schema?: JsonSchema }> | undefined;
      if (body?.['text/csv']) {
        body['text/csv'] = { schema: CSV_SCHEMA };
        // The JSON form of a body that may also be CSV text is the object alone.
        const json = body['application/json']?.schema;
        const objects = json?.anyOf?.filter((variant) => variant.type !== 'string');
        if (json && objects?.length === 1) body['application/json'] = { schema: objects[0] };
      }
      if (method === 'post' && !operation.tags?.includes('keys')) {
        operation.parameters = [...(operation.parameters ?? []), IDEMPOTENCY_KEY];
      }
      const createdResponse = operation.responses?.['201'] as { headers?: Record<string, unknown> } | undefined;
      if (createdResponse) createdResponse.headers = { Location: LOCATION };
      if (operation.tags?.includes('health')) continue;
      const keyRequired = method !== 'get' || operation.tags?.some((tag) => ADMIN_TAGS.includes(tag));
      operation.security = keyRequired ? [{ bearer: [] }] : [{}, { bearer: [] }];
    }
  }
  return document;
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
 * schema; only those an operation reaches are kept, so that the document
 * lists no schema nothing uses.
 */
function pruneUnusedSchemas(document: Document): Document {
  const { paths, components } = document as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const schemas = components?.schemas;
  if (!schemas) return document;
  const used = new Set<string>();
  refsIn(paths, used);
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
      description:
        'Numeric targets of government plans, the dated figures reported on them (each with its source and verbatim quote), and their progress: percent complete, gap to target and status. Errors are RFC 9457 problem documents.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer <key>`' },
      },
    },
    tags: [
      { name: 'plans', description: 'Plans and their structure' },
      { name: 'targets', description: 'Quantities to reach and milestones to finish' },
      { name: 'observations', description: 'Dated figures, each traceable to a sentence of a source' },
      { name: 'progress', description: 'Percent complete, gap to target and status' },
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
  transformObject: (documentObject) =>
    pruneUnusedSchemas(completeOperations(jsonSchemaTransformObject(documentObject))),
};
