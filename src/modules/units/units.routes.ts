import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { unitListQuerySchema, unitParamsSchema, unitSchema } from './units.schemas.js';
import { createUnit, requireUnit } from './units.service.js';

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  app.get(
    '/v1/units',
    {
      schema: {
        tags: ['units'],
        operationId: 'listUnits',
        summary: 'List units',
        description: 'The base units every value is stored in, and the words documents print for them (万 and 亿 are read by the service itself).',
        querystring: unitListQuerySchema,
        response: { 200: listSchema(unitSchema), ...problemResponses },
      },
    },
    (request, reply) =>
      answers.answer(request, reply, async () => {
        const { limit, cursor } = request.query;
        const after = decodeCursor<[string]>(cursor, ['string'])?.[0];
        return toPage(await store.units.list({ after, limit: limit + 1 }), limit, (unit) => [unit.code]);
      }),
  );

  app.get(
    '/v1/units/:code',
    {
      schema: {
        tags: ['units'],
        operationId: 'getUnit',
        summary: 'Read one unit',
        description: 'A base unit and the words documents print for it.',
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
        operationId: 'createUnit',
        summary: 'Add a base unit',
        description: 'A new base unit with the words documents print for it; a word may name one unit only.',
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
