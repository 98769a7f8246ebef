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
