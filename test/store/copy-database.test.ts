import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { copyDatabase } from '../../src/db/copy-database.js';
import { TEST_SETTINGS, admin, snapshotStore, TEST_ADMIN_KEY, testDatabase } from '../helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'tracker-copy-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('moving a SQLite database to another database (PostgreSQL on the PostgreSQL run)', () => {
  it('copies every row, history, keys and audit included, and the copy answers as the original did', async () => {
    const from = join(folder, 'tracker.db');
    const original = await buildApp({ ...TEST_SETTINGS, DATABASE_URL: from });
    const revised = await original.inject({
      method: 'PATCH',
      url: '/v1/observations/000-port-throughput-2024-jan-oct',
      headers: admin,
      payload: { note: 'checked against the port authority bulletin' },
    });
    expect(revised.statusCode, revised.body).toBe(200);
    expect((await original.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'desk', scope: 'write' } })).statusCode).toBe(201);
    const before = await snapshotStore(original.store);
    const progress = (await original.inject('/v1/plans/tianjin-jjj-2027/progress')).json();
    await original.close();

    const target = await testDatabase();
    const to = target.DATABASE_URL === ':memory:' ? join(folder, 'copy.db') : target.DATABASE_URL!;
    const counts = await copyDatabase(from, to, { toSchema: target.DATABASE_SCHEMA });
    expect(counts).toMatchObject({ observations: 104, observationVersions: 105, targets: 68 });

    const copy = await buildApp({ ...TEST_SETTINGS, ...target, DATABASE_URL: to });
    try {
      expect(await snapshotStore(copy.store)).toEqual(before);
      expect((await copy.inject('/v1/plans/tianjin-jjj-2027/progress')).json()).toEqual(progress);
      const history = (await copy.inject('/v1/observations/000-port-throughput-2024-jan-oct/history')).json().items;
      expect(history.map((version: { action: string }) => version.action)).toEqual(['created', 'revised']);
      // The audit log goes on numbering after the copied entries.
      const write = await copy.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'desk-2', scope: 'read' } });
      expect(write.statusCode).toBe(201);
      const audit = (await copy.inject({ url: '/v1/audit?limit=500', headers: admin })).json().items;
      expect(new Set(audit.map((entry: { id: number }) => entry.id)).size).toBe(audit.length);
    } finally {
      await copy.close();
    }
    await expect(copyDatabase(from, to, { toSchema: target.DATABASE_SCHEMA })).rejects.toThrow(/already holds data/);
  });
});
