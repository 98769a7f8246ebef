import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { created } from '../../http/created.js';
import { invalid, problemResponses } from '../../http/problem.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listSources } from '../sources/sources.repo.js';
import { planParamsSchema } from '../plans/plans.schemas.js';
import { requirePlan } from '../plans/plans.service.js';
import { observationsCsv } from '../imports/imports.csv.js';
import { listPlanObservations, listSeriesObservations, listVersions } from './observations.repo.js';
import {
  observationInputSchema,
  observationListQuerySchema,
  observationParamsSchema,
  observationPatchSchema,
  observationSchema,
  observationVersionSchema,
  withdrawalSchema,
  type Observation,
} from './observations.schemas.js';
import {
  createObservation,
  patchObservation,
  requireObservation,
  SERIES_KINDS,
  withdrawObservation,
} from './observations.service.js';

const observationListSchema = z.object({ items: z.array(observationSchema), nextCursor: z.null() });

function wantsCsv(request: FastifyRequest): boolean {
  const { format } = request.query as { format?: 'json' | 'csv' };
  if (format) return format === 'csv';
  const accept = request.headers.accept ?? '';
  const csvAt = accept.indexOf('text/csv');
  const jsonAt = accept.indexOf('application/json');
  return csvAt >= 0 && (jsonAt < 0 || csvAt < jsonAt);
}

/** JSON as the schema says, or the same figures as CSV in exactly the columns an import takes. */
function sendObservations(
  request: FastifyRequest,
  reply: FastifyReply,
  observations: Observation[],
) {
  if (!wantsCsv(request)) return { items: observations, nextCursor: null };
  const sources = new Map(listSources(request.server.db, { limit: Number.MAX_SAFE_INTEGER }).map((s) => [s.id, s]));
  return reply
    .type('text/csv; charset=utf-8')
    .serializer((payload: string) => payload)
    .send(observationsCsv(observations, sources));
}

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
          summary: `The dated figures of ${series.noun}, ordered by period, as JSON or as CSV in the import's columns`,
          params,
          querystring: observationListQuerySchema,
          produces: ['application/json', 'text/csv'],
          response: { 200: observationListSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        // CSV has no column for a withdrawal: a withdrawn figure in it would come back to life on import.
        if (request.query.includeWithdrawn && wantsCsv(request)) {
          throw invalid([{ field: 'query.includeWithdrawn', message: 'withdrawn figures are exported as JSON only' }]);
        }
        return sendObservations(request, reply, listSeriesObservations(app.db, seriesOf(request), request.query));
      },
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
        const observation = createObservation(app.db, seriesOf(request), request.body, request.caller!.name);
        return created(reply, `/v1/observations/${observation.id}`, observation);
      },
    );
  }

  app.get(
    '/v1/plans/:planId/observations',
    {
      schema: {
        tags: ['observations'],
        summary: "Every current figure of a plan's targets and indicators, as JSON or as CSV in the import's columns",
        params: planParamsSchema,
        querystring: observationListQuerySchema.pick({ format: true }),
        produces: ['application/json', 'text/csv'],
        response: { 200: observationListSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      requirePlan(app.db, request.params.planId);
      return sendObservations(request, reply, listPlanObservations(app.db, request.params.planId));
    },
  );

  app.patch(
    '/v1/observations/:observationId',
    {
      schema: {
        tags: ['observations'],
        summary: 'Correct a figure: a new version, the earlier one kept in its history',
        params: observationParamsSchema,
        body: observationPatchSchema,
        response: { 200: observationSchema, ...problemResponses },
      },
    },
    async (request) => patchObservation(app.db, request.params.observationId, request.body, request.caller!.name),
  );

  app.delete(
    '/v1/observations/:observationId',
    {
      schema: {
        tags: ['observations'],
        summary: 'Withdraw a figure, with a reason: it leaves progress but stays readable with its history',
        params: observationParamsSchema,
        body: withdrawalSchema,
        response: { 200: observationSchema, ...problemResponses },
      },
    },
    async (request) =>
      withdrawObservation(app.db, request.params.observationId, request.body.reason, request.caller!.name),
  );

  app.get(
    '/v1/observations/:observationId/history',
    {
      schema: {
        tags: ['observations'],
        summary: 'Every version of a figure, oldest first, with who made it and when',
        params: observationParamsSchema,
        response: { 200: z.object({ items: z.array(observationVersionSchema), nextCursor: z.null() }), ...problemResponses },
      },
    },
    async (request) => {
      requireObservation(app.db, request.params.observationId);
      return { items: listVersions(app.db, request.params.observationId), nextCursor: null };
    },
  );

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
