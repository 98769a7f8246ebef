import pg from 'pg';
import { defineConfig } from 'vitest/config';

/** Tests that go through the store: they run once per engine. */
const STORE_TESTS = ['test/api/**/*.test.ts', 'test/store/**/*.test.ts', 'test/seed.test.ts'];

/**
 * The suite runs on SQLite always and, when TEST_DATABASE_URL names a reachable PostgreSQL, the
 * tests that touch the store run a second time on it. An unreachable one is skipped with one line.
 */
async function postgresReachable(url: string | undefined): Promise<boolean> {
  if (!url) {
    console.warn('TEST_DATABASE_URL is not set: the PostgreSQL run is skipped (set it to postgres://… to run the suite on PostgreSQL too)');
    return false;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    console.warn(`TEST_DATABASE_URL is set but PostgreSQL cannot be reached (${(error as Error).message}): the PostgreSQL run is skipped`);
    return false;
  }
}

export default defineConfig(async () => {
  const postgres = await postgresReachable(process.env.TEST_DATABASE_URL);
  const common = { testTimeout: 30_000, hookTimeout: 60_000, setupFiles: ['test/contract-setup.ts'] };
  return {
    test: {
      projects: [
        { test: { ...common, name: 'sqlite', include: ['test/**/*.test.ts'], env: { TEST_ENGINE: 'sqlite' } } },
        ...(postgres ? [{ test: { ...common, name: 'postgres', include: STORE_TESTS, env: { TEST_ENGINE: 'postgres' } } }] : []),
      ],
    },
  };
});
