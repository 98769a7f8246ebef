import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import lightInject from 'light-my-request';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { enterDemoPlan, expectProblem, janToOct2024 } from '../fixtures.js';
import { TEST_SETTINGS, admin, buildTestApp, ENGINE, TEST_ADMIN_KEY } from '../helpers.js';

let app: FastifyInstance;
afterEach(() => app?.close());

const addFigure = (payload: object, headers: Record<string, string> = admin) =>
  app.inject({ method: 'POST', url: '/v1/targets/demo-throughput/observations', headers, payload });

/** Sends raw bytes to a listening app and answers what comes back before the connection closes. */
function raw(bytes: string, wait = 2_000): Promise<string> {
  const { port } = app.server.address() as AddressInfo;
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.setTimeout(wait, () => {
      socket.destroy();
      resolve(answer);
    });
  });
}

describe('every error is a problem', () => {
  it('a method a path does not take is 405 with Allow, without a key', async () => {
    app = await buildTestApp();
    await enterDemoPlan(app);
    const put = await app.inject({ method: 'PUT', url: '/v1/targets/demo-throughput' });
    expectProblem(put, 405);
    expect(put.headers.allow).toBe('GET, HEAD, OPTIONS, PATCH');
    const options = await app.inject({ method: 'OPTIONS', url: '/v1/targets/demo-throughput' });
    expect(options.statusCode).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS, PATCH');
    expect((await app.inject({ method: 'DELETE', url: '/v1/targets' })).headers.allow).toBe('GET, HEAD, OPTIONS, POST');
  });

  it('a malformed URL, oversized headers and a request line too long get problem+json, not plain text', async () => {
    app = await buildTestApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const badUrl = await app.inject('/v1/targets/%E0%A4%A');
    expectProblem(badUrl, 400);
    const headers = await raw(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(headers).toMatch(/^HTTP\/1\.1 431/);
    expect(headers).toMatch(/Content-Type: application\/problem\+json/);
    const garbage = await raw('THIS IS NOT HTTP\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400[\s\S]*application\/problem\+json/);
  });
});

describe('numbers and text the service cannot hold', () => {
  it('refuses a JSON number a double would change, naming the field, and takes it as a decimal string', async () => {
    app = await buildTestApp();
    await enterDemoPlan(app);
    const tiny = await app.inject({
      method: 'POST',
      url: '/v1/targets/demo-throughput/observations',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '{"value": 1e-400, "period": {"start": "2023-01-01", "end": "2023-12-31"}, "sourceId": "demo-daily-2024-11", "quote": "q"}',
    });
    expect(expectProblem(tiny, 400, ['body.value']).errors[0].message).toMatch(/cannot be held exactly/);
    const precise = await app.inject({
      method: 'POST',
      url: '/v1/targets/demo-throughput/observations',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: `{"reported": {"value": 12345678901234567890.5, "unit": "标准箱"}, "period": {"start": "2023-01-01", "end": "2023-12-31"}, "sourceId": "demo-daily-2024-11", "quote": "q"}`,
    });
    expectProblem(precise, 400, ['body.reported.value']);
    const asText = await addFigure({ ...janToOct2024, reported: { value: '2024.1900000000000000001', unit: '万标准箱' } });
    expect(asText.statusCode, asText.body).toBe(201);
    expect(asText.json().reported.printed).toBe('2024.1900000000000000001');
  });

  it('refuses free text over its limit and control characters, and a search for a NUL', async () => {
    app = await buildTestApp();
    await enterDemoPlan(app);
    expectProblem(await addFigure({ ...janToOct2024, quote: 'x'.repeat(900_000) }), 400, ['body.quote']);
    expectProblem(await addFigure({ ...janToOct2024, quote: 'line\u0000break' }), 400, ['body.quote']);
    expectProblem(await app.inject('/v1/targets?q=%00'), 400, ['query.q']);
  });

  it('refuses an admin key with spaces at start-up, since no Authorization header could carry it', () => {
    expect(() => loadConfig({ TRACKER_ADMIN_KEY: 'correct horse battery staple' })).toThrow(/TRACKER_ADMIN_KEY: must not contain spaces/);
  });
});

describe('rate limits', () => {
  it('refuse writes past the limit of a key with 429 and Retry-After', async () => {
    app = await buildTestApp({ RATE_LIMIT_WRITES_PER_MINUTE: 3 });
    await enterDemoPlan(app).catch(() => undefined);
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await app.inject({ method: 'POST', url: '/v1/sources', headers: admin, payload: { id: `s-${i}`, title: 't', publisher: 'p', publishedOn: null, language: 'en', kind: 'news_report' } }));
    const refused = answers.filter((answer) => answer.statusCode === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(Number(expectProblem(refused[0], 429).status)).toBe(429);
    expect(Number(refused[0].headers['retry-after'])).toBeGreaterThan(0);
    // Reads are not counted.
    expect((await app.inject('/v1/sources')).statusCode).toBe(200);
  });

  it('refuse an address that keeps sending wrong keys with 429, even with a right key then', async () => {
    app = await buildTestApp({ RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: 3 });
    for (let i = 0; i < 3; i += 1) expectProblem(await app.inject({ method: 'POST', url: '/v1/sources', headers: { authorization: `Bearer wrong-${i}` }, payload: {} }), 401);
    const blocked = await app.inject({ method: 'POST', url: '/v1/sources', headers: admin, payload: {} });
    expectProblem(blocked, 429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('timeouts', () => {
  it('drop a client that never finishes its headers', async () => {
    app = await buildTestApp({ HEADERS_TIMEOUT_MS: 300, REQUEST_TIMEOUT_MS: 300 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const started = Date.now();
    const answer = await raw('GET /health HTTP/1.1\r\nHost: x\r\n', 10_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout[\s\S]*application\/problem\+json/);
  });
});

describe.skipIf(ENGINE !== 'sqlite')('a read-only database', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tracker-readonly-'));
  afterEach(() => {
    try {
      execFileSync('chattr', ['-i', join(folder, 'tracker.db')]);
    } catch {
      // Not made immutable: nothing to undo.
    }
  });

  it('starts, serves reads, and answers writes with 503 saying why', async (context) => {
    const path = join(folder, 'tracker.db');
    const seeded = await buildApp({ ...TEST_SETTINGS, DATABASE_URL: path });
    await seeded.close();
    try {
      // Root can write to any file; an immutable one it cannot, which is the closest to a read-only disk a test can make.
      execFileSync('chattr', ['+i', path]);
    } catch {
      context.skip('chattr +i is not available on this file system');
    }
    app = await buildApp({ ...TEST_SETTINGS, DATABASE_URL: path });
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok', writes: 'refused' });
    expect((await app.inject('/v1/targets/port-container-throughput/progress')).statusCode).toBe(200);
    const write = await app.inject({ method: 'PATCH', url: '/v1/targets/national-key-labs', headers: admin, payload: { note: 'x' } });
    const problem = expectProblem(write, 503);
    expect(problem.detail).toMatch(/read-only/);
    expect(Number(write.headers['retry-after'])).toBeGreaterThan(0);
    rmSync(join(folder, 'unused'), { force: true });
  });
});

describe('while the service closes', () => {
  it('a request that arrives gets a 503 problem with Retry-After', async () => {
    app = await buildTestApp();
    let release!: () => void;
    let entered!: () => void;
    const slowStarted = new Promise<void>((resolve) => (entered = resolve));
    app.get('/slow', { config: { scope: 'public' } }, async () => {
      entered();
      await new Promise<void>((resolve) => (release = resolve));
      return { done: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const slow = raw('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n', 5_000);
    await slowStarted;
    // The close begins, and waits for the request under way; a request reaching the router now
    // (app.inject itself waits for the close, so it is dispatched to the router directly) is refused.
    const closing = app.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const late = await lightInject(app.routing, { url: '/health' });
    release();
    await slow;
    await closing;
    expect(late.statusCode).toBe(503);
    expect(late.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(late.headers['retry-after']).toBe('5');
    expect(late.json()).toMatchObject({ type: '/problems/unavailable', status: 503 });
  });
});
