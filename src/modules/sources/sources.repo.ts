import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sources } from '../../db/schema.js';
import { precisionOf } from '../../http/common.schemas.js';
import type { Source, SourceInput } from './sources.schemas.js';

type SourceRow = typeof sources.$inferSelect;

export function toSource(row: SourceRow): Source {
  return { ...row, publishedOnPrecision: row.publishedOn ? precisionOf(row.publishedOn) : null };
}

export function findSource(db: Db, id: string): Source | undefined {
  const row = db.select().from(sources).where(eq(sources.id, id)).get();
  return row && toSource(row);
}

export function listSources(db: Db, filter: { kind?: SourceInput['kind']; after?: string; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(sources.kind, filter.kind));
  if (filter.after) conditions.push(gt(sources.id, filter.after));
  return db
    .select()
    .from(sources)
    .where(and(...conditions))
    .orderBy(asc(sources.id))
    .limit(filter.limit)
    .all()
    .map(toSource);
}

export function insertSource(db: Db, input: SourceInput): Source {
  return toSource(db.insert(sources).values(input).returning().get());
}
