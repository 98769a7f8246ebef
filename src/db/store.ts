import type { Repos } from './repos.js';

export type { Repos };

export interface TransactionOptions {
  /** false for bookkeeping (an idempotency claim) that changes no answer a cache could hold. */
  advancesDataVersion?: boolean;
  /** Runs after every other exclusive transaction, on any instance (loading the seed into an empty database). */
  exclusive?: boolean;
}

/** Lets other requests run between the chunks of a long write, where the engine makes that safe. */
export type Pause = () => Promise<void>;

/**
 * The persistence of the service: every module's repository, reading outside any transaction, and
 * transactions for writes. Built from DATABASE_URL by openStore (src/db/open.ts); routes and services
 * see only this.
 */
export interface Store extends Repos {
  readonly engine: 'sqlite' | 'postgres';
  /** Why the database takes no writes (a read-only file, a full disk), or null when it does. */
  readonly writesRefused: string | null;
  /**
   * Runs `work` in one transaction: everything it writes commits together when it resolves, or not at
   * all when it throws. Every committed transaction advances the data version unless told otherwise.
   */
  transaction<T>(work: (tx: Repos, pause: Pause) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Every row of every table, table by table in dependency order, a page at a time: for copies and checks. */
  dump(): AsyncIterable<{ table: string; rows: Record<string, unknown>[] }>;
  /** Writes rows given by dump() into this (empty) store, in one transaction. */
  load(pages: AsyncIterable<{ table: string; rows: Record<string, unknown>[] }>): Promise<void>;
  /** What the engine finds wrong with the database file itself (SQLite's integrity and foreign-key checks); empty when sound. */
  verify(): Promise<string[]>;
  /** An engine's error in the store's terms (ConstraintViolation, WritesUnavailable), or the error itself. */
  translateError(error: unknown): unknown;
  close(): Promise<void>;
}
