import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { observations, sources } from '../../db/schema.js';
import type { Observation } from './observations.schemas.js';

type ObservationRow = typeof observations.$inferSelect;
export type ObservationRecord = Omit<Observation, 'createdAt'>;
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
    createdAt: row.createdAt,
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

/** A figure is identified by its series, its period and its source. */
export function findObservationByIdentity(
  db: Db,
  series: SeriesRef,
  identity: { period: { start: string; end: string }; sourceId: string },
): Observation | undefined {
  const row = db
    .select()
    .from(observations)
    .where(
      and(
        seriesCondition(series),
        eq(observations.periodStart, identity.period.start),
        eq(observations.periodEnd, identity.period.end),
        eq(observations.sourceId, identity.sourceId),
      ),
    )
    .get();
  return row && toObservation(row);
}

export function listSeriesObservations(db: Db, series: SeriesRef): Observation[] {
  return db
    .select()
    .from(observations)
    .where(seriesCondition(series))
    .orderBy(asc(observations.periodStart), asc(observations.periodEnd), asc(observations.id))
    .all()
    .map(toObservation);
}

export type ObservationWithSourceDate = Observation & { sourcePublishedOn: string | null };

/** Every figure of the given targets, with its source's date, for progress. */
export function listTargetFigures(db: Db, targetIds: string[]): ObservationWithSourceDate[] {
  if (targetIds.length === 0) return [];
  return db
    .select({ observation: observations, sourcePublishedOn: sources.publishedOn })
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .where(inArray(observations.targetId, targetIds))
    .all()
    .map((row) => ({ ...toObservation(row.observation), sourcePublishedOn: row.sourcePublishedOn }));
}

export function insertObservation(db: Db, record: ObservationRecord): Observation {
  return toObservation(db.insert(observations).values(toColumns(record)).returning().get());
}
