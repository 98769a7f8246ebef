import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const milliseconds = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('data/tracker.db'),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a PostgreSQL schema name: lower-case letters, digits and underscores')
    .default('public'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_START: booleanFlag.default(true),
  TRACKER_ADMIN_KEY: z
    .string()
    .min(16, 'must be at least 16 characters: it grants admin access')
    .regex(/^\S+$/, 'must not contain spaces: an Authorization header could never carry it')
    .optional()
    .describe('Accepted as an admin API key, so that a fresh deployment can start without a manual step'),
  READ_ACCESS: z.enum(['public', 'key']).default('public'),
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().min(24).default(24),
  IDEMPOTENCY_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).default(100_000),
  ANSWER_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(32 * 1024 * 1024)
    .describe('How many bytes of computed answers (progress) are kept for reuse until the next write'),
  REQUEST_TIMEOUT_MS: milliseconds(120_000).describe('A request (headers and body) must arrive within this; then 408'),
  HEADERS_TIMEOUT_MS: milliseconds(10_000).describe("A request's headers must arrive within this; then the connection is closed"),
  KEEP_ALIVE_TIMEOUT_MS: milliseconds(5_000).describe('An idle keep-alive connection is closed after this'),
  MAX_CONNECTIONS: z.coerce.number().int().min(1).default(10_000).describe('Open connections at most; more are refused'),
  SHUTDOWN_TIMEOUT_MS: milliseconds(8_000).describe('On SIGTERM/SIGINT, requests under way get this long to finish; then connections are closed'),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).default(600).describe('Writes one key may make a minute (0: no limit)'),
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .default(30)
    .describe('Requests with a missing or wrong key one address may make a minute before 429 (0: no limit)'),
  MAX_EVENT_LOOP_DELAY_MS: milliseconds(1_000).describe('Past this event-loop delay requests get 503 with Retry-After (0: never)'),
  MAX_RSS_BYTES: z.coerce.number().int().min(0).default(2 * 1024 ** 3).describe('Past this resident memory requests get 503 with Retry-After (0: never)'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((text) => text.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.literal('*'), z.url().regex(/^https?:\/\/[^/]+$/, 'an origin is a scheme and a host: https://example.org')])))
    .describe('Origins (comma-separated, or *) whose pages may call the API from a browser; empty: none'),
  VALIDATE_RESPONSES: booleanFlag
    .default(false)
    .describe("Check every response against its schema (zod) before sending it: on in the test suite, off in service for speed"),
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(64 * 1024 * 1024),
});

export type Config = z.output<typeof configSchema>;

/** Every setting at its default, as an empty environment gives them. */
export const DEFAULT_CONFIG: Config = configSchema.parse({});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
