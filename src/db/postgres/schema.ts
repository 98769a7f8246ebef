import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import {
  check,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  uniqueIndex,
  type AnyPgColumn,
  type PgColumnBuilderBase,
  type PgTableWithColumns,
} from 'drizzle-orm/pg-core';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from '../sqlite/schema.js';

/*
 * PostgreSQL's tables, derived from the SQLite declaration (src/db/sqlite/schema.ts) so that the two
 * engines can never disagree on a table, a column, a key or an index. drizzle-kit reads this module
 * to generate migrations/postgres. Types map as: text → text (byte-ordered), JSON text → jsonb, integer → integer
 * (an autoincrement key → an identity column), real → double precision; the SQLite clock default
 * becomes PostgreSQL's.
 */

const INSTANT_DEFAULT = sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Text compared byte by byte, as SQLite compares it: ids and ISO dates then sort (and pages walk)
 * the same on both engines, whatever the database's locale.
 */
const text = customType<{ data: string; driverData: string }>({ dataType: () => 'text COLLATE "C"' });

function columnOf(column: SQLiteColumn): PgColumnBuilderBase {
  let builder;
  switch (column.columnType) {
    case 'SQLiteText':
      builder = text(column.name);
      break;
    case 'SQLiteTextJson':
      builder = jsonb(column.name);
      break;
    case 'SQLiteInteger':
      builder = (column as SQLiteColumn & { autoIncrement?: boolean }).autoIncrement
        ? integer(column.name).generatedByDefaultAsIdentity()
        : integer(column.name);
      break;
    case 'SQLiteReal':
      builder = doublePrecision(column.name);
      break;
    default:
      throw new Error(`no PostgreSQL type for ${column.columnType} (${column.name})`);
  }
  if (column.notNull) builder = builder.notNull();
  if (column.primary) builder = builder.primaryKey();
  if (column.isUnique) builder = builder.unique(column.uniqueName);
  if (column.default === sqliteSchema.INSTANT_DEFAULT) builder = builder.default(INSTANT_DEFAULT);
  else if (column.hasDefault && column.default !== undefined) builder = builder.default(column.default as never);
  return builder;
}

type AnyPgTable = PgTableWithColumns<any>;
const derived = new Map<SQLiteTable, AnyPgTable>();

/** The JS key of each column, by its name in the database. */
const keysByName = (table: SQLiteTable) =>
  new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [column.name, key]));

/** The PostgreSQL columns (of `pg`, derived from `table`) standing for some of the SQLite table's columns. */
function columnsIn(table: SQLiteTable, pg: Record<string, unknown>, columns: { name: string }[]) {
  const keys = keysByName(table);
  return columns.map((column) => pg[keys.get(column.name)!] as AnyPgColumn) as [AnyPgColumn, ...AnyPgColumn[]];
}

function derive(table: SQLiteTable): AnyPgTable {
  const config = getTableConfig(table);
  const columns = Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => [key, columnOf(column as SQLiteColumn)]),
  );
  // Keys and indexes are built when drizzle asks for them, by which time every table is derived.
  const pg = pgTable(config.name, columns, (self) => [
    ...config.primaryKeys.map((key) => primaryKey({ columns: columnsIn(table, self, key.columns) })),
    ...config.foreignKeys.map((key) => {
      const { columns: own, foreignTable, foreignColumns } = key.reference();
      return foreignKey({
        columns: columnsIn(table, self, own),
        foreignColumns: columnsIn(foreignTable, derived.get(foreignTable)!, foreignColumns),
      });
    }),
    ...config.indexes.map(({ config: entry }) => {
      const built = (entry.unique ? uniqueIndex : index)(entry.name).on(
        ...columnsIn(table, self, entry.columns as { name: string }[]),
      );
      return entry.where ? built.where(entry.where as SQL) : built;
    }),
    ...config.checks.map((entry) => check(entry.name, entry.value)),
  ]);
  derived.set(table, pg);
  return pg;
}

/** Each SQLite table's twin, derived in declaration order (a table only refers to tables declared before it). */
export const tables = Object.fromEntries(
  Object.entries(sqliteSchema.tables).map(([name, table]) => [name, derive(table)]),
) as Record<keyof typeof sqliteSchema.tables, AnyPgTable>;

export const {
  sources,
  sourceAliases,
  plans,
  planItems,
  units,
  targets,
  indicators,
  observations,
  observationVersions,
  apiKeys,
  auditLog,
  idempotencyKeys,
  dataVersion,
} = tables;
