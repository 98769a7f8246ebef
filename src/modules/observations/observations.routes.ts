import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../db/store.js';
import { Invalid } from '../../domain/errors.js';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema, paginationQuerySchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { ifMatchVersions, sendVersioned } from '../../http/versions.js';
import { runWrite } from '../../http/write.js';
import { csvHeader, observationCsvLines } from '../imports/imports.csv.js';
import { INDICATOR_PATHS } from '../indicators/indicators.schemas.js';
import { planParamsSchema } from '../plans/plans.schemas.js';
import { requirePlan } from '../plans/plans.service.js';
import { TARGET_PATHS } from '../targets/targets.schemas.js';
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
  seriesOfIndicator,
  seriesOfTarget,
  withdrawObservation,
  type Series,
} from './observations.service.js';

function wantsCsv(request: FastifyRequest): boolean {
  const { format } = request.query as { format?: 'json' | 'csv' };
  if (format) return format === 'csv';
  const accept = request.headers.accept ?? '';
  const csvAt = accept.indexOf('text/csv');
  const jsonAt = accept.indexOf('application/json');
  return csvAt >= 0 && (jsonAt < 0 || csvAt < jsonAt);
}

const EXPORT_PAGE = 500;

/**
 * Every figure a list holds, as CSV in exactly the columns an import takes, streamed a page at a
 * time so that an export of a million figures holds one page in memory.
 */
function sendCsv(reply: FastifyReply, store: Store, nextPage: (after: Observation | undefined) => Promise<Observation[]>) {
  async function* lines() {
    yield csvHeader();
    const sources = new Map<string, Awaited<ReturnType<Store['sources']['find']>>>();
    for (let last: Observation | undefined; ; ) {
      const page = await nextPage(last);
      for (const id of new Set(page.map((observation) => observation.sourceId))) {
        if (!sources.has(id)) sources.set(id, await store.sources.find(id));
      }
      yield observationCsvLines(page, sources);
      if (page.length < EXPORT_PAGE) return;
      last = page[page.length - 1];
    }
  }
  return reply.type('text/csv; charset=utf-8').send(Readable.from(lines()));
}

const seriesKinds = [
  ...TARGET_PATHS.map((entry) => ({ ...entry, noun: 'a target', resolve: (store: Store, params: never) => seriesOfTarget(store, entry.ref(params)) })),
  ...INDICATOR_PATHS.map((entry) => ({ ...entry, noun: 'an indicator', resolve: (store: Store, params: never) => seriesOfIndicator(store, entry.ref(params)) })),
];

export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  for (const { path, params, noun, resolve } of seriesKinds) {
    const seriesOf = (request: { params: unknown }): Promise<Series> => resolve(store, request.params as never);

    app.get(
      `${path}/observations`,
      {
        schema: {
          tags: ['observations'],
          summary: `The dated figures of ${noun}, in period order, a page at a time (JSON) or all of them as CSV in the import's columns`,
          params,
          querystring: observationListQuerySchema,
          produces: ['application/json', 'text/csv'],
          response: { 200: listSchema(observationSchema), ...problemResponses },
        },
      },
      async (request, reply) => {
        const series = await seriesOf(request);
        const { limit, cursor, includeWithdrawn } = request.query;
        if (wantsCsv(request)) {
          // CSV has no column for a withdrawal: a withdrawn figure in it would come back to life on import.
          if (includeWithdrawn) throw new Invalid([{ field: 'query.includeWithdrawn', message: 'withdrawn figures are exported as JSON only' }]);
          return sendCsv(reply, store, (last) =>
            store.observations.listSeries(series, {
              includeWithdrawn: false,
              after: last && [last.period.start, last.period.end, last.sourceId],
              limit: EXPORT_PAGE,
            }),
          );
        }
        const after = decodeCursor<[string, string, string]>(cursor, ['string', 'string', 'string']);
        const rows = await store.observations.listSeries(series, { includeWithdrawn, after, limit: limit + 1 });
        return toPage(rows, limit, (row) => [row.period.start, row.period.end, row.sourceId]);
      },
    );

    app.post(
      `${path}/observations`,
      {
        schema: {
          tags: ['observations'],
          summary: `Record a dated figure of ${noun}, with its source and verbatim quote`,
          params,
          body: observationInputSchema,
          response: { 201: observationSchema, ...problemResponses },
        },
      },
      (request, reply) =>
        runWrite(request, reply, async (write) => {
          const observation = await createObservation(write, await seriesOf({ params: request.params }), request.body);
          return { status: 201, body: observation, location: `/v1/observations/${observation.id}` };
        }),
    );
  }

  app.get(
    '/v1/plans/:planId/observations',
    {
      schema: {
        tags: ['observations'],
        summary: "The current figures of a plan's targets and indicators, a page at a time (JSON) or all of them as CSV in the import's columns",
        params: planParamsSchema,
        querystring: observationListQuerySchema.pick({ limit: true, cursor: true, format: true }),
        produces: ['application/json', 'text/csv'],
        response: { 200: listSchema(observationSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { planId } = request.params;
      await requirePlan(store, planId);
      if (wantsCsv(request)) return sendCsv(reply, store, (last) => store.observations.listPlan(planId, { after: last?.id, limit: EXPORT_PAGE }));
      const { limit, cursor } = request.query;
      const after = decodeCursor<[string]>(cursor, ['string'])?.[0];
      return toPage(await store.observations.listPlan(planId, { after, limit: limit + 1 }), limit, (row) => [row.id]);
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
    async (request, reply) => sendVersioned(reply, await requireObservation(store, request.params.observationId)),
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
    (request, reply) =>
      runWrite(request, reply, async (write) => ({
        status: 200,
        body: sendVersioned(reply, await patchObservation(write, request.params.observationId, request.body, ifMatchVersions(request))),
      })),
  );

  app.delete(
    '/v1/observations/:observationId',
    {
      schema: {
        tags: ['observations'],
        summary: 'Withdraw a figure, with a reason (in the body or as ?reason=): it leaves progress but stays readable with its history',
        params: observationParamsSchema,
        querystring: withdrawalSchema.partial(),
        body: withdrawalSchema.nullish(),
        response: { 200: observationSchema, ...problemResponses },
      },
    },
    (request, reply) => {
      const reason = request.body?.reason ?? request.query.reason;
      if (!reason) throw new Invalid([{ field: 'body.reason', message: 'say why the figure is withdrawn: {"reason": "…"} or ?reason=…' }]);
      return runWrite(request, reply, async (write) => ({
        status: 200,
        body: sendVersioned(reply, await withdrawObservation(write, request.params.observationId, reason, ifMatchVersions(request))),
      }));
    },
  );

  app.get(
    '/v1/observations/:observationId/history',
    {
      schema: {
        tags: ['observations'],
        summary: 'Every version of a figure, oldest first, with who made it and when',
        params: observationParamsSchema,
        querystring: paginationQuerySchema,
        response: { 200: listSchema(observationVersionSchema), ...problemResponses },
      },
    },
    async (request) => {
      await requireObservation(store, request.params.observationId);
      const { limit, cursor } = request.query;
      const after = decodeCursor<[number]>(cursor, ['number'])?.[0];
      const versions = await store.observations.versions(request.params.observationId, { after, limit: limit + 1 });
      return toPage(versions, limit, (version) => [version.version]);
    },
  );
};

