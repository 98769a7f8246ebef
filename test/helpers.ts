import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app.js';
import type { Config } from '../src/config.js';
import type { Store } from '../src/db/store.js';
import { checkContract } from './contract.js';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789';
/** Headers of a request made with the admin key the test app accepts. */
export const admin = { authorization: `Bearer ${TEST_ADMIN_KEY}` };

/**
 * The engine this run of the suite is on: vitest runs the API suite once per engine (vitest.config.ts).
 * On PostgreSQL each test file gets a schema of its own, emptied before every app and dropped after the file.
 */
export const ENGINE = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? '';

let schema: string | undefined;

async function postgresSchema(): Promise<string> {
  if (schema) return schema;
  schema = `test_${randomBytes(6).toString('hex')}`;
  afterAll(async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  return schema;
}

/** Empties every table of this file's schema, so that each app starts on an empty database. */
async function emptySchema(name: string) {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> '__drizzle_migrations'", [name]);
    if (rows.length) await client.query(`TRUNCATE ${rows.map((row) => `"${name}"."${row.tablename}"`).join(', ')} RESTART IDENTITY`);
  } finally {
    await client.end();
  }
}

/** The settings of a fresh, empty database on this run's engine. */
export async function testDatabase(): Promise<Partial<Config>> {
  if (ENGINE === 'sqlite') return { DATABASE_URL: ':memory:' };
  const name = await postgresSchema();
  await emptySchema(name);
  return { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: name, DATABASE_POOL_SIZE: 4 };
}

/**
 * Settings every test app runs with: quiet, checking every response against its schema, and without
 * the limits (tests write fast and block the event loop on purpose; the limits have tests of their own).
 */
export const TEST_SETTINGS: Partial<Config> = {
  LOG_LEVEL: 'silent',
  TRACKER_ADMIN_KEY: TEST_ADMIN_KEY,
  VALIDATE_RESPONSES: true,
  RATE_LIMIT_WRITES_PER_MINUTE: 0,
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: 0,
  MAX_EVENT_LOOP_DELAY_MS: 0,
};

/** The real app on a fresh, empty database with the real migrations; seeded only when asked. */
export async function buildTestApp({ seed = false, ...settings }: { seed?: boolean } & Partial<Config> = {}): Promise<FastifyInstance> {
  return checkContract(await buildApp({ ...(await testDatabase()), ...TEST_SETTINGS, SEED_ON_START: seed, ...settings }));
}

/** Every row of every table, in a stable order: equal snapshots mean the database content did not change. */
export async function snapshotStore(store: Store): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for await (const { table, rows } of store.dump()) (tables[table] ??= []).push(...rows);
  return tables;
}

export function withKey(secret: string) {
  return { authorization: `Bearer ${secret}` };
}

/**
 * Every row of every table (the migrations' own included), read straight from the engine without going
 * through the store: cheap enough to take before and after each of thousands of requests. SQLite needs
 * the app on a file (`DATABASE_URL`), which a second, read-only connection reads; PostgreSQL is read
 * through a client of its own on the schema `testDatabase()` gave.
 */
export interface RawSnapshots {
  /** Rows per table, each row as JSON text (columns by their SQL names), sorted. */
  take(): Promise<Map<string, string[]>>;
  close(): Promise<void>;
}

export async function rawSnapshots(settings: Partial<Config>): Promise<RawSnapshots> {
  if (ENGINE === 'sqlite') {
    const { default: Sqlite } = await import('better-sqlite3');
    const path = (settings.DATABASE_URL ?? '').replace(/^file:/, '');
    if (!path || path === ':memory:') throw new Error('rawSnapshots needs the app on a SQLite file');
    const db = new Sqlite(path, { readonly: true, fileMustExist: true });
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const selects = names.map((name) => [name, db.prepare(`SELECT * FROM "${name}"`)] as const);
    // PRAGMA data_version changes whenever another connection commits: unchanged, the rows are too.
    const version = db.prepare('PRAGMA data_version').pluck();
    let last: { stamp: unknown; tables: Map<string, string[]> } | undefined;
    return {
      async take() {
        const stamp = version.get();
        if (last && last.stamp === stamp) return last.tables;
        const tables = new Map(selects.map(([name, select]) => [name, (select.all() as object[]).map((row) => JSON.stringify(row)).sort()]));
        last = { stamp, tables };
        return tables;
      },
      async close() {
        db.close();
      },
    };
  }
  const schemaName = settings.DATABASE_SCHEMA!;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  const { rows } = await client.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename', [schemaName]);
  const query = rows.map(({ tablename }) => `SELECT '${tablename}' AS t, to_jsonb(x)::text AS r FROM "${schemaName}"."${tablename}" x`).join(' UNION ALL ');
  // Every commit writes to the WAL: while its insert position stands still, nothing was committed
  // (other files' tests on the same server move it too, which only costs a full read).
  let last: { stamp: string; tables: Map<string, string[]> } | undefined;
  return {
    async take() {
      const stamp = (await client.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn')).rows[0].lsn;
      if (last && last.stamp === stamp) return last.tables;
      const tables = new Map<string, string[]>(rows.map(({ tablename }) => [tablename, []]));
      for (const row of (await client.query<{ t: string; r: string }>(query)).rows) tables.get(row.t)!.push(row.r);
      for (const list of tables.values()) list.sort();
      last = { stamp, tables };
      return tables;
    },
    async close() {
      await client.end();
    },
  };
}

/** The rows one snapshot has and the other has not, table by table (empty when nothing changed). */
export function snapshotDiff(before: Map<string, string[]>, after: Map<string, string[]>) {
  const changes: { table: string; added: string[]; removed: string[] }[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(table) ?? [];
    const is = after.get(table) ?? [];
    if (was.length === is.length && was.every((row, i) => row === is[i])) continue;
    const wasSet = new Set(was);
    const isSet = new Set(is);
    changes.push({ table, added: is.filter((row) => !wasSet.has(row)), removed: was.filter((row) => !isSet.has(row)) });
  }
  return changes;
}

let secondSchema: string | undefined;

/**
 * A second service on a second fresh, empty database of this run's engine, for a test that needs two
 * at once (an export from one imported into another). On PostgreSQL it has a schema of its own beside
 * the file's, emptied here and dropped after the file; `buildTestApp` may still be called for the first.
 */
export async function buildSecondTestApp(settings: Partial<Config> = {}): Promise<FastifyInstance> {
  let database: Partial<Config> = { DATABASE_URL: ':memory:' };
  if (ENGINE === 'postgres') {
    if (!secondSchema) {
      const name = (secondSchema = `${await postgresSchema()}_b`);
      afterAll(async () => {
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
        await client.end();
      });
    }
    await emptySchema(secondSchema);
    database = { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: secondSchema, DATABASE_POOL_SIZE: 4 };
  }
  return buildApp({ ...database, LOG_LEVEL: 'silent', SEED_ON_START: false, TRACKER_ADMIN_KEY: TEST_ADMIN_KEY, VALIDATE_RESPONSES: true, ...settings });
}
