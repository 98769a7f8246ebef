import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, TEST_ADMIN_KEY, testDatabase } from '../helpers.js';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const headers = { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'content-type': 'application/json' };
const SOURCE = 'xinhua-tianjin-2024-year-review';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Instance {
  url: string;
  process: ChildProcess;
}

/** A service process, as `npm start` runs it, on this file's PostgreSQL schema. */
async function start(settings: Record<string, string | number | undefined>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, ...Object.fromEntries(Object.entries(settings).map(([name, value]) => [name, String(value)])), PORT: String(port), LOG_LEVEL: 'warn', TRACKER_ADMIN_KEY: TEST_ADMIN_KEY, SEED_ON_START: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`instance exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/health`).then((response) => response.ok, () => false);
    if (ready) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('instance did not start');
}

const send = (instance: Instance, method: string, path: string, body?: unknown, extra: Record<string, string> = {}) =>
  fetch(`${instance.url}${path}`, {
    method,
    headers: { ...headers, ...extra, ...(typeof body === 'string' ? { 'content-type': 'text/csv' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, body: await response.text() }));

const figure = (month: number) => ({
  reported: { value: 100 + month, unit: '万标准箱' },
  period: { start: `2021-${String(month).padStart(2, '0')}-01`, end: `2021-${String(month).padStart(2, '0')}-28` },
  sourceId: SOURCE,
  quote: `第${month}个月`,
});

let a: Instance;
let b: Instance;

describe.skipIf(ENGINE !== 'postgres')('two service instances on one PostgreSQL database', () => {
  beforeAll(async () => {
    const database = await testDatabase();
    // Started together: migrating and loading the seed are each done once, by whichever comes first.
    const settings = database as Record<string, string | number | undefined>;
    const started = await Promise.allSettled([start(settings), start(settings)]);
    [a, b] = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined)) as Instance[];
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }, 60_000);
  afterAll(async () => {
    for (const instance of [a, b]) {
      if (!instance) continue;
      instance.process.kill('SIGTERM');
      await once(instance.process, 'exit');
    }
  });

  it('loads the seed once, and both answer the same progress', async () => {
    const [fromA, fromB] = await Promise.all([send(a, 'GET', '/v1/plans/tianjin-jjj-2027/progress'), send(b, 'GET', '/v1/plans/tianjin-jjj-2027/progress')]);
    expect(fromA.status).toBe(200);
    expect(fromB.body).toBe(fromA.body);
    expect(JSON.parse(fromA.body).counts.total).toBe(68);
  });

  it('stores a figure sent through both at once exactly once: one 201, one 409', async () => {
    const url = '/v1/targets/port-container-throughput/observations';
    for (let month = 1; month <= 6; month += 1) {
      const answers = await Promise.all([send(a, 'POST', url, figure(month)), send(b, 'POST', url, figure(month))]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    }
    const listed = JSON.parse((await send(b, 'GET', `${url}?limit=500`)).body).items;
    expect(listed.filter((o: { period: { start: string } }) => o.period.start.startsWith('2021-'))).toHaveLength(6);
  });

  it('answers the same Idempotency-Key through both with one write and the same answer', async () => {
    const url = '/v1/targets/port-container-throughput/observations';
    const key = { 'idempotency-key': 'two-instances-1' };
    const answers = await Promise.all([send(a, 'POST', url, figure(7), key), send(b, 'POST', url, figure(7), key)]);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    // A retry after the first has answered gets its answer again, from either instance.
    const [retryA, retryB] = await Promise.all([send(a, 'POST', url, figure(7), key), send(b, 'POST', url, figure(7), key)]);
    expect(retryA.status).toBe(201);
    expect(retryB.body).toBe(retryA.body);
    const created = answers.find((answer) => answer.status === 201)!;
    expect(JSON.parse(retryA.body).id).toBe(JSON.parse(created.body).id);
  });

  it('imports overlapping files through both at once: every figure once, a 409 at worst, which a retry settles', async () => {
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, k) => {
        const i = from + k;
        const day = new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
        return `port-container-throughput,${day},${day},${i}.5,万标准箱,${SOURCE},q${i}`;
      });
    const header = 'targetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,quote';
    const csv = (lines: string[]) => [header, ...lines].join('\n');
    const answers = await Promise.all([send(a, 'POST', '/v1/imports', csv(rows(0, 200))), send(b, 'POST', '/v1/imports', csv(rows(100, 300)))]);
    for (const answer of answers) expect([200, 409], answer.body).toContain(answer.status);
    for (const [i, answer] of answers.entries()) {
      if (answer.status === 409) {
        const retry = await send([a, b][i], 'POST', '/v1/imports', csv(i === 0 ? rows(0, 200) : rows(100, 300)));
        expect(retry.status, retry.body).toBe(200);
      }
    }
    const exported = (await send(a, 'GET', '/v1/targets/port-container-throughput/observations?format=csv')).body;
    expect(exported.split('\r\n').filter((line) => line.includes(',2019-')).length).toBe(300);
  });

  it('revises one figure through both at once: versions in sequence, none lost or doubled', async () => {
    const id = '000-port-throughput-2024-jan-oct';
    const patches = Array.from({ length: 8 }, (_, i) => send(i % 2 ? a : b, 'PATCH', `/v1/observations/${id}`, { note: `check ${i}` }));
    const answers = await Promise.all(patches);
    for (const answer of answers) expect([200, 409], answer.body).toContain(answer.status);
    const accepted = answers.filter((answer) => answer.status === 200).length;
    expect(accepted).toBeGreaterThan(0);
    const history = JSON.parse((await send(b, 'GET', `/v1/observations/${id}/history`)).body).items;
    expect(history.map((version: { version: number }) => version.version)).toEqual(Array.from({ length: accepted + 1 }, (_, i) => i + 1));
    const [fromA, fromB] = await Promise.all([send(a, 'GET', `/v1/observations/${id}`), send(b, 'GET', `/v1/observations/${id}`)]);
    expect(fromA.body).toBe(fromB.body);
    expect(JSON.parse(fromA.body).version).toBe(accepted + 1);
  });
});
