import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { createSource, requireSource } from './sources.service.js';
import { sourceInputSchema, sourceListQuerySchema, sourceParamsSchema, sourceSchema } from './sources.schemas.js';

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  app.get(
    '/v1/sources',
    {
      schema: {
        tags: ['sources'],
        operationId: 'listSources',
        summary: 'List sources',
        description: 'The documents figures and plans come from, a page at a time in id order.',
        querystring: sourceListQuerySchema,
        response: { 200: listSchema(sourceSchema), ...problemResponses },
      },
    },
    (request, reply) =>
      answers.answer(request, reply, async () => {
        const { limit, cursor, kind } = request.query;
        const after = decodeCursor<[string]>(cursor, ['string'])?.[0];
        return toPage(await store.sources.list({ kind, after, limit: limit + 1 }), limit, (source) => [source.id]);
      }),
  );

  app.get(
    '/v1/sources/:sourceId',
    {
      schema: {
        tags: ['sources'],
        operationId: 'getSource',
        summary: 'Read one source',
        description: 'A source: title, publisher, publication date as precisely as the document states it (and how it was read), language, kind, URL, stored copy. A former id of a renamed source redirects (308) to its current URL.',
        params: sourceParamsSchema,
        response: { 200: sourceSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { sourceId } = request.params;
      const renamed = (await store.sources.find(sourceId)) ? undefined : await store.sources.renamedTo(sourceId);
      if (renamed) return reply.redirect(`/v1/sources/${encodeURIComponent(renamed)}`, 308);
      return requireSource(store, sourceId);
    },
  );

  app.post(
    '/v1/sources',
    {
      schema: {
        tags: ['sources'],
        operationId: 'createSource',
        summary: 'Register a source',
        description: 'A document figures or plans come from. Its date is given no more precisely than the document states it: YYYY, YYYY-MM or YYYY-MM-DD.',
        body: sourceInputSchema,
        response: { 201: sourceSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      runWrite(request, reply, async (write) => {
        const source = await createSource(write, request.body);
        return { status: 201, body: source, location: `/v1/sources/${source.id}` };
      }),
  );
};
