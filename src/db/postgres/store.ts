import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Column } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { dumpTables, loadTables } from '../copy.js';
import { insertWithPlaceholders, type Connection, type Database as QueryDatabase, type Engine, type Prepared } from '../database.js';
import { ConstraintViolation, WriteCollision, WritesUnavailable } from '../errors.js';
import { createRepos } from '../repos.js';
import type { Store, TransactionOptions } from '../store.js';
import { tables } from './schema.js';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations/postgres');
/** The advisory lock key instances take to migrate, seed or do anything else one at a time. */
const EXCLUSIVE_LOCK = 7_410_912_001;

export interface PostgresOptions {
  /** The schema the tables live in (and the migrations' own table). */
  schema: string;
  poolSize: number;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', '57P01', '57P02', '57P03']);

/** PostgreSQL's errors in the store's own terms. */
export function translatePostgresError(error: unknown): unknown {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const code = String((cause as { code?: string }).code ?? '');
  const message = (cause as Error).message ?? String(cause);
  if (code === '23505') return new ConstraintViolation('unique', message);
  if (code === '23503') return new ConstraintViolation('foreign_key', message);
  if (code === '23514') return new ConstraintViolation('check', message);
  if (code === '40P01') return new WriteCollision('it deadlocked with a concurrent write to the same figures or targets');
  if (code === '40001') return new WriteCollision('a concurrent write changed the same rows');
  if (code === '25006') return new WritesUnavailable('the database is read-only');
  if (code === '53100') return new WritesUnavailable('the disk holding the database is full');
  if (CONNECTION_CODES.has(code) || code.startsWith('08')) return new WritesUnavailable(`the database cannot be reached (${code})`);
  return error;
}

function connectionTo(db: NodePgDatabase<typeof tables> | Parameters<Parameters<NodePgDatabase['transaction']>[0]>[0]): Connection {
  const statements = new Map<string, Prepared<unknown>>();
  const queryDb = db as unknown as QueryDatabase;
  const engine: Engine = {
    name: 'postgres',
    // Named statements are parsed and planned once per pooled connection by the server.
    prepared(name, build) {
      let statement = statements.get(name);
      if (!statement) statements.set(name, (statement = build().prepare(name)));
      return statement as never;
    },
    containsText(column: Column, pattern: unknown) {
      return sql`${column} ILIKE ${pattern} ESCAPE '\\'`;
    },
    maxBoundValues: 65_535,
    insertRows: (table, columns, rows) => insertWithPlaceholders({ db: queryDb, engine }, table, columns, rows),
    // PostgreSQL locks the rows of a SELECT … ORDER BY … FOR UPDATE as they leave the sort, in order.
    async lockRows(table, where, orderBy) {
      await (db as NodePgDatabase)
        .select({ held: sql`1` })
        .from(table as never)
        .where(where)
        .orderBy(...(orderBy as never[]))
        .for('update');
    },
  };
  return { db: queryDb, tables: tables as never, engine };
}

export async function openPostgresStore(url: string, options: PostgresOptions): Promise<Store> {
  const schema = options.schema;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    options: `-c search_path=${schema}`,
    application_name: 'policy-target-tracker',
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it, and the next query reports any outage.
  });
  const db = drizzle(pool, { schema: tables });
  try {
    const client = await pool.connect();
    try {
      // Instances starting together migrate one after the other (CREATE SCHEMA IF NOT EXISTS itself races).
      await client.query('SELECT pg_advisory_lock($1)', [EXCLUSIVE_LOCK]);
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
        await migrate(drizzle(client), { migrationsFolder: MIGRATIONS, migrationsSchema: schema });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [EXCLUSIVE_LOCK]);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const { rows } = await pool.query<{ transaction_read_only: string }>('SHOW transaction_read_only');
  const writesRefused = rows[0]?.transaction_read_only === 'on' ? 'the database is a read-only replica' : null;

  const rootRepos = createRepos(connectionTo(db));
  const pause = () => new Promise<void>((done) => setImmediate(done));

  async function inTransaction<T>(work: (connection: Connection) => Promise<T>, options: TransactionOptions): Promise<T> {
    if (writesRefused) throw new WritesUnavailable(writesRefused);
    try {
      return await db.transaction(async (tx) => {
        // A statement's cached plan was made for the tables as they were; a write can grow them many times
        // over before it commits (an import into a new database), and a plan made for ten rows scans them all.
        await tx.execute(sql`SET LOCAL plan_cache_mode = force_custom_plan`);
        if (options.exclusive) await tx.execute(sql`SELECT pg_advisory_xact_lock(${EXCLUSIVE_LOCK})`);
        const connection = connectionTo(tx);
        const result = await work(connection);
        if (options.advancesDataVersion !== false) await createRepos(connection).dataVersion.advance();
        return result;
      });
    } catch (error) {
      throw translatePostgresError(error);
    }
  }

  return {
    ...rootRepos,
    engine: 'postgres',
    writesRefused,
    transaction: (work, options = {}) => inTransaction((connection) => work(createRepos(connection), pause), options),
    dump: () => dumpTables(connectionTo(db)),
    load: (pages) =>
      inTransaction(async (connection) => {
        await loadTables(connection, pages, pause);
        // Rows keep their ids; the identity column then continues after the largest.
        await (connection.db as unknown as NodePgDatabase).execute(
          sql`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((SELECT max(id) FROM audit_log), 0) + 1, false)`,
        );
      }, {}),
    translateError: translatePostgresError,
    // PostgreSQL checks its pages and every constraint as it writes: there is nothing to run afterwards.
    verify: async () => [],

    async close() {
      await pool.end();
    },
  };
}
