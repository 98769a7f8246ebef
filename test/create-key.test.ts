import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { janToOct2024 } from './fixtures.js';
import { TEST_SETTINGS } from './helpers.js';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'tracker-key-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run create-key', () => {
  it('makes the first key of a deployment that has none, straight in its database', async () => {
    const databaseUrl = join(folder, 'tracker.db');
    const env = { ...process.env, DATABASE_URL: databaseUrl };
    const { stdout } = await run(process.execPath, ['dist/admin/create-key.js', '--name', 'first-admin', '--scope', 'admin'], { env });
    const secret = stdout.trim();
    expect(secret).toMatch(/^ptt_/);

    const refused = await run(process.execPath, ['dist/admin/create-key.js', '--name', 'x', '--scope', 'root'], { env }).catch((error) => error);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/options\.scope/);

    const app = await buildApp({ ...TEST_SETTINGS, DATABASE_URL: databaseUrl });
    try {
      const write = await app.inject({
        method: 'POST',
        url: '/v1/targets/port-container-throughput/observations',
        headers: { authorization: `Bearer ${secret}` },
        payload: { ...janToOct2024, sourceId: 'xinhua-tianjin-2024-year-review', period: { start: '2024-01-01', end: '2024-06-30' } },
      });
      expect(write.statusCode, write.body).toBe(201);
      expect(write.json().createdBy).toBe('first-admin');
    } finally {
      await app.close();
    }
  });
});
