import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type Column } from 'drizzle-orm';
import type { Connection } from '../../db/database.js';
import { after } from '../../db/keyset.js';
import { nextDay, periodKindOf, type Period } from '../../domain/periods.js';
import type { PeriodKind, VersionAction } from '../../domain/vocabulary.js';
import type { Observation, ObservationVersion } from './observations.schemas.js';

/** What a figure says, as opposed to the bookkeeping of who recorded it and when. */
export interface FigureRecord {
  id: string;
  planId: string;
  targetId: string | null;
  indicatorId: string | null;
  /** The series' base unit (null for a milestone's or an action's state). */
  unit: string | null;
  value: number | null;
  /** The number as printed, kept as its text ("2024.190"), and the unit word as printed. */
  reported: { text: string; unit: string } | null;
  state: Observation['state'];
  period: Period;
  qualifier: Observation['qualifier'];
  yearOnYearPercent: number | null;
  sourceId: string;
  sourcePublishedOn: string | null;
  /** The first day the figure was public (see the column). */
  sourceAvailableOn: string;
  quote: string;
  note: string | null;
}

/** The series a figure belongs to: a target or an indicator of a plan. */
export type SeriesKey = { planId: string } & ({ targetId: string; indicatorId: null } | { targetId: null; indicatorId: string });

/** The series a record belongs to. */
export const seriesKeyOf = (record: Pick<FigureRecord, 'planId' | 'targetId' | 'indicatorId'>): SeriesKey =>
  record.targetId !== null
    ? { planId: record.planId, targetId: record.targetId, indicatorId: null }
    : { planId: record.planId, targetId: null, indicatorId: record.indicatorId! };

/** What a figure says and where it comes from, without the bookkeeping: what a chart or a page draws. */
export type StatedFigure = Omit<Observation, 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'withdrawn'>;

/** Who is writing, for the bookkeeping columns and the version rows. */
export interface Writer {
  by: string;
  at: string;
}

export function observationsRepo({ db, tables, engine }: Connection) {
  const { observations, observationVersions } = tables;
  type Row = typeof observations.$inferSelect;
  type FigureColumns = Pick<
    Row,
    | 'planId'
    | 'targetId'
    | 'indicatorId'
    | 'unit'
    | 'value'
    | 'reportedValue'
    | 'reportedUnit'
    | 'state'
    | 'periodStart'
    | 'periodEnd'
    | 'periodKind'
    | 'qualifier'
    | 'yearOnYearPercent'
    | 'sourceId'
    | 'sourcePublishedOn'
    | 'sourceAvailableOn'
    | 'quote'
    | 'note'
  >;

  function figureOf(row: FigureColumns) {
    return {
      planId: row.planId,
      targetId: row.targetId,
      indicatorId: row.indicatorId,
      unit: row.unit,
      value: row.value,
      reported:
        row.reportedValue !== null ? { value: Number(row.reportedValue), unit: row.reportedUnit!, printed: row.reportedValue } : null,
      state: row.state,
      period: { start: row.periodStart, end: row.periodEnd },
      qualifier: row.qualifier,
      yearOnYearPercent: row.yearOnYearPercent,
      sourceId: row.sourceId,
      quote: row.quote,
      note: row.note,
    };
  }

  function toObservation(row: Row): Observation {
    return {
      id: row.id,
      ...figureOf(row),
      version: row.version,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
      withdrawn: row.withdrawnAt ? { at: row.withdrawnAt, by: row.withdrawnBy!, reason: row.withdrawnReason! } : null,
    };
  }

  function columnsOf(record: FigureRecord): FigureColumns {
    return {
      planId: record.planId,
      targetId: record.targetId,
      indicatorId: record.indicatorId,
      unit: record.unit,
      value: record.value,
      reportedValue: record.reported?.text ?? null,
      reportedUnit: record.reported?.unit ?? null,
      state: record.state,
      periodStart: record.period.start,
      periodEnd: record.period.end,
      periodKind: periodKindOf(record.period),
      qualifier: record.qualifier,
      yearOnYearPercent: record.yearOnYearPercent,
      sourceId: record.sourceId,
      sourcePublishedOn: record.sourcePublishedOn,
      sourceAvailableOn: record.sourceAvailableOn,
      quote: record.quote,
      note: record.note,
    };
  }

  const byId = engine.prepared('observations.byId', () =>
    db.select().from(observations).where(eq(observations.id, sql.placeholder('id'))).limit(1),
  );
  const identity = (column: Column) =>
    db
      .select()
      .from(observations)
      .where(
        and(
          eq(observations.planId, sql.placeholder('planId')),
          eq(column, sql.placeholder('seriesId')),
          isNotNull(column),
          eq(observations.periodStart, sql.placeholder('start')),
          eq(observations.periodEnd, sql.placeholder('end')),
          eq(observations.sourceId, sql.placeholder('sourceId')),
        ),
      )
      .limit(1);
  const byTargetIdentity = engine.prepared('observations.byTargetIdentity', () => identity(observations.targetId));
  const byIndicatorIdentity = engine.prepared('observations.byIndicatorIdentity', () => identity(observations.indicatorId));

  /**
   * Many figures looked up per statement, prepared once per connection for a fixed number of keys;
   * a short last batch repeats its last key, which changes nothing in an IN list.
   */
  const LOOKUP_BATCH = 100;
  const batches = <T>(items: T[]): T[][] =>
    Array.from({ length: Math.ceil(items.length / LOOKUP_BATCH) }, (_, b) => {
      const batch = items.slice(b * LOOKUP_BATCH, (b + 1) * LOOKUP_BATCH);
      return [...batch, ...Array(LOOKUP_BATCH - batch.length).fill(batch[batch.length - 1])];
    });
  const slots = Array.from({ length: LOOKUP_BATCH }, (_, i) => i);
  const identitiesOf = (column: Column) =>
    db
      .select()
      .from(observations)
      .where(
        and(
          eq(observations.planId, sql.placeholder('planId')),
          eq(column, sql.placeholder('seriesId')),
          isNotNull(column),
          // The batch's first and last start bound the index range read: PostgreSQL reads the row values
          // below as a filter, over every figure of the series without these.
          gte(observations.periodStart, sql.placeholder('firstStart')),
          lte(observations.periodStart, sql.placeholder('lastStart')),
          sql`(${observations.periodStart}, ${observations.periodEnd}, ${observations.sourceId}) IN (${sql.join(
            slots.map((i) => sql`(${sql.placeholder(`start${i}`)}, ${sql.placeholder(`end${i}`)}, ${sql.placeholder(`source${i}`)})`),
            sql`, `,
          )})`,
        ),
      );
  const targetIdentities = engine.prepared('observations.targetIdentities', () => identitiesOf(observations.targetId));
  const indicatorIdentities = engine.prepared('observations.indicatorIdentities', () => identitiesOf(observations.indicatorId));
  const byIds = engine.prepared('observations.byIds', () =>
    db
      .select()
      .from(observations)
      .where(inArray(observations.id, slots.map((i) => sql.placeholder(`id${i}`)))),
  );

  /** A target's current figures, of one kind of period or of any, newest (or oldest) first: a range of an index. */
  const byRecency = (kind: 'of_kind' | 'any', newest: boolean) => {
    const order = newest ? desc : asc;
    return db
      .select()
      .from(observations)
      .where(
        and(
          eq(observations.planId, sql.placeholder('planId')),
          eq(observations.targetId, sql.placeholder('targetId')),
          isNotNull(observations.targetId),
          kind === 'of_kind' ? eq(observations.periodKind, sql.placeholder('periodKind')) : undefined,
          isNull(observations.withdrawnAt),
        ),
      )
      .orderBy(order(observations.periodEnd), order(observations.sourcePublishedOn), order(observations.id));
  };
  /** The newest (or oldest) current figure of a target: one probe of the index. */
  const recency = (kind: 'of_kind' | 'any', newest: boolean) => byRecency(kind, newest).limit(1);
  const newestOfKind = engine.prepared('observations.newestOfKind', () => recency('of_kind', true));
  const oldestOfKind = engine.prepared('observations.oldestOfKind', () => recency('of_kind', false));
  const newestOfAny = engine.prepared('observations.newestOfAny', () => recency('any', true));
  const oldestOfAny = engine.prepared('observations.oldestOfAny', () => recency('any', false));
  const calendarYear = engine.prepared('observations.calendarYear', () =>
    db
      .select()
      .from(observations)
      .where(
        and(
          eq(observations.planId, sql.placeholder('planId')),
          eq(observations.targetId, sql.placeholder('targetId')),
          isNotNull(observations.targetId),
          eq(observations.periodKind, 'calendar_year'),
          eq(observations.periodEnd, sql.placeholder('periodEnd')),
          isNull(observations.withdrawnAt),
        ),
      )
      .orderBy(desc(observations.sourcePublishedOn), desc(observations.id))
      .limit(1),
  );

  /** A target's current figures, newest period first, at most `limit`. */
  const newestFigures = engine.prepared('observations.newestFigures', () => byRecency('any', true).limit(sql.placeholder('limit')));

  const FIGURE_KEYS = Object.keys(columnsOf({ period: { start: '', end: '' } } as FigureRecord)) as (keyof FigureColumns)[];
  const OBSERVATION_KEYS = ['id', ...FIGURE_KEYS, 'version', 'createdAt', 'createdBy'] as const;
  const VERSION_KEYS = ['observationId', 'version', 'action', 'at', 'by', 'reason', 'supersededAt', ...FIGURE_KEYS] as const;

  function versionRow(
    observation: Pick<Row, 'id' | 'version'> & FigureColumns,
    action: VersionAction,
    writer: Writer,
    reason: string | null = null,
  ) {
    const figure = Object.fromEntries(FIGURE_KEYS.map((key) => [key, observation[key]])) as FigureColumns;
    return { observationId: observation.id, version: observation.version, action, at: writer.at, by: writer.by, reason, supersededAt: null, ...figure };
  }

  const insertVersions = (rows: ReturnType<typeof versionRow>[]) => engine.insertRows(observationVersions, VERSION_KEYS, rows);

  /** One new figure, unless its id or identity is taken (then no row comes back). */
  const insertOne = engine.prepared('observations.insertOne', () =>
    db
      .insert(observations)
      .values(Object.fromEntries(OBSERVATION_KEYS.map((key) => [key, sql.placeholder(key)])) as never)
      .onConflictDoNothing()
      .returning(),
  );

  /**
   * The figure as it was read, still: a write conditional on the version read fails (changes no row)
   * when another request changed the figure in between, on this instance or another.
   */
  const isCurrent = (current: Observation) => and(eq(observations.id, current.id), eq(observations.version, current.version));

  /** Closes the version in force, so that the one written next takes over from this instant. */
  async function supersede(current: Observation, at: string) {
    await db
      .update(observationVersions)
      .set({ supersededAt: at })
      .where(and(eq(observationVersions.observationId, current.id), eq(observationVersions.version, current.version)));
  }

  /**
   * A target's figures as they stood at the end of `asOf`: the version of each in force then (the
   * first version from the start of time: the figure was public before it was recorded; a later one
   * from when it was written) unless that version withdrew it, and only figures whose source was
   * public by that day. `instant` is the start of the next day.
   */
  const versionsInForce = (kind: 'of_kind' | 'any' | 'year') =>
    and(
      eq(observationVersions.planId, sql.placeholder('planId')),
      eq(observationVersions.targetId, sql.placeholder('targetId')),
      isNotNull(observationVersions.targetId),
      kind === 'of_kind' ? eq(observationVersions.periodKind, sql.placeholder('periodKind')) : undefined,
      kind === 'year'
        ? and(eq(observationVersions.periodKind, 'calendar_year'), eq(observationVersions.periodEnd, sql.placeholder('periodEnd')))
        : undefined,
      sql`(${observationVersions.version} = 1 OR ${observationVersions.at} < ${sql.placeholder('instant')})`,
      sql`(${observationVersions.supersededAt} IS NULL OR ${observationVersions.supersededAt} >= ${sql.placeholder('instant')})`,
      sql`${observationVersions.action} <> 'withdrawn'`,
      sql`${observationVersions.sourceAvailableOn} <= ${sql.placeholder('asOf')}`,
    );
  const versionsByRecency = (kind: 'of_kind' | 'any', newest: boolean) => {
    const order = newest ? desc : asc;
    return db
      .select()
      .from(observationVersions)
      .where(versionsInForce(kind))
      .orderBy(order(observationVersions.periodEnd), order(observationVersions.sourcePublishedOn), order(observationVersions.observationId));
  };
  const versionRecency = (kind: 'of_kind' | 'any', newest: boolean) => versionsByRecency(kind, newest).limit(1);
  const asOfStatements = {
    newestOfKind: engine.prepared('versions.newestOfKind', () => versionRecency('of_kind', true)),
    oldestOfKind: engine.prepared('versions.oldestOfKind', () => versionRecency('of_kind', false)),
    newestOfAny: engine.prepared('versions.newestOfAny', () => versionRecency('any', true)),
    oldestOfAny: engine.prepared('versions.oldestOfAny', () => versionRecency('any', false)),
    calendarYear: engine.prepared('versions.calendarYear', () =>
      db
        .select()
        .from(observationVersions)
        .where(versionsInForce('year'))
        .orderBy(desc(observationVersions.sourcePublishedOn), desc(observationVersions.observationId))
        .limit(1),
    ),
    newestFigures: engine.prepared('versions.newestFigures', () => versionsByRecency('any', true).limit(sql.placeholder('limit'))),
    count: engine.prepared('versions.count', () =>
      db.select({ count: sql<number>`count(*)` }).from(observationVersions).where(versionsInForce('any')),
    ),
  };

  /** An observation as one of its versions has it. */
  async function asItStood(version: typeof observationVersions.$inferSelect | undefined): Promise<Observation | undefined> {
    if (!version) return undefined;
    const [current] = await byId.execute({ id: version.observationId });
    return {
      ...toObservation(current),
      ...figureOf(version),
      version: version.version,
      updatedAt: version.version > 1 ? version.at : null,
      updatedBy: version.version > 1 ? version.by : null,
      withdrawn: null,
    };
  }

  /** What progress reads of a target's figures: as they are, or as they stood at the end of a day. */
  function figuresOf(asOf: string | null) {
    if (asOf === null) {
      return {
        newest: async (planId: string, targetId: string, kind: PeriodKind | null) => {
          const [row] = kind ? await newestOfKind.execute({ planId, targetId, periodKind: kind }) : await newestOfAny.execute({ planId, targetId });
          return row && toObservation(row);
        },
        oldest: async (planId: string, targetId: string, kind: PeriodKind | null) => {
          const [row] = kind ? await oldestOfKind.execute({ planId, targetId, periodKind: kind }) : await oldestOfAny.execute({ planId, targetId });
          return row && toObservation(row);
        },
        ofCalendarYear: async (planId: string, targetId: string, year: number) => {
          const [row] = await calendarYear.execute({ planId, targetId, periodEnd: `${year}-12-31` });
          return row && toObservation(row);
        },
        newestFigures: async (planId: string, targetId: string, limit: number): Promise<StatedFigure[]> =>
          (await newestFigures.execute({ planId, targetId, limit })).map((row) => ({ id: row.id, ...figureOf(row) })),
        count: null,
      };
    }
    const instant = nextDay(asOf);
    const at = { asOf, instant };
    return {
      newest: async (planId: string, targetId: string, kind: PeriodKind | null) => {
        const statement = kind ? asOfStatements.newestOfKind : asOfStatements.newestOfAny;
        return asItStood((await statement.execute({ planId, targetId, periodKind: kind, ...at }))[0]);
      },
      oldest: async (planId: string, targetId: string, kind: PeriodKind | null) => {
        const statement = kind ? asOfStatements.oldestOfKind : asOfStatements.oldestOfAny;
        return asItStood((await statement.execute({ planId, targetId, periodKind: kind, ...at }))[0]);
      },
      ofCalendarYear: async (planId: string, targetId: string, year: number) =>
        asItStood((await asOfStatements.calendarYear.execute({ planId, targetId, periodEnd: `${year}-12-31`, ...at }))[0]),
      newestFigures: async (planId: string, targetId: string, limit: number): Promise<StatedFigure[]> =>
        (await asOfStatements.newestFigures.execute({ planId, targetId, limit, ...at })).map((row) => ({ id: row.observationId, ...figureOf(row) })),
      /** The figures public and in force then: counted over the target's versions (as-of answers are not the hot path). */
      count: async (planId: string, targetId: string) => Number((await asOfStatements.count.execute({ planId, targetId, ...at }))[0].count),
    };
  }

  return {
    toObservation,
    figuresOf,

    async find(id: string): Promise<Observation | undefined> {
      const [row] = await byId.execute({ id });
      return row && toObservation(row);
    },

    /** A figure is identified by its series, its period and its source; a withdrawn figure keeps its identity. */
    async findByIdentity(series: SeriesKey, period: Period, sourceId: string): Promise<Observation | undefined> {
      const statement = series.targetId !== null ? byTargetIdentity : byIndicatorIdentity;
      const [row] = await statement.execute({
        planId: series.planId,
        seriesId: series.targetId ?? series.indicatorId,
        start: period.start,
        end: period.end,
        sourceId,
      });
      return row && toObservation(row);
    },

    /** A page of a series' figures in period order (then by source: the identity index's order). */
    async listSeries(
      series: SeriesKey,
      page: { includeWithdrawn: boolean; after?: [string, string, string]; limit: number },
    ): Promise<Observation[]> {
      const kind = series.targetId !== null ? 'target' : 'indicator';
      const seriesColumn = kind === 'target' ? observations.targetId : observations.indicatorId;
      const statement = engine.prepared(`observations.listSeries.${kind}.${page.includeWithdrawn}.${page.after !== undefined}`, () =>
        db
          .select()
          .from(observations)
          .where(
            and(
              eq(observations.planId, sql.placeholder('planId')),
              eq(seriesColumn, sql.placeholder('seriesId')),
              // Lets the engine use the partial index of the series' kind.
              isNotNull(seriesColumn),
              page.includeWithdrawn ? undefined : isNull(observations.withdrawnAt),
              page.after
                ? after([observations.periodStart, observations.periodEnd, observations.sourceId], ['start', 'end', 'source'].map((name) => sql.placeholder(name)))
                : undefined,
            ),
          )
          .orderBy(asc(observations.periodStart), asc(observations.periodEnd), asc(observations.sourceId))
          .limit(sql.placeholder('limit')),
      );
      const [start, end, source] = page.after ?? [];
      const rows = await statement.execute({ planId: series.planId, seriesId: series.targetId ?? series.indicatorId, start, end, source, limit: page.limit });
      return (rows as Row[]).map(toObservation);
    },

    /** A page of the current figures of every target and indicator of a plan, in id order. */
    async listPlan(planId: string, page: { after?: string; limit: number }): Promise<Observation[]> {
      const rows = await db
        .select()
        .from(observations)
        .where(
          and(
            eq(observations.planId, planId),
            isNull(observations.withdrawnAt),
            page.after ? after([observations.id], [page.after]) : undefined,
          ),
        )
        .orderBy(asc(observations.id))
        .limit(page.limit);
      return rows.map(toObservation);
    },

    /** Stores a new figure and its first version; undefined when its id or its identity is taken. */
    async insert(record: FigureRecord, writer: Writer): Promise<Observation | undefined> {
      const [row] = await insertOne.execute({ id: record.id, ...columnsOf(record), version: 1, createdAt: writer.at, createdBy: writer.by });
      if (!row) return undefined;
      await insertVersions([versionRow(row, 'created', writer)]);
      return toObservation(row);
    },

    /**
     * Stores many new figures known to be free (their ids and identities checked in the same
     * transaction) and their first versions, a batch of rows per statement.
     */
    async insertMany(records: FigureRecord[], writer: Writer): Promise<void> {
      const rows = records.map((record) => ({ id: record.id, ...columnsOf(record), version: 1, createdAt: writer.at, createdBy: writer.by }));
      await engine.insertRows(observations, OBSERVATION_KEYS, rows);
      await insertVersions(rows.map((row) => versionRow(row, 'created', writer)));
    },

    /** The figures of one series among `identities` (period and source), stored already: a query per batch. */
    async findManyByIdentity(series: SeriesKey, identities: { period: Period; sourceId: string }[]): Promise<Observation[]> {
      const found: Observation[] = [];
      for (const batch of batches(identities)) {
        const starts = batch.map(({ period }) => period.start).sort();
        const values: Record<string, unknown> = { planId: series.planId, seriesId: series.targetId ?? series.indicatorId, firstStart: starts[0], lastStart: starts.at(-1) };
        batch.forEach(({ period, sourceId }, i) => Object.assign(values, { [`start${i}`]: period.start, [`end${i}`]: period.end, [`source${i}`]: sourceId }));
        const statement = series.targetId !== null ? targetIdentities : indicatorIdentities;
        for (const row of await statement.execute(values)) found.push(toObservation(row));
      }
      return found;
    },

    /** The figures among `ids` that are stored already: a query per batch. */
    async findMany(ids: string[]): Promise<Observation[]> {
      const found: Observation[] = [];
      for (const batch of batches(ids)) {
        const rows = await byIds.execute(Object.fromEntries(batch.map((id, i) => [`id${i}`, id])));
        for (const row of rows) found.push(toObservation(row));
      }
      return found;
    },

    /** A new version of a figure, unless it changed since `current` was read (then undefined). */
    async revise(current: Observation, record: FigureRecord, writer: Writer): Promise<Observation | undefined> {
      const [row] = await db
        .update(observations)
        .set({ ...columnsOf(record), version: current.version + 1, updatedAt: writer.at, updatedBy: writer.by })
        .where(isCurrent(current))
        .returning();
      if (!row) return undefined;
      await supersede(current, writer.at);
      await insertVersions([versionRow(row, 'revised', writer)]);
      return toObservation(row);
    },

    /** Withdraws a figure, unless it changed since `current` was read (then undefined). */
    async withdraw(current: Observation, reason: string, writer: Writer): Promise<Observation | undefined> {
      const [row] = await db
        .update(observations)
        .set({
          version: current.version + 1,
          updatedAt: writer.at,
          updatedBy: writer.by,
          withdrawnAt: writer.at,
          withdrawnBy: writer.by,
          withdrawnReason: reason,
        })
        .where(isCurrent(current))
        .returning();
      if (!row) return undefined;
      await supersede(current, writer.at);
      await insertVersions([versionRow(row, 'withdrawn', writer, reason)]);
      return toObservation(row);
    },

    /** A page of a figure's versions, oldest first. */
    async versions(observationId: string, page: { after?: number; limit: number }): Promise<ObservationVersion[]> {
      const rows = await db
        .select()
        .from(observationVersions)
        .where(
          and(
            eq(observationVersions.observationId, observationId),
            page.after !== undefined ? after([observationVersions.version], [page.after]) : undefined,
          ),
        )
        .orderBy(asc(observationVersions.version))
        .limit(page.limit);
      const current = await this.find(observationId);
      return rows.map((row) => ({
        version: row.version,
        action: row.action,
        at: row.at,
        by: row.by,
        reason: row.reason,
        observation: {
          ...current!,
          ...figureOf(row),
          version: row.version,
          updatedAt: row.version > 1 ? row.at : null,
          updatedBy: row.version > 1 ? row.by : null,
          withdrawn: row.action === 'withdrawn' ? { at: row.at, by: row.by, reason: row.reason! } : null,
        },
      }));
    },
  };
}

export type ObservationsRepo = ReturnType<typeof observationsRepo>;
