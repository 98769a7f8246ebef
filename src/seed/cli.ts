import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { loadSeed } from './load.js';

const config = loadConfig();
const db = openDatabase(config.DATABASE_URL);
try {
  const report = loadSeed(db);
  console.log(`seed: ${report.created} created, ${report.unchanged} unchanged, ${report.kept.length} kept as edited`);
  for (const label of report.kept) console.log(`  kept (differs from seed/, not overwritten): ${label}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
