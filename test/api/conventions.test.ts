import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { enterDemoPlan, expectProblem, janToOct2024, post } from '../fixtures.js';
import { admin, buildTestApp } from '../helpers.js';

let app: FastifyInstance;
afterEach(() => app?.close());

describe('request ids', () => {
  it('every answer carries x-request-id, the one a proxy sent when it is plausible, and problems name it too', async () => {
    app = await buildTestApp();
    const made = [await app.inject('/health'), await app.inject('/health')].map((answer) => answer.headers['x-request-id']);
    expect(made[0]).toMatch(/^req-[\w-]+$/);
    expect(made[1]).not.toBe(made[0]);
    const kept = await app.inject({ url: '/v1/targets/nope', headers: { 'x-request-id': 'proxy-7f3a.42' } });
    expect(kept.headers['x-request-id']).toBe('proxy-7f3a.42');
    expect(expectProblem(kept, 404).requestId).toBe('proxy-7f3a.42');
    const replaced = await app.inject({ url: '/health', headers: { 'x-request-id': 'x'.repeat(500) } });
    expect(replaced.headers['x-request-id']).toMatch(/^req-[\w-]+$/);
  });
});

describe('CORS', () => {
  it('is closed unless origins are configured, and then answers preflights and exposes the headers clients read', async () => {
    app = await buildTestApp();
    const closed = await app.inject({ url: '/health', headers: { origin: 'https://dashboard.example.org' } });
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
    app = await buildTestApp({ CORS_ORIGINS: ['https://dashboard.example.org'] });
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/targets',
      headers: { origin: 'https://dashboard.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, idempotency-key' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://dashboard.example.org');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/idempotency-key/);
    const read = await app.inject({ url: '/health', headers: { origin: 'https://dashboard.example.org' } });
    expect(String(read.headers['access-control-expose-headers'])).toMatch(/etag/);
    const other = await app.inject({ url: '/health', headers: { origin: 'https://elsewhere.example.org' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('compression', () => {
  it('compresses a large answer for a client that asks, and not for one that does not', async () => {
    app = await buildTestApp({ seed: true });
    const plain = await app.inject('/v1/plans/tianjin-jjj-2027/progress');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const brotli = await app.inject({ url: '/v1/plans/tianjin-jjj-2027/progress', headers: { 'accept-encoding': 'br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain.body);
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    const gzip = await app.inject({ url: '/v1/plans/tianjin-jjj-2027/progress', headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
  });
});

describe('corrections with preconditions', () => {
  it('take JSON merge patches, and refuse with 412 a correction made to a version that is no longer current', async () => {
    app = await buildTestApp();
    await enterDemoPlan(app);
    const figure = await post(app, '/v1/targets/demo-throughput/observations', janToOct2024);
    const read = await app.inject(`/v1/observations/${figure.id}`);
    expect(read.headers.etag).toBe('"v1"');
    const patch = (payload: object, headers: Record<string, string>) =>
      app.inject({ method: 'PATCH', url: `/v1/observations/${figure.id}`, headers: { ...admin, 'content-type': 'application/merge-patch+json', ...headers }, payload: JSON.stringify(payload) });
    const first = await patch({ note: 'checked' }, { 'if-match': '"v1"' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('"v2"');
    const stale = await patch({ note: 'checked again' }, { 'if-match': '"v1"' });
    expect(expectProblem(stale, 412).detail).toMatch(/version 2/);
    expect((await patch({ note: null }, { 'if-match': '*' })).json()).toMatchObject({ note: null, version: 3 });
    const withdraw = await app.inject({ method: 'DELETE', url: `/v1/observations/${figure.id}?reason=duplicate`, headers: { ...admin, 'if-match': '"v2"' } });
    expectProblem(withdraw, 412);
    expect((await app.inject(`/v1/observations/${figure.id}`)).json().withdrawn).toBeNull();
  });
});

describe('numbers in answers', () => {
  it('round derived percentages to 2 places and quantities to 12 significant digits, never the figures', async () => {
    app = await buildTestApp();
    await enterDemoPlan(app);
    await post(app, '/v1/targets/demo-throughput/observations', { ...janToOct2024, reported: { value: '2200.3', unit: '万标准箱' }, period: { start: '2023-01-01', end: '2023-12-31' } });
    const progress = (await app.inject('/v1/targets/demo-throughput/progress')).json();
    // 22 003 000 / 27 000 000 = 81.492592…% → 81.49; 27 000 000 − 22 003 000 = 4 997 000 exactly.
    expect(progress.percentComplete).toBe(81.49);
    expect(progress.gapToTarget).toBe(4_997_000);
    expect(progress.basis.value).toBe(22_003_000);
    expect(progress.basis.reported.printed).toBe('2200.3');
  });
});

describe('content negotiation', () => {
  it('answers in the type Accept prefers, honours q=0, and refuses with 406 when it admits none', async () => {
    app = await buildTestApp({ seed: true });
    const url = '/v1/targets/port-container-throughput/observations';
    const csv = await app.inject({ url, headers: { accept: 'application/json;q=0.5, text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const json = await app.inject({ url, headers: { accept: 'text/csv;q=0, application/json' } });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect((await app.inject({ url, headers: { accept: 'text/*' } })).headers['content-type']).toMatch(/^text\/csv/);
    expect((await app.inject({ url, headers: { accept: '*/*' } })).headers['content-type']).toMatch(/^application\/json/);
    const refused = await app.inject({ url: '/health', headers: { accept: 'image/png' } });
    expect(expectProblem(refused, 406).detail).toMatch(/application\/json/);
  });
});
