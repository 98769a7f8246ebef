import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { INDICATOR_PATHS, indicatorInputSchema, indicatorListQuerySchema, indicatorSchema } from './indicators.schemas.js';
import { createIndicator, requireIndicator } from './indicators.service.js';

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  app.get(
    '/v1/indicators',
    {
      schema: {
        tags: ['indicators'],
        operationId: 'listIndicators',
        summary: 'List indicators',
        description: "Series that describe a plan's progress without a target of their own (figures for the region, for Hebei, for a quantity the plan sets no number for), a page at a time.",
        querystring: indicatorListQuerySchema,
        response: { 200: listSchema(indicatorSchema), ...problemResponses },
      },
    },
    (request, reply) =>
      answers.answer(request, reply, async () => {
        const { limit, cursor, ...filters } = request.query;
        const after = decodeCursor<[string, string]>(cursor, ['string', 'string']);
        return toPage(await store.indicators.list({ ...filters, after, limit: limit + 1 }), limit, (indicator) => [indicator.id, indicator.planId]);
      }),
  );

  for (const { path, params, ref, scope, where } of INDICATOR_PATHS) {
    app.get(
      path,
      {
        schema: {
          tags: ['indicators'],
          operationId: `get${scope}Indicator`,
          summary: 'Read one indicator',
          description: `An indicator, ${where}.`,
          params,
          response: { 200: indicatorSchema, ...problemResponses },
        },
      },
      async (request) => requireIndicator(store, ref(request.params)),
    );
  }

  app.post(
    '/v1/indicators',
    {
      schema: {
        tags: ['indicators'],
        operationId: 'createIndicator',
        summary: 'Create an indicator',
        description: 'A series placed under an item of a plan, in a base unit, with the geography its figures cover.',
        body: indicatorInputSchema,
        response: { 201: indicatorSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      runWrite(request, reply, async (write) => {
        const indicator = await createIndicator(write, request.body);
        return { status: 201, body: indicator, location: `/v1/plans/${indicator.planId}/indicators/${indicator.id}` };
      }),
  );
};
