import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import type { Config } from '../src/config.js';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789';
/** Headers of a request made with the admin key the test app accepts. */
export const admin = { authorization: `Bearer ${TEST_ADMIN_KEY}` };

/** The real app on a fresh in-memory database with the real migrations; seeded only when asked. */
export function buildTestApp({ seed = false, ...settings }: { seed?: boolean } & Partial<Config> = {}): Promise<FastifyInstance> {
  return buildApp({
    DATABASE_URL: ':memory:',
    LOG_LEVEL: 'silent',
    SEED_ON_START: seed,
    TRACKER_ADMIN_KEY: TEST_ADMIN_KEY,
    ...settings,
  });
}

/** Every row of every table, in a stable order: equal snapshots mean the database content did not change. */
export function snapshotDatabase(app: FastifyInstance): string {
  const sqlite = app.db.$client;
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}" order by rowid`).all()]));
}

export function withKey(secret: string) {
  return { authorization: `Bearer ${secret}` };
}
