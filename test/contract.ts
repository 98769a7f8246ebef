import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * The contract check: every answer a test app gives is checked against openapi/openapi.json, the
 * committed document clients are generated from, with a JSON Schema 2020-12 validator (OpenAPI 3.1's
 * dialect) that knows nothing of the zod schemas the document was made from. Violations are kept
 * and reported after each test (test/contract-setup.ts).
 */
const document = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
ajv.addSchema(document, 'openapi');

export const violations: string[] = [];

const pointer = (...segments: string[]) => segments.map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
const validators = new Map<string, ValidateFunction | null>();

function validatorFor(path: string, method: string, status: string, mediaType: string): ValidateFunction | null {
  const key = `${method} ${path} ${status} ${mediaType}`;
  if (!validators.has(key)) {
    let response = document.paths[path]?.[method]?.responses?.[status];
    const viaComponent = response?.$ref?.replace('#/components/responses/', '');
    if (viaComponent) response = document.components.responses[viaComponent];
    const schemaPath = viaComponent
      ? pointer('components', 'responses', viaComponent, 'content', mediaType, 'schema')
      : pointer('paths', path, method, 'responses', status, 'content', mediaType, 'schema');
    validators.set(key, response?.content?.[mediaType]?.schema ? ajv.compile({ $ref: `openapi#/${schemaPath}` }) : null);
  }
  return validators.get(key)!;
}

/** Checks every answer of `app` against the document, from the route it was served by. */
export function checkContract(app: FastifyInstance): FastifyInstance {
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    const method = request.method.toLowerCase();
    if (!route || method === 'head' || method === 'options') return payload;
    const path = route.replace(/:(\w+)/g, '{$1}');
    const operation = document.paths[path]?.[method];
    if (!operation) return payload;
    const status = String(reply.statusCode);
    const where = `${request.method} ${request.url} → ${status}`;
    if (!operation.responses[status]) {
      violations.push(`${where}: the document lists no ${status} answer for ${method.toUpperCase()} ${path}`);
      return payload;
    }
    if (status === '304' || typeof payload !== 'string') return payload;
    const mediaType = String(reply.getHeader('content-type') ?? '').split(';')[0].trim();
    if (!mediaType.endsWith('json')) return payload;
    const validate = validatorFor(path, method, status, mediaType);
    if (!validate) {
      violations.push(`${where}: the document gives no ${mediaType} body for it`);
      return payload;
    }
    if (!validate(JSON.parse(payload))) {
      violations.push(`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 600)}`);
    }
    return payload;
  });
  return app;
}
