import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

type Document = ReturnType<typeof jsonSchemaTransformObject>;
type Operation = { responses?: Record<string, { content?: Record<string, unknown> }> };

/** Error responses are served as application/problem+json, and the document says so. */
function documentProblemContentType(document: Document): Document {
  const paths = (document as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'];
        if (/^[45]/.test(status) && json) response.content = { [PROBLEM_CONTENT_TYPE]: json };
      }
    }
  }
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
    tags: [
      { name: 'plans', description: 'Plans and their structure' },
      { name: 'targets', description: 'Quantities to reach and milestones to finish' },
      { name: 'observations', description: 'Dated figures, each traceable to a sentence of a source' },
      { name: 'progress', description: 'Percent complete, gap to target and status' },
      { name: 'indicators', description: 'Series that describe progress without a target' },
      { name: 'sources', description: 'The documents everything comes from' },
      { name: 'units', description: 'Base units and the words documents print for them' },
      { name: 'health', description: 'Liveness' },
    ],
  },
  transform: jsonSchemaTransform,
  transformObject: (documentObject) => documentProblemContentType(jsonSchemaTransformObject(documentObject)),
};
