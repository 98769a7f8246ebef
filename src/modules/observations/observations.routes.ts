import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { created } from '../../http/created.js';
import { problemResponses } from '../../http/problem.js';
import { listSeriesObservations } from './observations.repo.js';
import { observationInputSchema, observationParamsSchema, observationSchema } from './observations.schemas.js';
import { createObservation, requireObservation, SERIES_KINDS } from './observations.service.js';

export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const series of SERIES_KINDS) {
    const params = z.object({ [series.param]: z.string().min(1) });
    const seriesOf = (request: { params: unknown }) =>
      series.resolve(app.db, (request.params as Record<string, string>)[series.param]);

    app.get(
      `/v1/${series.collection}/:${series.param}/observations`,
      {
        schema: {
          tags: ['observations'],
          summary: `The dated figures of ${series.noun}, ordered by period`,
          params,
          response: { 200: z.object({ items: z.array(observationSchema), nextCursor: z.null() }), ...problemResponses },
        },
      },
      async (request) => ({ items: listSeriesObservations(app.db, seriesOf(request)), nextCursor: null }),
    );

    app.post(
      `/v1/${series.collection}/:${series.param}/observations`,
      {
        schema: {
          tags: ['observations'],
          summary: `Record a dated figure of ${series.noun}, with its source and verbatim quote`,
          params,
          body: observationInputSchema,
          response: { 201: observationSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const observation = createObservation(app.db, seriesOf(request), request.body);
        return created(reply, `/v1/observations/${observation.id}`, observation);
      },
    );
  }

  app.get(
    '/v1/observations/:observationId',
    {
      schema: {
        tags: ['observations'],
        summary: 'Read one observation',
        params: observationParamsSchema,
        response: { 200: observationSchema, ...problemResponses },
      },
    },
    async (request) => requireObservation(app.db, request.params.observationId),
  );
};
