import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ENGINE, TEST_SETTINGS, admin } from '../helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'tracker-checkpoint-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** How many figures the service on `path` holds for the container target. */
async function figuresIn(path: string): Promise<number> {
  const app = await buildApp({ ...TEST_SETTINGS, DATABASE_URL: path, SEED_ON_START: false });
  try {
    return (await app.inject('/v1/targets/port-container-throughput/observations?limit=500')).json().items.length;
  } finally {
    await app.close();
  }
}

// Committed writes go to the write-ahead log first; a worker thread copies them into the database
// file (SQLite would otherwise do it inside a COMMIT, holding the event loop). A copy of the file
// alone, as a file-level backup takes it, holds every figure once the checkpoint interval has passed.
describe.skipIf(ENGINE !== 'sqlite')('the SQLite write-ahead log', () => {
  it('is copied into the database file in the background, while the service runs', async () => {
    const path = join(folder, 'tracker.db');
    const app = await buildApp({ ...TEST_SETTINGS, DATABASE_URL: path });
    try {
      const rows = Array.from({ length: 300 }, (_, i) => {
        const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
        return `port-container-throughput,${day},${day},1.25,万标准箱,xinhua-tianjin-2024-year-review,"1—10月,完成集装箱吞吐量2024.19万标准箱"`;
      });
      const csv = ['targetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,quote', ...rows].join('\n');
      const imported = await app.inject({ method: 'POST', url: '/v1/imports', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv });
      expect(imported.statusCode, imported.body).toBe(200);
      const expected = (await app.inject('/v1/targets/port-container-throughput/observations?limit=500')).json().items.length;
      expect(expected).toBeGreaterThan(300);

      let copies = 0;
      await expect
        .poll(() => {
          const copy = join(folder, `copy-${(copies += 1)}.db`);
          copyFileSync(path, copy);
          return figuresIn(copy);
        }, { timeout: 10_000, interval: 250 })
        .toBe(expected);
    } finally {
      await app.close();
    }
  });
});
