import { and, asc, eq, gt, gte, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import type { AuditEntry } from './audit.schemas.js';

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

export function insertAuditEntries(db: Db, entries: NewAuditEntry[]) {
  // Chunks keep each statement under SQLite's limit on bound variables.
  for (let start = 0; start < entries.length; start += 500) {
    db.insert(auditLog).values(entries.slice(start, start + 500)).run();
  }
}

/** Instants are stored as UTC ISO strings, so that text order is time order. */
const utc = (instant: string) => new Date(instant).toISOString();

export function listAudit(
  db: Db,
  filter: { key?: string; targetId?: string; indicatorId?: string; since?: string; until?: string; afterId?: number; limit: number },
): AuditEntry[] {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        filter.key ? or(eq(auditLog.keyId, filter.key), eq(auditLog.keyName, filter.key)) : undefined,
        filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
        filter.indicatorId ? eq(auditLog.indicatorId, filter.indicatorId) : undefined,
        filter.since ? gte(auditLog.at, utc(filter.since)) : undefined,
        filter.until ? lt(auditLog.at, utc(filter.until)) : undefined,
        filter.afterId !== undefined ? gt(auditLog.id, filter.afterId) : undefined,
      ),
    )
    .orderBy(asc(auditLog.id))
    .limit(filter.limit)
    .all();
}
