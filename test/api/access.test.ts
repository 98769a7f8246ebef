import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demo, enterDemoPlan, expectProblem, janToOct2024 } from '../fixtures.js';
import { admin, buildTestApp, snapshotStore, withKey } from '../helpers.js';

let app: FastifyInstance;
afterEach(() => app.close());

async function createKey(name: string, scope: 'read' | 'write' | 'admin'): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name, scope } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().secret;
}

const addFigure = (headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/v1/targets/demo-throughput/observations', headers, payload: janToOct2024 });

describe('write access', () => {
  beforeEach(async () => {
    app = await buildTestApp();
    await enterDemoPlan(app);
  });

  it('refuses a write without a key, with an unknown key or a malformed header: 401, and writes nothing', async () => {
    const missing = await addFigure({});
    expectProblem(missing, 401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expectProblem(await addFigure(withKey('ptt_not-a-key')), 401);
    expectProblem(await addFigure({ authorization: 'Basic dXNlcjpwYXNz' }), 401);
    expect((await app.inject('/v1/targets/demo-throughput/observations')).json().items).toEqual([]);
  });

  it('refuses too little scope: 403', async () => {
    const reader = await createKey('dashboard', 'read');
    const writer = await createKey('entry-script', 'write');
    expectProblem(await addFigure(withKey(reader)), 403);
    expectProblem(await app.inject({ method: 'POST', url: '/v1/keys', headers: withKey(writer), payload: { name: 'x', scope: 'admin' } }), 403);
    expectProblem(await app.inject({ url: '/v1/audit', headers: withKey(writer) }), 403);
    expect((await addFigure(withKey(writer))).statusCode).toBe(201);
  });

  it('stores keys only as hashes, shows a secret once, and refuses a revoked key', async () => {
    const created = await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'laptop', scope: 'write' } });
    const { id, secret } = created.json();
    expect(created.headers.location).toBe(`/v1/keys/${id}`);
    const stored = await snapshotStore(app.store);
    expect(stored.apiKeys).toEqual([expect.objectContaining({ id, hash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const listed = (await app.inject({ url: '/v1/keys', headers: admin })).json().items;
    expect(listed).toEqual([expect.objectContaining({ id, name: 'laptop', scope: 'write', revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(secret);

    const revoked = await app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: admin });
    expect(revoked.json()).toMatchObject({ id, revokedBy: 'TRACKER_ADMIN_KEY' });
    expect(expectProblem(await addFigure(withKey(secret)), 401).detail).toMatch(/revoked/);
    expectProblem(await app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: admin }), 409);
    expect((await app.inject({ url: '/v1/keys', headers: admin })).json().items).toEqual([]);
    expect((await app.inject({ url: '/v1/keys?includeRevoked=true', headers: admin })).json().items).toHaveLength(1);
  });

  it('refuses a duplicate key name and a bad scope by field', async () => {
    await createKey('laptop', 'write');
    expectProblem(await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'laptop', scope: 'write' } }), 409);
    expectProblem(await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'x', scope: 'root' } }), 400, [
      'body.scope',
    ]);
  });

  it('records which key made every write', async () => {
    const writer = await createKey('entry-script', 'write');
    const figure = (await addFigure(withKey(writer))).json();
    expect(figure.createdBy).toBe('entry-script');
    const audit = (await app.inject({ url: '/v1/audit?key=entry-script', headers: admin })).json().items;
    expect(audit).toEqual([
      expect.objectContaining({
        keyName: 'entry-script',
        method: 'POST',
        action: 'create',
        entityType: 'observation',
        entityId: figure.id,
        targetId: 'demo-throughput',
      }),
    ]);
  });

  it('keeps reads public by default', async () => {
    expect((await app.inject('/v1/targets/demo-throughput')).statusCode).toBe(200);
    expect((await app.inject('/health')).statusCode).toBe(200);
  });
});

describe('reads behind a key (READ_ACCESS=key)', () => {
  beforeEach(async () => {
    app = await buildTestApp({ READ_ACCESS: 'key' });
    await enterDemoPlan(app);
  });

  it('need a key of any scope, while health and documentation stay open', async () => {
    expectProblem(await app.inject('/v1/plans'), 401);
    const reader = await createKey('dashboard', 'read');
    expect((await app.inject({ url: '/v1/plans', headers: withKey(reader) })).json().items).toEqual([
      expect.objectContaining({ id: demo.plan.id }),
    ]);
    expect((await app.inject('/health')).statusCode).toBe(200);
    expect((await app.inject('/openapi.json')).statusCode).toBe(200);
    expect((await app.inject('/docs/')).statusCode).toBe(200);
  });
});

describe('without TRACKER_ADMIN_KEY', () => {
  it('no key works until one is made', async () => {
    app = await buildTestApp({ TRACKER_ADMIN_KEY: undefined });
    expectProblem(await app.inject({ method: 'POST', url: '/v1/sources', headers: admin, payload: demo.source }), 401);
  });
});
