import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { INDICATOR_PATHS, indicatorInputSchema, indicatorListQuerySchema, indicatorSchema } from './indicators.schemas.js';
import { createIndicator, requireIndicator } from './indicators.service.js';

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get(
    '/v1/indicators',
    {
      schema: {
        tags: ['indicators'],
        summary: "List indicators: series that describe a plan's progress without a target of their own",
        querystring: indicatorListQuerySchema,
        response: { 200: listSchema(indicatorSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filters } = request.query;
      const after = decodeCursor<[string, string]>(cursor, ['string', 'string']);
      return toPage(await store.indicators.list({ ...filters, after, limit: limit + 1 }), limit, (indicator) => [indicator.id, indicator.planId]);
    },
  );

  for (const { path, params, ref } of INDICATOR_PATHS) {
    app.get(
      path,
      {
        schema: {
          tags: ['indicators'],
          summary: 'Read one indicator',
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
        summary: 'Create an indicator',
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
