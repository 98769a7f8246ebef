import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../db/store.js';
import { Invalid } from '../../domain/errors.js';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { preferredType } from '../../http/negotiation.js';
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
  return preferredType(request, ['application/json', 'text/csv']) === 'text/csv';
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
  ...TARGET_PATHS.map((entry) => ({
    ...entry,
    noun: 'a target',
    name: `${entry.scope}Target`,
    resolve: (store: Store, params: never) => seriesOfTarget(store, entry.ref(params)),
  })),
  ...INDICATOR_PATHS.map((entry) => ({
    ...entry,
    noun: 'an indicator',
    name: `${entry.scope}Indicator`,
    resolve: (store: Store, params: never) => seriesOfIndicator(store, entry.ref(params)),
  })),
];

export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  for (const { path, params, noun, name, where, resolve } of seriesKinds) {
    const seriesOf = (request: { params: unknown }): Promise<Series> => resolve(store, request.params as never);

    app.get(
      `${path}/observations`,
      {
        schema: {
          tags: ['observations'],
          operationId: `list${name}Observations`,
          summary: `List the figures of ${noun}`,
          description: `The dated figures of ${noun} (${where}), in period order: a page at a time as JSON, or all of them as CSV in the columns an import takes (format=csv or Accept: text/csv), streamed.`,
          params,
          querystring: observationListQuerySchema,
          produces: ['application/json', 'text/csv'],
          response: { 200: listSchema(observationSchema), ...problemResponses },
        },
      },
      async (request, reply) => {
        const { limit, cursor, includeWithdrawn } = request.query;
        if (wantsCsv(request)) {
          // CSV has no column for a withdrawal: a withdrawn figure in it would come back to life on import.
          if (includeWithdrawn) throw new Invalid([{ field: 'query.includeWithdrawn', message: 'withdrawn figures are exported as JSON only' }]);
          const series = await seriesOf(request);
          return sendCsv(reply, store, (last) =>
            store.observations.listSeries(series, {
              includeWithdrawn: false,
              after: last && [last.period.start, last.period.end, last.sourceId],
              limit: EXPORT_PAGE,
            }),
          );
        }
        return answers.answer(request, reply, async () => {
          const series = await seriesOf(request);
          const after = decodeCursor<[string, string, string]>(cursor, ['string', 'string', 'string']);
          const rows = await store.observations.listSeries(series, { includeWithdrawn, after, limit: limit + 1 });
          return toPage(rows, limit, (row) => [row.period.start, row.period.end, row.sourceId]);
        });
      },
    );

    app.post(
      `${path}/observations`,
      {
        schema: {
          tags: ['observations'],
          operationId: `create${name}Observation`,
          summary: `Record a figure of ${noun}`,
          description: `A dated figure of ${noun} (${where}) as the document prints it (its value converted exactly to the base unit), with its period, qualifier, source and the verbatim sentence it comes from. A figure is identified by its series, period and source: the same again is a 409 naming the figure that holds it. It cannot cover time after its source was published, or after today.`,
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
        operationId: 'listPlanObservations',
        summary: "List a plan's figures",
        description: "The current figures of every target and indicator of a plan: a page at a time as JSON, or all of them as CSV in the columns an import takes, streamed (an export that imports back unchanged).",
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
      return answers.answer(request, reply, async () => {
        const { limit, cursor } = request.query;
        const after = decodeCursor<[string]>(cursor, ['string'])?.[0];
        return toPage(await store.observations.listPlan(planId, { after, limit: limit + 1 }), limit, (row) => [row.id]);
      });
    },
  );

  app.get(
    '/v1/observations/:observationId',
    {
      schema: {
        tags: ['observations'],
        operationId: 'getObservation',
        summary: 'Read one figure',
        description: 'A figure with its source, quote and bookkeeping (who recorded it, its version, whether it was withdrawn). Its ETag names its version, for If-Match.',
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
        operationId: 'updateObservation',
        summary: 'Correct a figure',
        description: 'A correction (JSON merge patch: null clears an optional field) makes a new version; the one before stays in the history. If-Match: "v<version>" refuses it with 412 when the figure changed since it was read. A withdrawn figure cannot be corrected.',
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
        operationId: 'withdrawObservation',
        summary: 'Withdraw a figure',
        description: 'With a reason (in the body or as ?reason=): the figure leaves progress and lists but stays readable with its history. If-Match as for a correction.',
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
        operationId: 'listObservationHistory',
        summary: "A figure's history",
        description: 'Every version of a figure, oldest first, with who made it, when, and why (for a withdrawal), a page at a time.',
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

