import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { unitListQuerySchema, unitParamsSchema, unitSchema } from './units.schemas.js';
import { createUnit, requireUnit } from './units.service.js';

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get(
    '/v1/units',
    {
      schema: {
        tags: ['units'],
        summary: 'List the base units and the words documents use for them',
        querystring: unitListQuerySchema,
        response: { 200: listSchema(unitSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const after = decodeCursor<[string]>(cursor, ['string'])?.[0];
      return toPage(await store.units.list({ after, limit: limit + 1 }), limit, (unit) => [unit.code]);
    },
  );

  app.get(
    '/v1/units/:code',
    {
      schema: {
        tags: ['units'],
        summary: 'Read one unit',
        params: unitParamsSchema,
        response: { 200: unitSchema, ...problemResponses },
      },
    },
    async (request) => requireUnit(store, request.params.code),
  );

  app.post(
    '/v1/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Add a base unit',
        body: unitSchema,
        response: { 201: unitSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      runWrite(request, reply, async (write) => {
        const unit = await createUnit(write, request.body);
        return { status: 201, body: unit, location: `/v1/units/${unit.code}` };
      }),
  );
};
