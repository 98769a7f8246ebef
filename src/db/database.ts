import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { tables } from './sqlite/schema.js';

export type Tables = typeof tables;

/**
 * The query builder repositories write against, whatever the engine. drizzle's SQLite and PostgreSQL
 * builders share the methods repositories use (select, insert, update, delete, joins, returning,
 * onConflictDoNothing, awaited as promises), so repositories are written once and typed as the
 * SQLite builder; each engine hands them its own builder and its own tables (src/db/postgres derives
 * its tables from SQLite's, column for column). Engine-only methods (`.get()`, `.all()`, `.run()`,
 * `.for()`) are never used outside src/db, and the whole suite runs on both engines to prove it.
 */
export type Database = BaseSQLiteDatabase<'async', unknown, Tables>;

/** A statement prepared once for a connection, run with its placeholders' values. */
export interface Prepared<Row> {
  execute(values?: Record<string, unknown>): PromiseLike<Row>;
}

/** The LIKE pattern for "contains `text`", its wildcards taken literally (escaped with a backslash). */
export const containingPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** What differs between engines, for a repository's queries. */
export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  /**
   * A statement prepared once per connection under `name` (built on first use, kept after): drizzle
   * builds no SQL and the database compiles none when it runs again.
   */
  prepared<Row>(name: string, build: () => { prepare(name?: string): Prepared<Row> }): Prepared<Row>;
  /** A case-insensitive match of a text column against a pattern made by containingPattern (a value or a placeholder). */
  containsText(column: Column, pattern: unknown): SQL;
  /** How many values one statement can bind: multi-row inserts are cut to fit. */
  readonly maxBoundValues: number;
  /**
   * Inserts many rows (each giving every key in `columns`, in the table's JS keys) the fastest way
   * the engine has, inside the connection's transaction. For writes of thousands of rows.
   */
  insertRows(table: Tables[keyof Tables], columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void>;
  /**
   * Holds the rows `where` selects until the transaction ends, taking them in `orderBy` order, so that
   * writes which take them in the same order wait for one another instead of deadlocking.
   */
  lockRows(table: Tables[keyof Tables], where: SQL, orderBy: readonly Column[]): Promise<void>;
}

/** A database connection (or a transaction on one), as repositories are given it. */
export interface Connection {
  readonly db: Database;
  readonly tables: Tables;
  readonly engine: Engine;
}

/** Rows per multi-row insert, so that one statement binds no more values than the engine takes. */
export function rowsPerInsert(engine: Engine, columns: number): number {
  return Math.max(1, Math.floor(engine.maxBoundValues / columns));
}

/** The current UTC instant, as every timestamp column holds it. */
export const now = () => new Date().toISOString();

/**
 * Inserts rows a fixed-size batch at a time through a statement prepared once per connection, and
 * the remainder one row at a time: neither drizzle nor the database builds or compiles SQL per
 * row. `columns` are the keys every row gives. Each engine offers this through Engine.insertRows.
 */
export async function insertWithPlaceholders(
  { db, engine }: Pick<Connection, 'db' | 'engine'>,
  table: Tables[keyof Tables],
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  batch = 100,
): Promise<void> {
  const name = `${getTableName(table)}.insert`;
  const placeholders = (count: number) =>
    Array.from({ length: count }, (_, i) => Object.fromEntries(columns.map((column) => [column, sql.placeholder(`${column}_${i}`)])));
  const statement = (count: number) =>
    engine.prepared(`${name}${count}`, () => db.insert(table).values(placeholders(count) as never) as never);
  const values = (slice: readonly Record<string, unknown>[]) =>
    Object.fromEntries(slice.flatMap((row, i) => columns.map((column) => [`${column}_${i}`, row[column]])));
  let start = 0;
  for (; start + batch <= rows.length; start += batch) await statement(batch).execute(values(rows.slice(start, start + batch)));
  for (; start < rows.length; start += 1) await statement(1).execute(values(rows.slice(start, start + 1)));
}
