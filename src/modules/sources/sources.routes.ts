import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { created } from '../../http/created.js';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { listSources } from './sources.repo.js';
import { createSource, requireSource } from './sources.service.js';
import { sourceInputSchema, sourceListQuerySchema, sourceParamsSchema, sourceSchema } from './sources.schemas.js';

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'List the documents figures and plans come from',
        querystring: sourceListQuerySchema,
        response: { 200: listSchema(sourceSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor, kind } = request.query;
      return toPage(listSources(app.db, { kind, after: decodeCursor(cursor), limit: limit + 1 }), limit);
    },
  );

  app.get(
    '/v1/sources/:sourceId',
    {
      schema: {
        tags: ['sources'],
        summary: 'Read one source',
        params: sourceParamsSchema,
        response: { 200: sourceSchema, ...problemResponses },
      },
    },
    async (request) => {
      return requireSource(app.db, request.params.sourceId);
    },
  );

  app.post(
    '/v1/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Register a source document',
        body: sourceInputSchema,
        response: { 201: sourceSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const source = createSource(app.db, request.body);
      return created(reply, `/v1/sources/${source.id}`, source);
    },
  );
};
