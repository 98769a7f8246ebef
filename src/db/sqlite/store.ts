import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { getTableColumns, getTableName, sql, type Column } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { dumpTables, loadTables } from '../copy.js';
import type { Connection, Database as QueryDatabase, Engine, Prepared } from '../database.js';
import { ConstraintViolation, WritesUnavailable } from '../errors.js';
import { Lock } from '../lock.js';
import { createRepos } from '../repos.js';
import { startCheckpointer } from './checkpointer.js';
import type { Store, TransactionOptions } from '../store.js';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema.js';

/** How often the write-ahead log is copied back into the database file. */
const CHECKPOINT_INTERVAL_MS = 1000;
const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations/sqlite');

/** DATABASE_URL for SQLite: a file path, `file:<path>`, or `:memory:`. */
export function sqlitePath(url: string): string {
  return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

export interface SqliteOptions {
  /**
   * How long a write waits for another process's write lock before giving up (SQLite waits by
   * sleeping, which blocks the event loop): short for the service, which answers 503 and lets the
   * client retry; long for one-off commands.
   */
  busyTimeoutMs: number;
}

/*
 * Settings for a server holding a million figures:
 * - WAL: readers never wait for the writer and see the last commit, so reads go on during a long import;
 * - synchronous=NORMAL: in WAL, a commit survives a process crash; only a power cut can lose the
 *   last commits, never corrupt the file (the durability every other engine defaults to);
 * - foreign_keys: SQLite leaves them off unless asked;
 * - cache_size 32 MiB for the reading connection: the hot indexes of a million-row database; 1 MiB
 *   for the writer, so that a large import's dirty pages spill to the log as it goes (between its
 *   pauses) instead of piling up for its COMMIT, which holds the event loop (measured: a 100,000-row
 *   import ran faster, and stalled /health less, than with 32 MiB);
 * - no mmap: pages mapped from the file count in the process's resident memory, up to the whole
 *   mapping (128 MiB made RSS pass 300 MB at idle on a million figures); the 32 MiB cache holds the hot
 *   pages, and the rest are read from the OS page cache, which the kernel keeps outside the process;
 * - temp_store=MEMORY: sorts and temporary indexes never touch the disk.
 */
function configure(connection: Database.Database, options: SqliteOptions, readonly: boolean) {
  if (!readonly && connection.name !== ':memory:') connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma(`busy_timeout = ${Math.round(options.busyTimeoutMs)}`);
  connection.pragma(`cache_size = ${readonly ? -32768 : -1024}`);
  connection.pragma('mmap_size = 0');
  connection.pragma('temp_store = MEMORY');
}

/** Why a file cannot take writes, or null when it can. */
function whyReadOnly(path: string): string | null {
  const target = existsSync(path) ? path : dirname(resolve(path));
  try {
    accessSync(target, constants.W_OK);
    // WAL needs its -wal and -shm files beside the database.
    accessSync(dirname(resolve(path)), constants.W_OK);
    return null;
  } catch (error) {
    return `the database file ${path} is read-only (${(error as NodeJS.ErrnoException).code})`;
  }
}

/**
 * Migrations rebuild tables, which SQLite only allows safely with foreign keys off (they are ignored
 * inside the migration's transaction); every reference is checked before they are turned back on.
 */
function runMigrations(connection: Database.Database) {
  connection.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle(connection), { migrationsFolder: MIGRATIONS });
    const broken = connection.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`the migration left ${broken.length} broken reference(s): ${JSON.stringify(broken.slice(0, 5))}`);
  } finally {
    connection.pragma('foreign_keys = ON');
  }
}

/** SQLite's errors in the store's own terms. */
export function translateSqliteError(error: unknown): unknown {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const code = (cause as { code?: string }).code ?? '';
  const message = (cause as Error).message ?? String(cause);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new ConstraintViolation('unique', message);
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new ConstraintViolation('foreign_key', message);
  if (code === 'SQLITE_CONSTRAINT_CHECK') return new ConstraintViolation('check', message);
  if (code === 'SQLITE_FULL') return new WritesUnavailable('the disk holding the database is full');
  if (code.startsWith('SQLITE_READONLY')) return new WritesUnavailable('the database is read-only');
  if (code === 'SQLITE_BUSY') return new WritesUnavailable('another process is writing to the database; retry shortly');
  return error;
}

/** Rows per statement of a bulk insert: SQLite binds at most 32 766 values, and 100 rows is past the point of diminishing returns. */
const ROWS_PER_INSERT = 100;

function connectionTo(connection: Database.Database): Connection {
  const statements = new Map<string, Prepared<unknown>>();
  const inserts = new Map<string, Database.Statement>();

  /** INSERT of `count` rows, compiled once per table, columns and size. */
  function insertStatement(table: SQLiteTable, columns: readonly string[], count: number) {
    const key = `${getTableName(table)}:${columns.join(',')}:${count}`;
    let statement = inserts.get(key);
    if (!statement) {
      const names = columns.map((column) => `"${(getTableColumns(table)[column] as Column).name}"`).join(', ');
      const row = `(${columns.map(() => '?').join(', ')})`;
      statement = connection.prepare(`INSERT INTO "${getTableName(table)}" (${names}) VALUES ${Array(count).fill(row).join(', ')}`);
      inserts.set(key, statement);
    }
    return statement;
  }
  const engine: Engine = {
    name: 'sqlite',
    prepared(name, build) {
      let statement = statements.get(name);
      if (!statement) statements.set(name, (statement = build().prepare()));
      return statement as never;
    },
    containsText(column: Column, pattern: unknown) {
      // LIKE ignores case (of Latin letters; Chinese has none) on SQLite.
      return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
    },
    maxBoundValues: 32_766,
    // SQLite runs one write transaction at a time: it holds every row already.
    lockRows: async () => {},
    async insertRows(table, columns, rows) {
      // Only JSON columns need encoding; text and numbers go to SQLite as they are.
      const encoders = columns.map((column) => {
        const definition = (getTableColumns(table) as Record<string, Column>)[column];
        return definition.columnType === 'SQLiteTextJson' ? (value: unknown) => definition.mapToDriverValue(value) : null;
      });
      const flat = (slice: readonly Record<string, unknown>[]) => {
        const values: unknown[] = [];
        for (const row of slice) {
          columns.forEach((column, i) => {
            const value = row[column] ?? null;
            values.push(value !== null && encoders[i] ? encoders[i]!(value) : value);
          });
        }
        return values;
      };
      let start = 0;
      for (; start + ROWS_PER_INSERT <= rows.length; start += ROWS_PER_INSERT) {
        insertStatement(table as SQLiteTable, columns, ROWS_PER_INSERT).run(flat(rows.slice(start, start + ROWS_PER_INSERT)));
      }
      if (start < rows.length) insertStatement(table as SQLiteTable, columns, rows.length - start).run(flat(rows.slice(start)));
    },
  };
  return { db: drizzle(connection, { schema: schema.tables }) as unknown as QueryDatabase, tables: schema.tables, engine };
}

/** Checkpoints from a worker thread rather than inside COMMITs on the event loop (see checkpointer.ts). */
function checkpointInBackground(writer: Database.Database, path: string) {
  const automatic = writer.pragma('wal_autocheckpoint', { simple: true });
  writer.pragma('wal_autocheckpoint = 0');
  return startCheckpointer(path, CHECKPOINT_INTERVAL_MS, () => {
    if (writer.open) writer.pragma(`wal_autocheckpoint = ${automatic}`);
  });
}

export async function openSqliteStore(url: string, options: SqliteOptions): Promise<Store> {
  const path = sqlitePath(url);
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const readOnlyReason = inMemory ? null : whyReadOnly(path);

  const writer = new Database(path, { readonly: readOnlyReason !== null, fileMustExist: readOnlyReason !== null });
  configure(writer, options, readOnlyReason !== null);
  try {
    if (readOnlyReason === null) runMigrations(writer);
    else migrate(drizzle(writer), { migrationsFolder: MIGRATIONS });
  } catch (error) {
    writer.close();
    if (readOnlyReason) throw new Error(`${readOnlyReason} and needs migrating first: ${(error as Error).message}`);
    throw error;
  }
  // A second connection for reads: in WAL it sees the last commit while a transaction is open on
  // the writer. An in-memory database is one connection's alone, so there it reads on the writer.
  const reader = inMemory ? writer : new Database(path, { readonly: true });
  if (reader !== writer) configure(reader, options, true);
  const checkpointer = inMemory || readOnlyReason ? null : checkpointInBackground(writer, path);

  const writerConnection = connectionTo(writer);
  const readRepos = createRepos(reader === writer ? writerConnection : connectionTo(reader));
  const lock = new Lock();
  // Pausing inside a transaction lets other requests run; they read on the other connection. With
  // one connection they would read the transaction's uncommitted rows, so an in-memory database never pauses.
  const pause = inMemory ? async () => {} : () => new Promise<void>((done) => setImmediate(done));

  /** BEGIN IMMEDIATE takes the write lock at once: one writer at a time, in this process and any other. */
  function inTransaction<T>(work: (connection: Connection) => Promise<T>, options: TransactionOptions): Promise<T> {
    if (readOnlyReason) return Promise.reject(new WritesUnavailable(readOnlyReason));
    return lock.run(async () => {
      try {
        writer.exec('BEGIN IMMEDIATE');
        const result = await work(writerConnection);
        if (options.advancesDataVersion !== false) await createRepos(writerConnection).dataVersion.advance();
        writer.exec('COMMIT');
        return result;
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw translateSqliteError(error);
      }
    });
  }

  return {
    ...readRepos,
    engine: 'sqlite',
    writesRefused: readOnlyReason,
    transaction: (work, options = {}) => inTransaction((connection) => work(createRepos(connection), pause), options),
    dump: () => dumpTables(connectionTo(reader)),
    load: (pages) => inTransaction((connection) => loadTables(connection, pages, pause), {}),
    translateError: translateSqliteError,
    async verify() {
      const integrity = (reader.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
      const references = (reader.pragma('foreign_key_check') as object[]).map((row) => `broken reference: ${JSON.stringify(row)}`);
      return [...integrity.filter((line) => line !== 'ok'), ...references];
    },

    async close() {
      await lock.run(async () => {
        await checkpointer?.stop();
        if (reader !== writer) reader.close();
        writer.close();
      });
    },
  };
}
