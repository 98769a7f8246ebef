import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { indicators } from '../../db/schema.js';
import type { Indicator, IndicatorInput } from './indicators.schemas.js';

const toIndicator = (row: typeof indicators.$inferSelect): Indicator => ({
  id: row.id,
  planId: row.planId,
  itemId: row.itemId,
  name: { zh: row.nameZh, en: row.nameEn },
  unit: row.unit,
  measure: row.measure,
  geography: row.geography,
  note: row.note,
  createdAt: row.createdAt,
});

export function findIndicator(db: Db, id: string): Indicator | undefined {
  const row = db.select().from(indicators).where(eq(indicators.id, id)).get();
  return row && toIndicator(row);
}

export function listIndicators(db: Db, filter: { planId?: string; itemId?: string; after?: string; limit: number }) {
  return db
    .select()
    .from(indicators)
    .where(
      and(
        filter.planId ? eq(indicators.planId, filter.planId) : undefined,
        filter.itemId ? eq(indicators.itemId, filter.itemId) : undefined,
        filter.after ? gt(indicators.id, filter.after) : undefined,
      ),
    )
    .orderBy(asc(indicators.id))
    .limit(filter.limit)
    .all()
    .map(toIndicator);
}

export function insertIndicator(db: Db, input: IndicatorInput): Indicator {
  const { name, ...rest } = input;
  return toIndicator(db.insert(indicators).values({ ...rest, nameZh: name.zh, nameEn: name.en }).returning().get());
}
