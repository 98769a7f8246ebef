import { asc, eq, sql } from 'drizzle-orm';
import type { Connection } from '../../db/database.js';
import { after } from '../../db/keyset.js';
import type { Unit } from './units.schemas.js';

export function unitsRepo({ db, tables, engine }: Connection) {
  const { units } = tables;
  const toUnit = (row: typeof units.$inferSelect): Unit => ({
    code: row.code,
    name: { zh: row.nameZh, en: row.nameEn },
    aliases: row.aliases,
  });
  const byCode = engine.prepared('units.byCode', () => db.select().from(units).where(eq(units.code, sql.placeholder('code'))).limit(1));
  const everyUnit = engine.prepared('units.all', () => db.select().from(units).orderBy(asc(units.code)));

  return {
    async find(code: string): Promise<Unit | undefined> {
      const [row] = await byCode.execute({ code });
      return row && toUnit(row);
    },

    async list(page: { after?: string; limit: number }): Promise<Unit[]> {
      const rows = await db
        .select()
        .from(units)
        .where(page.after ? after([units.code], [page.after]) : undefined)
        .orderBy(asc(units.code))
        .limit(page.limit);
      return rows.map(toUnit);
    },

    /** Every unit with its words: what reading a printed unit needs (units are reference data, a few dozen). */
    async all(): Promise<Unit[]> {
      return (await everyUnit.execute()).map(toUnit);
    },

    async insert(unit: Unit): Promise<Unit> {
      const [row] = await db
        .insert(units)
        .values({ code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en, aliases: unit.aliases })
        .returning();
      return toUnit(row);
    },
  };
}

export type UnitsRepo = ReturnType<typeof unitsRepo>;
