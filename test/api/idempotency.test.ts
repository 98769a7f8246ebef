import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enterDemoPlan, expectProblem, janToOct2024 } from '../fixtures.js';
import { admin, buildTestApp, snapshotStore } from '../helpers.js';

let app: FastifyInstance;
beforeEach(async () => {
  app = await buildTestApp();
  await enterDemoPlan(app);
});
afterEach(() => app.close());

const addFigure = (key: string, payload: object = janToOct2024) =>
  app.inject({
    method: 'POST',
    url: '/v1/targets/demo-throughput/observations',
    headers: { ...admin, 'idempotency-key': key },
    payload,
  });
const figures = async () => (await app.inject('/v1/targets/demo-throughput/observations')).json().items;

describe('Idempotency-Key', () => {
  it('answers a retry with the first answer and writes nothing again', async () => {
    const first = await addFigure('retry-1');
    const retry = await addFigure('retry-1');
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.body).toBe(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await figures()).toHaveLength(1);
    const audit = (await app.inject({ url: '/v1/audit?targetId=demo-throughput', headers: admin })).json().items;
    expect(audit.filter((entry: { entityType: string }) => entry.entityType === 'observation')).toHaveLength(1);
  });

  it('replays a refusal too, and refuses the same key with another body: 422', async () => {
    const bad = { ...janToOct2024, sourceId: 'unknown' };
    expect((await addFigure('retry-2', bad)).statusCode).toBe(400);
    expect((await addFigure('retry-2', bad)).headers['idempotent-replayed']).toBe('true');
    await addFigure('retry-3');
    expectProblem(await addFigure('retry-3', { ...janToOct2024, note: 'changed' }), 422);
    expect(await figures()).toHaveLength(1);
  });

  it('answers 409 to a retry that arrives while the first request is still running', async () => {
    const header = 'targetId,periodStart,periodEnd,reportedValue,reportedUnit,qualifier,sourceId,quote';
    const rows = Array.from({ length: 8_000 }, (_, i) => {
      const day = new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
      return `demo-throughput,${day},${day},1,万标准箱,exact,demo-daily-2024-11,q`;
    });
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/v1/imports',
        headers: { ...admin, 'content-type': 'text/csv', 'idempotency-key': 'big-import' },
        payload: [header, ...rows].join('\n'),
      });
    const answers = await Promise.all([send(), send()]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    expect(expectProblem(answers.find((answer) => answer.statusCode === 409)!, 409).detail).toMatch(/still running/);
    const third = await send();
    expect(third.headers['idempotent-replayed']).toBe('true');
    expect(third.json().observations.created).toBe(8_000);
  });

  it('keeps the claim of a request that runs longer than the lease, so that a retry meanwhile is 409, not a second run', async () => {
    const slow = await buildTestApp({ IDEMPOTENCY_CLAIM_LEASE_SECONDS: 1 });
    let runs = 0;
    slow.post('/slow-write', { config: { scope: 'write' } }, async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      return { done: true };
    });
    try {
      const send = () => slow.inject({ method: 'POST', url: '/slow-write', headers: { ...admin, 'idempotency-key': 'long-one' }, payload: {} });
      const first = send();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const retry = await send();
      expectProblem(retry, 409);
      expect(Number(retry.headers['retry-after'])).toBeLessThanOrEqual(1);
      expect((await first).statusCode).toBe(200);
      expect((await send()).headers['idempotent-replayed']).toBe('true');
      expect(runs).toBe(1);
    } finally {
      await slow.close();
    }
  });

  it('is not honoured where the answer holds a secret: a new API key is stored nowhere', async () => {
    const headers = { ...admin, 'idempotency-key': 'new-key' };
    const created = await app.inject({ method: 'POST', url: '/v1/keys', headers, payload: { name: 'bot', scope: 'write' } });
    const { secret } = created.json();
    expect(JSON.stringify(await snapshotStore(app.store))).not.toContain(secret);
    const again = await app.inject({ method: 'POST', url: '/v1/keys', headers, payload: { name: 'bot', scope: 'write' } });
    expectProblem(again, 409);
  });

  it('belongs to the key that sent it', async () => {
    const other = await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'other', scope: 'write' } });
    await addFigure('shared-name');
    const response = await app.inject({
      method: 'POST',
      url: '/v1/targets/demo-throughput/observations',
      headers: { authorization: `Bearer ${other.json().secret}`, 'idempotency-key': 'shared-name' },
      payload: janToOct2024,
    });
    expect(expectProblem(response, 409).detail).toMatch(/already records this figure/);
  });
});
