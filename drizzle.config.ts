import { defineConfig } from 'drizzle-kit';

/**
 * One configuration per engine, chosen by DB_ENGINE (`npm run db:generate` runs both): each engine
 * has its own schema module and its own migrations folder.
 */
const engines = {
  sqlite: { dialect: 'sqlite', schema: './src/db/sqlite/schema.ts', out: './migrations/sqlite' },
  postgresql: { dialect: 'postgresql', schema: './src/db/postgres/schema.ts', out: './migrations/postgres' },
} as const;

const engine = process.env.DB_ENGINE === 'postgresql' ? 'postgresql' : 'sqlite';

export default defineConfig(engines[engine]);
