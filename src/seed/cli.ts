import { openConfiguredStore } from '../app.js';
import { loadConfig } from '../config.js';
import { loadSeed } from './load.js';

const store = await openConfiguredStore({ ...loadConfig(), SEED_ON_START: false });
try {
  const report = (await loadSeed(store))!;
  console.log(`seed: ${report.created} created, ${report.revised} corrected, ${report.unchanged} unchanged, ${report.kept.length} kept as edited`);
  for (const label of report.kept) console.log(`  kept (differs from seed/, not overwritten): ${label}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await store.close();
}
