import { openPostgresStore } from './postgres/store.js';
import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

export interface StoreOptions {
  /** SQLite: how long a write waits for another process's lock (the service keeps this short). */
  sqliteBusyTimeoutMs?: number;
  /** PostgreSQL: the schema holding the tables. */
  postgresSchema?: string;
  postgresPoolSize?: number;
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);

/**
 * Opens and migrates the database DATABASE_URL names: `postgres://…` is PostgreSQL; a file path,
 * `file:<path>` or `:memory:` is SQLite.
 */
export function openStore(url: string, options: StoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(url)) {
    return openPostgresStore(url, { schema: options.postgresSchema ?? 'public', poolSize: options.postgresPoolSize ?? 10 });
  }
  return openSqliteStore(url, { busyTimeoutMs: options.sqliteBusyTimeoutMs ?? 10_000 });
}
