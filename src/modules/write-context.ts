import type { Pause, Repos } from '../db/store.js';
import type { AuditAction } from '../domain/vocabulary.js';

/** One change a write made, as the audit log records it. */
export interface Change {
  action: AuditAction;
  entityType: 'source' | 'plan' | 'item' | 'unit' | 'target' | 'indicator' | 'observation' | 'key' | 'import';
  entityId: string | null;
  planId?: string | null;
  targetId?: string | null;
  indicatorId?: string | null;
}

/**
 * What a service writes through: the transaction, who is writing and when, and the changes it
 * reports, which the caller records in the audit log inside the same transaction.
 */
export interface WriteContext {
  readonly tx: Repos;
  /** The name of the key (or `seed`) the write is recorded under. */
  readonly actor: string;
  readonly at: string;
  /** Lets other requests run between the chunks of a long write (see Store.transaction). */
  readonly pause: Pause;
  record(change: Change): void;
}
