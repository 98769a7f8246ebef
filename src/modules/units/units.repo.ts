import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { units } from '../../db/schema.js';
import type { Unit } from './units.schemas.js';

const toUnit = (row: typeof units.$inferSelect): Unit => ({
  code: row.code,
  name: { zh: row.nameZh, en: row.nameEn },
  aliases: row.aliases,
});

export function listUnits(db: Db): Unit[] {
  return db.select().from(units).orderBy(asc(units.code)).all().map(toUnit);
}

export function findUnit(db: Db, code: string): Unit | undefined {
  const row = db.select().from(units).where(eq(units.code, code)).get();
  return row && toUnit(row);
}

export function insertUnit(db: Db, unit: Unit): Unit {
  return toUnit(
    db.insert(units).values({ code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en, aliases: unit.aliases }).returning().get(),
  );
}
