import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';

/** The real app on a fresh in-memory database with the real migrations; seeded only when asked. */
export function buildTestApp({ seed = false } = {}): Promise<FastifyInstance> {
  return buildApp({ DATABASE_URL: ':memory:', LOG_LEVEL: 'silent', SEED_ON_START: seed });
}
