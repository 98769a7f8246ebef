import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { indicators, observations, observationVersions, sources, targets } from '../../db/schema.js';
import type { Observation, ObservationVersion } from './observations.schemas.js';

type ObservationRow = typeof observations.$inferSelect;
/** What a figure says, as opposed to the bookkeeping of who recorded it and when. */
export type ObservationRecord = Pick<
  Observation,
  | 'id'
  | 'targetId'
  | 'indicatorId'
  | 'value'
  | 'reported'
  | 'state'
  | 'period'
  | 'qualifier'
  | 'yearOnYearPercent'
  | 'sourceId'
  | 'quote'
  | 'note'
>;
export type SeriesRef = { targetId: string; indicatorId: null } | { targetId: null; indicatorId: string };

export function toObservation(row: ObservationRow): Observation {
  return {
    id: row.id,
    targetId: row.targetId,
    indicatorId: row.indicatorId,
    value: row.value,
    reported: row.reportedValue !== null ? { value: Number(row.reportedValue), unit: row.reportedUnit! } : null,
    state: row.state,
    period: { start: row.periodStart, end: row.periodEnd },
    qualifier: row.qualifier,
    yearOnYearPercent: row.yearOnYearPercent,
    sourceId: row.sourceId,
    quote: row.quote,
    note: row.note,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    withdrawn: row.withdrawnAt ? { at: row.withdrawnAt, by: row.withdrawnBy!, reason: row.withdrawnReason! } : null,
  };
}

function toColumns(record: ObservationRecord) {
  return {
    id: record.id,
    targetId: record.targetId,
    indicatorId: record.indicatorId,
    value: record.value,
    reportedValue: record.reported ? String(record.reported.value) : null,
    reportedUnit: record.reported?.unit ?? null,
    state: record.state,
    periodStart: record.period.start,
    periodEnd: record.period.end,
    qualifier: record.qualifier,
    yearOnYearPercent: record.yearOnYearPercent,
    sourceId: record.sourceId,
    quote: record.quote,
    note: record.note,
  };
}

const seriesCondition = (series: SeriesRef): SQL =>
  series.targetId !== null ? eq(observations.targetId, series.targetId) : eq(observations.indicatorId, series.indicatorId);

export function findObservation(db: Db, id: string): Observation | undefined {
  const row = db.select().from(observations).where(eq(observations.id, id)).get();
  return row && toObservation(row);
}

function identityQuery(db: Db, column: typeof observations.targetId | typeof observations.indicatorId) {
  return db
    .select()
    .from(observations)
    .where(
      and(
        eq(column, sql.placeholder('seriesId')),
        eq(observations.periodStart, sql.placeholder('start')),
        eq(observations.periodEnd, sql.placeholder('end')),
        eq(observations.sourceId, sql.placeholder('sourceId')),
      ),
    )
    .prepare();
}

function versionInsert(db: Db) {
  return db
    .insert(observationVersions)
    .values({
      observationId: sql.placeholder('observationId'),
      version: sql.placeholder('version'),
      action: sql.placeholder('action'),
      snapshot: sql.placeholder('snapshot'),
      by: sql.placeholder('by'),
      reason: sql.placeholder('reason'),
    })
    .prepare();
}

/**
 * Statements a bulk import runs once per row, prepared once per database:
 * building and compiling them anew each time costs more than running them.
 */
const preparedByDb = new WeakMap<Db, ReturnType<typeof prepareStatements>>();
/** Every column an insert writes: what toColumns gives, plus who wrote it. */
const INSERTED_COLUMNS = [
  'id',
  'targetId',
  'indicatorId',
  'value',
  'reportedValue',
  'reportedUnit',
  'state',
  'periodStart',
  'periodEnd',
  'qualifier',
  'yearOnYearPercent',
  'sourceId',
  'quote',
  'note',
  'createdBy',
] as const satisfies readonly (keyof ReturnType<typeof toColumns> | 'createdBy')[];

function observationInsert(db: Db) {
  const placeholders = Object.fromEntries(INSERTED_COLUMNS.map((column) => [column, sql.placeholder(column)]));
  return db
    .insert(observations)
    .values(placeholders as unknown as typeof observations.$inferInsert)
    .returning()
    .prepare();
}

function prepareStatements(db: Db) {
  return {
    insert: observationInsert(db),
    byTarget: identityQuery(db, observations.targetId),
    byIndicator: identityQuery(db, observations.indicatorId),
    insertVersion: versionInsert(db),
  };
}
function statements(db: Db) {
  let prepared = preparedByDb.get(db);
  if (!prepared) preparedByDb.set(db, (prepared = prepareStatements(db)));
  return prepared;
}

/** A figure is identified by its series, its period and its source; a withdrawn figure keeps its identity. */
export function identityOf(figure: Pick<Observation, 'targetId' | 'indicatorId' | 'period' | 'sourceId'>): string {
  return JSON.stringify([figure.targetId, figure.indicatorId, figure.period.start, figure.period.end, figure.sourceId]);
}

export function findObservationByIdentity(
  db: Db,
  series: SeriesRef,
  identity: { period: { start: string; end: string }; sourceId: string },
): Observation | undefined {
  const { byTarget, byIndicator } = statements(db);
  const row = (series.targetId !== null ? byTarget : byIndicator).get({
    seriesId: series.targetId ?? series.indicatorId,
    start: identity.period.start,
    end: identity.period.end,
    sourceId: identity.sourceId,
  });
  return row && toObservation(row);
}

const byPeriod = [asc(observations.periodStart), asc(observations.periodEnd), asc(observations.id)];

export function listSeriesObservations(db: Db, series: SeriesRef, { includeWithdrawn = false } = {}): Observation[] {
  return db
    .select()
    .from(observations)
    .where(and(seriesCondition(series), includeWithdrawn ? undefined : isNull(observations.withdrawnAt)))
    .orderBy(...byPeriod)
    .all()
    .map(toObservation);
}

/** The current figures of every target and indicator of a plan. */
export function listPlanObservations(db: Db, planId: string): Observation[] {
  const planTargets = db.select({ id: targets.id }).from(targets).where(eq(targets.planId, planId));
  const planIndicators = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.planId, planId));
  return db
    .select()
    .from(observations)
    .where(
      and(
        isNull(observations.withdrawnAt),
        // Either column may hold the series; the other is null and matches nothing.
        or(inArray(observations.targetId, planTargets), inArray(observations.indicatorId, planIndicators)),
      ),
    )
    .orderBy(asc(observations.targetId), asc(observations.indicatorId), ...byPeriod)
    .all()
    .map(toObservation);
}

export type ObservationWithSourceDate = Observation & { sourcePublishedOn: string | null };

/** Every current figure of the given targets, with its source's date, for progress. */
export function listTargetFigures(db: Db, targetIds: string[]): ObservationWithSourceDate[] {
  if (targetIds.length === 0) return [];
  return db
    .select({ observation: observations, sourcePublishedOn: sources.publishedOn })
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .where(and(inArray(observations.targetId, targetIds), isNull(observations.withdrawnAt)))
    .all()
    .map((row) => ({ ...toObservation(row.observation), sourcePublishedOn: row.sourcePublishedOn }));
}

function recordVersion(db: Db, observation: Observation, action: ObservationVersion['action'], by: string, reason: string | null = null) {
  statements(db).insertVersion.run({
    observationId: observation.id,
    version: observation.version,
    action,
    snapshot: observation,
    by,
    reason,
  });
}

export function insertObservation(db: Db, record: ObservationRecord, by: string): Observation {
  const observation = toObservation(statements(db).insert.get({ ...toColumns(record), createdBy: by }) as ObservationRow);
  recordVersion(db, observation, 'created', by);
  return observation;
}

export function updateObservation(db: Db, current: Observation, record: ObservationRecord, by: string): Observation {
  const observation = toObservation(
    db
      .update(observations)
      .set({ ...toColumns(record), version: current.version + 1, updatedAt: new Date().toISOString(), updatedBy: by })
      .where(eq(observations.id, current.id))
      .returning()
      .get()!,
  );
  recordVersion(db, observation, 'revised', by);
  return observation;
}

export function markWithdrawn(db: Db, current: Observation, by: string, reason: string): Observation {
  const now = new Date().toISOString();
  const observation = toObservation(
    db
      .update(observations)
      .set({ version: current.version + 1, updatedAt: now, updatedBy: by, withdrawnAt: now, withdrawnBy: by, withdrawnReason: reason })
      .where(eq(observations.id, current.id))
      .returning()
      .get()!,
  );
  recordVersion(db, observation, 'withdrawn', by, reason);
  return observation;
}

export function listVersions(db: Db, observationId: string): ObservationVersion[] {
  return db
    .select()
    .from(observationVersions)
    .where(eq(observationVersions.observationId, observationId))
    .orderBy(asc(observationVersions.version))
    .all()
    .map(({ version, action, at, by, reason, snapshot }) => ({
      version,
      action,
      at,
      by,
      reason,
      observation: snapshot as Observation,
    }));
}
