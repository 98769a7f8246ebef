import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { ProblemError } from '../http/problem.js';
import { parseOrThrow } from '../http/validate.js';
import { keyInputSchema } from '../modules/keys/keys.schemas.js';
import { createKey } from '../modules/keys/keys.service.js';

/**
 * Makes an API key straight in the database, for a deployment that has no key
 * yet and no TRACKER_ADMIN_KEY: the one step that cannot go through the API.
 */
const USAGE = 'usage: npm run create-key -- --name NAME --scope read|write|admin';

let args;
try {
  args = parseArgs({ options: { name: { type: 'string' }, scope: { type: 'string' } }, strict: true }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const db = openDatabase(loadConfig().DATABASE_URL);
try {
  const key = createKey(db, parseOrThrow(keyInputSchema, args, 'options'), 'create-key');
  console.log(key.secret);
  console.error(`created ${key.scope} key "${key.name}" (${key.id}); the secret above is not shown again`);
} catch (error) {
  if (!(error instanceof ProblemError)) throw error;
  console.error([error.message, ...(error.errors ?? []).map((e) => `  ${e.field}: ${e.message}`), USAGE].join('\n'));
  process.exitCode = error.status === 409 ? 1 : 2;
} finally {
  db.$client.close();
}
