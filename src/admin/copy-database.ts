import { parseArgs } from 'node:util';
import { copyDatabase } from '../db/copy-database.js';

/**
 * `npm run copy-database -- --from data/tracker.db --to postgres://…`: moves everything an existing
 * database holds (figures, versions, audit log, keys, idempotency records) into another, empty one,
 * on either engine, in one transaction on the receiving side.
 */
const USAGE = 'usage: npm run copy-database -- --from <DATABASE_URL> --to <DATABASE_URL> [--to-schema <PostgreSQL schema>]';

let args;
try {
  args = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, 'to-schema': { type: 'string' } }, strict: true }).values;
  if (!args.from || !args.to) throw new Error('--from and --to are both needed');
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
try {
  const counts = await copyDatabase(args.from!, args.to!, { toSchema: args['to-schema'] });
  console.log(Object.entries(counts).map(([table, rows]) => `${table}: ${rows}`).join('\n'));
  console.error(`copied ${args.from} into ${args.to}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
