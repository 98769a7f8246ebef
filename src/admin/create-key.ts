import { parseArgs } from 'node:util';
import { openConfiguredStore } from '../app.js';
import { loadConfig } from '../config.js';
import { now } from '../db/database.js';
import { Conflict, Invalid } from '../domain/errors.js';
import { keyInputSchema } from '../modules/keys/keys.schemas.js';
import { createKey } from '../modules/keys/keys.service.js';
import { parseInput } from '../modules/validate.js';

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
const store = await openConfiguredStore({ ...loadConfig(), SEED_ON_START: false });
try {
  const input = parseInput(keyInputSchema, args);
  const key = await store.transaction((tx, pause) =>
    createKey({ tx, actor: 'create-key', at: now(), pause, record: () => {} }, input),
  );
  console.log(key.secret);
  console.error(`created ${key.scope} key "${key.name}" (${key.id}); the secret above is not shown again`);
} catch (error) {
  if (error instanceof Invalid) {
    console.error([error.message, ...error.issues.map((e) => `  options.${e.field}: ${e.message}`), USAGE].join('\n'));
    process.exitCode = 2;
  } else if (error instanceof Conflict) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await store.close();
}
