import { and, asc, eq, or, sql } from 'drizzle-orm';
import { containingPattern, type Connection } from '../../db/database.js';
import { after } from '../../db/keyset.js';
import { effectiveTolerance } from '../../domain/progress.js';
import type { Target, TargetListQuery } from './targets.schemas.js';

/** A target as stored, before the database stamps it; a quantity's tolerancePercent is only the one it states. */
export type TargetRecord = Target extends infer T ? (T extends Target ? Omit<T, 'createdAt' | 'toleranceSource'> : never) : never;

export function targetsRepo({ db, tables, engine }: Connection) {
  const { targets } = tables;
  type Row = typeof targets.$inferSelect;

  function toTarget(row: Row): Target {
    const common = {
      id: row.id,
      planId: row.planId,
      itemId: row.itemId,
      name: { zh: row.nameZh, en: row.nameEn },
      deadline: row.deadline,
      clause: row.clause,
      note: row.note,
      createdAt: row.createdAt,
    };
    const verb = { zh: row.verbZh ?? '', en: row.verbEn ?? '' };
    if (row.kind === 'milestone') return { ...common, kind: 'milestone', doneWhen: verb };
    if (row.kind === 'action') return { ...common, kind: 'action', activity: verb };
    const tolerance = effectiveTolerance(row.comparator!, row.tolerancePercent);
    return {
      ...common,
      kind: 'quantity',
      unit: row.unit!,
      targetValue: row.targetValue!,
      reported:
        row.reportedValue !== null ? { value: Number(row.reportedValue), unit: row.reportedUnit!, printed: row.reportedValue } : null,
      comparator: row.comparator!,
      measure: row.measure!,
      tolerancePercent: tolerance?.percent ?? null,
      toleranceSource: tolerance?.source ?? null,
      baseline: row.baselineValue !== null ? { value: row.baselineValue, date: row.baselineDate! } : null,
    };
  }

  function toColumns(target: TargetRecord) {
    const common = {
      planId: target.planId,
      id: target.id,
      itemId: target.itemId,
      nameZh: target.name.zh,
      nameEn: target.name.en,
      kind: target.kind,
      deadline: target.deadline,
      clause: target.clause,
      note: target.note,
    };
    if (target.kind !== 'quantity') {
      const verb = target.kind === 'milestone' ? target.doneWhen : target.activity;
      return { ...common, verbZh: verb.zh, verbEn: verb.en };
    }
    return {
      ...common,
      unit: target.unit,
      targetValue: target.targetValue,
      reportedValue: target.reported?.printed ?? null,
      reportedUnit: target.reported?.unit ?? null,
      comparator: target.comparator,
      measure: target.measure,
      tolerancePercent: target.tolerancePercent,
      baselineValue: target.baseline?.value ?? null,
      baselineDate: target.baseline?.date ?? null,
    };
  }

  const byKey = engine.prepared('targets.byKey', () =>
    db
      .select()
      .from(targets)
      .where(and(eq(targets.planId, sql.placeholder('planId')), eq(targets.id, sql.placeholder('id'))))
      .limit(1),
  );
  const figureCountOf = engine.prepared('targets.figureCount', () =>
    db
      .select({ figureCount: targets.figureCount })
      .from(targets)
      .where(and(eq(targets.planId, sql.placeholder('planId')), eq(targets.id, sql.placeholder('id')))),
  );
  const firstById = engine.prepared('targets.firstById', () =>
    db
      .select()
      .from(targets)
      .where(eq(targets.id, sql.placeholder('id')))
      .orderBy(asc(targets.createdAt), asc(targets.planId))
      .limit(1),
  );
  const ofPlan = engine.prepared('targets.ofPlan', () =>
    db.select().from(targets).where(eq(targets.planId, sql.placeholder('planId'))).orderBy(asc(targets.id)),
  );

  return {
    async find(planId: string, id: string): Promise<Target | undefined> {
      const [row] = await byKey.execute({ planId, id });
      return row && toTarget(row);
    },

    /** The target an unscoped id names: the first one created with it, whichever plan reused it later. */
    async findFirst(id: string): Promise<Target | undefined> {
      const [row] = await firstById.execute({ id });
      return row && toTarget(row);
    },

    /** A page in (id, planId) order, through a statement prepared for the filters given. */
    async list(query: Omit<TargetListQuery, 'cursor' | 'limit'> & { after?: [string, string]; limit: number }): Promise<Target[]> {
      const given = (['planId', 'itemId', 'kind', 'unit', 'q', 'after'] as const).filter((name) => query[name] !== undefined);
      const has = (name: (typeof given)[number]) => given.includes(name);
      const statement = engine.prepared(`targets.list.${given.join('.')}`, () =>
        db
          .select()
          .from(targets)
          .where(
            and(
              has('planId') ? eq(targets.planId, sql.placeholder('planId')) : undefined,
              has('itemId') ? eq(targets.itemId, sql.placeholder('itemId')) : undefined,
              has('kind') ? eq(targets.kind, sql.placeholder('kind')) : undefined,
              has('unit') ? eq(targets.unit, sql.placeholder('unit')) : undefined,
              has('q') ? or(engine.containsText(targets.nameZh, sql.placeholder('pattern')), engine.containsText(targets.nameEn, sql.placeholder('pattern'))) : undefined,
              has('after') ? after([targets.id, targets.planId], [sql.placeholder('afterId'), sql.placeholder('afterPlanId')]) : undefined,
            ),
          )
          .orderBy(asc(targets.id), asc(targets.planId))
          .limit(sql.placeholder('limit')),
      );
      const rows = await statement.execute({
        planId: query.planId,
        itemId: query.itemId,
        kind: query.kind,
        unit: query.unit,
        pattern: query.q === undefined ? undefined : containingPattern(query.q),
        afterId: query.after?.[0],
        afterPlanId: query.after?.[1],
        limit: query.limit,
      });
      return (rows as Row[]).map(toTarget);
    },

    /** Every target of a plan, for its progress: a plan's targets are what its progress answer is made of. */
    async ofPlan(planId: string): Promise<Target[]> {
      return (await ofPlan.execute({ planId })).map(toTarget);
    },

    async figureCount(planId: string, id: string): Promise<number> {
      const [row] = await figureCountOf.execute({ planId, id });
      return row?.figureCount ?? 0;
    },

    async insert(target: TargetRecord): Promise<Target> {
      const [row] = await db.insert(targets).values(toColumns(target)).returning();
      return toTarget(row);
    },

    async update(target: TargetRecord): Promise<Target> {
      const [row] = await db
        .update(targets)
        .set(toColumns(target))
        .where(and(eq(targets.planId, target.planId), eq(targets.id, target.id)))
        .returning();
      return toTarget(row);
    },

    /**
     * Holds the targets' rows to the end of the transaction before their figures are written, so that
     * two writes of the same targets' figures queue instead of deadlocking over each other's rows.
     */
    async lockForFigures(keys: readonly { planId: string; targetId: string }[]): Promise<void> {
      if (keys.length === 0) return;
      const each = keys.map(({ planId, targetId }) => and(eq(targets.planId, planId), eq(targets.id, targetId))!);
      await engine.lockRows(targets, or(...each)!, [targets.planId, targets.id]);
    },

    /** Keeps the count of current figures, inside the write that adds or withdraws them. */
    async addToFigureCount(planId: string, id: string, delta: number): Promise<void> {
      if (delta === 0) return;
      await db
        .update(targets)
        .set({ figureCount: sql`${targets.figureCount} + ${delta}` })
        .where(and(eq(targets.planId, planId), eq(targets.id, id)));
    },
  };
}

export type TargetsRepo = ReturnType<typeof targetsRepo>;
