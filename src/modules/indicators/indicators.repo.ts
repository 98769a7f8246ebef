import { and, asc, eq, sql } from 'drizzle-orm';
import type { Connection } from '../../db/database.js';
import { after } from '../../db/keyset.js';
import type { Indicator, IndicatorInput } from './indicators.schemas.js';

export function indicatorsRepo({ db, tables, engine }: Connection) {
  const { indicators } = tables;
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
  const byKey = engine.prepared('indicators.byKey', () =>
    db
      .select()
      .from(indicators)
      .where(and(eq(indicators.planId, sql.placeholder('planId')), eq(indicators.id, sql.placeholder('id'))))
      .limit(1),
  );
  const firstById = engine.prepared('indicators.firstById', () =>
    db
      .select()
      .from(indicators)
      .where(eq(indicators.id, sql.placeholder('id')))
      .orderBy(asc(indicators.createdAt), asc(indicators.planId))
      .limit(1),
  );

  return {
    async find(planId: string, id: string): Promise<Indicator | undefined> {
      const [row] = await byKey.execute({ planId, id });
      return row && toIndicator(row);
    },

    /** The indicator an unscoped id names: the first one created with it. */
    async findFirst(id: string): Promise<Indicator | undefined> {
      const [row] = await firstById.execute({ id });
      return row && toIndicator(row);
    },

    /** A page in (id, planId) order. */
    async list(filter: { planId?: string; itemId?: string; after?: [string, string]; limit: number }): Promise<Indicator[]> {
      const rows = await db
        .select()
        .from(indicators)
        .where(
          and(
            filter.planId ? eq(indicators.planId, filter.planId) : undefined,
            filter.itemId ? eq(indicators.itemId, filter.itemId) : undefined,
            filter.after ? after([indicators.id, indicators.planId], filter.after) : undefined,
          ),
        )
        .orderBy(asc(indicators.id), asc(indicators.planId))
        .limit(filter.limit);
      return rows.map(toIndicator);
    },

    async insert(input: IndicatorInput): Promise<Indicator> {
      const { name, ...rest } = input;
      const [row] = await db
        .insert(indicators)
        .values({ ...rest, nameZh: name.zh, nameEn: name.en })
        .returning();
      return toIndicator(row);
    },
  };
}

export type IndicatorsRepo = ReturnType<typeof indicatorsRepo>;
