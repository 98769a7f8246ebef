import { and, asc, eq, gt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { targets } from '../../db/schema.js';
import type { Target, TargetListQuery } from './targets.schemas.js';

type TargetRow = typeof targets.$inferSelect;
/** A target as stored, before the database stamps it. */
export type TargetRecord = Target extends infer T ? (T extends Target ? Omit<T, 'createdAt'> : never) : never;

export function toTarget(row: TargetRow): Target {
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
  if (row.kind === 'milestone') {
    return { ...common, kind: 'milestone', doneWhen: { zh: row.doneWhenZh ?? '', en: row.doneWhenEn ?? '' } };
  }
  return {
    ...common,
    kind: 'quantity',
    unit: row.unit!,
    targetValue: row.targetValue!,
    reported: row.reportedValue !== null ? { value: Number(row.reportedValue), unit: row.reportedUnit! } : null,
    comparator: row.comparator!,
    measure: row.measure!,
    tolerancePercent: row.tolerancePercent,
    baseline: row.baselineValue !== null ? { value: row.baselineValue, date: row.baselineDate! } : null,
  };
}

function toColumns(target: TargetRecord) {
  const common = {
    id: target.id,
    planId: target.planId,
    itemId: target.itemId,
    nameZh: target.name.zh,
    nameEn: target.name.en,
    kind: target.kind,
    deadline: target.deadline,
    clause: target.clause,
    note: target.note,
  };
  if (target.kind === 'milestone') {
    return { ...common, doneWhenZh: target.doneWhen.zh, doneWhenEn: target.doneWhen.en };
  }
  return {
    ...common,
    unit: target.unit,
    targetValue: target.targetValue,
    reportedValue: target.reported ? String(target.reported.value) : null,
    reportedUnit: target.reported?.unit ?? null,
    comparator: target.comparator,
    measure: target.measure,
    tolerancePercent: target.tolerancePercent,
    baselineValue: target.baseline?.value ?? null,
    baselineDate: target.baseline?.date ?? null,
  };
}

export function findTarget(db: Db, id: string): Target | undefined {
  const row = db.select().from(targets).where(eq(targets.id, id)).get();
  return row && toTarget(row);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

export function listTargets(db: Db, query: Omit<TargetListQuery, 'cursor' | 'limit'> & { after?: string; limit: number }) {
  const conditions: (SQL | undefined)[] = [
    query.planId ? eq(targets.planId, query.planId) : undefined,
    query.itemId ? eq(targets.itemId, query.itemId) : undefined,
    query.kind ? eq(targets.kind, query.kind) : undefined,
    query.unit ? eq(targets.unit, query.unit) : undefined,
    query.after ? gt(targets.id, query.after) : undefined,
  ];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(
      or(sql`${targets.nameZh} LIKE ${pattern} ESCAPE '\\'`, sql`${targets.nameEn} LIKE ${pattern} ESCAPE '\\'`),
    );
  }
  return db
    .select()
    .from(targets)
    .where(and(...conditions))
    .orderBy(asc(targets.id))
    .limit(query.limit)
    .all()
    .map(toTarget);
}

export function listPlanTargets(db: Db, planId: string): Target[] {
  return db.select().from(targets).where(eq(targets.planId, planId)).orderBy(asc(targets.id)).all().map(toTarget);
}

export function insertTarget(db: Db, target: TargetRecord): Target {
  return toTarget(db.insert(targets).values(toColumns(target)).returning().get());
}

export function updateTarget(db: Db, target: TargetRecord): Target {
  return toTarget(db.update(targets).set(toColumns(target)).where(eq(targets.id, target.id)).returning().get()!);
}
