import { asc, getTableColumns, type Column } from 'drizzle-orm';
import { rowsPerInsert, type Connection, type Tables } from './database.js';
import { after } from './keyset.js';
import type { Pause } from './store.js';

/**
 * Each table's key, by which it is read a page at a time. The data version is not data (it only
 * names cached answers): a copy starts its own.
 */
const KEYS: { [T in Exclude<keyof Tables, 'dataVersion'>]: (keyof Tables[T]['$inferSelect'])[] } = {
  sources: ['id'],
  sourceAliases: ['alias'],
  plans: ['id'],
  planItems: ['planId', 'id'],
  units: ['code'],
  targets: ['planId', 'id'],
  indicators: ['planId', 'id'],
  observations: ['id'],
  observationVersions: ['observationId', 'version'],
  apiKeys: ['id'],
  auditLog: ['id'],
  idempotencyKeys: ['owner', 'key'],
};

const PAGE = 1000;

export type TablePage = { table: string; rows: Record<string, unknown>[] };

/** Every row of every table, tables in dependency order (as declared), each in key order. */
export async function* dumpTables({ db, tables }: Connection): AsyncGenerator<TablePage> {
  for (const name of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
    const table = tables[name];
    const columns = getTableColumns(table) as Record<string, Column>;
    const key = KEYS[name].map((column) => columns[column as string]);
    let last: unknown[] | undefined;
    for (;;) {
      const rows = (await db
        .select()
        .from(table)
        .where(last ? after(key, last) : undefined)
        .orderBy(...key.map((column) => asc(column)))
        .limit(PAGE)) as Record<string, unknown>[];
      if (rows.length) yield { table: name, rows };
      if (rows.length < PAGE) break;
      last = KEYS[name].map((column) => rows[rows.length - 1][column as string]);
    }
  }
}

/** Writes pages given by dumpTables into empty tables, pausing between pages. */
export async function loadTables({ db, tables, engine }: Connection, pages: AsyncIterable<TablePage>, pause: Pause): Promise<void> {
  for await (const { table, rows } of pages) {
    const target = tables[table as keyof Tables];
    const perStatement = rowsPerInsert(engine, Object.keys(getTableColumns(target)).length);
    for (let start = 0; start < rows.length; start += perStatement) {
      await db.insert(target).values(rows.slice(start, start + perStatement) as never);
    }
    await pause();
  }
}
