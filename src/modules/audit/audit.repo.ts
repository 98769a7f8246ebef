import { and, asc, eq, gte, lt, or } from 'drizzle-orm';
import type { Connection } from '../../db/database.js';
import { after } from '../../db/keyset.js';
import type { AuditEntry } from './audit.schemas.js';

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at: string };

/** The number an audit entry's id carries: the order it was written in. */
export const auditSequenceOf = (id: string) => Number(id.slice('audit-'.length));

/** Instants are stored as UTC ISO strings, so that text order is time order. */
const utc = (instant: string) => new Date(instant).toISOString();

export function auditRepo({ db, tables, engine }: Connection) {
  const { auditLog } = tables;
  const COLUMNS = ['at', 'keyId', 'keyName', 'method', 'path', 'action', 'entityType', 'entityId', 'planId', 'targetId', 'indicatorId', 'requestId'] as const;

  return {
    /** Records writes inside the transaction that made them. */
    async insertMany(entries: NewAuditEntry[]): Promise<void> {
      await engine.insertRows(auditLog, COLUMNS, entries);
    },

    async list(filter: {
      key?: string;
      planId?: string;
      targetId?: string;
      indicatorId?: string;
      since?: string;
      until?: string;
      afterId?: number;
      limit: number;
    }): Promise<AuditEntry[]> {
      const rows = await db
        .select()
        .from(auditLog)
        .where(
          and(
            filter.key ? or(eq(auditLog.keyId, filter.key), eq(auditLog.keyName, filter.key)) : undefined,
            filter.planId ? eq(auditLog.planId, filter.planId) : undefined,
            filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
            filter.indicatorId ? eq(auditLog.indicatorId, filter.indicatorId) : undefined,
            filter.since ? gte(auditLog.at, utc(filter.since)) : undefined,
            filter.until ? lt(auditLog.at, utc(filter.until)) : undefined,
            filter.afterId !== undefined ? after([auditLog.id], [filter.afterId]) : undefined,
          ),
        )
        .orderBy(asc(auditLog.id))
        .limit(filter.limit);
      return rows.map((row) => ({ ...row, id: `audit-${row.id}` }));
    },
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;
