import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run db:generate`: drizzle-kit generates each engine's migration from its schema. PostgreSQL's
 * foreign keys come out qualified with the `public` schema; the service can live in any schema
 * (DATABASE_SCHEMA, found through search_path), so that qualification is taken out.
 */
const name = process.argv[2];
for (const engine of ['sqlite', 'postgresql']) {
  execFileSync('npx', ['drizzle-kit', 'generate', ...(name ? ['--name', name] : [])], {
    stdio: 'inherit',
    env: { ...process.env, DB_ENGINE: engine },
  });
}
const folder = 'migrations/postgres';
for (const file of readdirSync(folder).filter((entry) => entry.endsWith('.sql'))) {
  const path = join(folder, file);
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"public".', ''));
}
