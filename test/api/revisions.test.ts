import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enterDemoPlan, expectProblem, janToOct2024, post } from '../fixtures.js';
import { admin, buildTestApp } from '../helpers.js';

let app: FastifyInstance;
let figureId: string;
beforeEach(async () => {
  app = await buildTestApp();
  await enterDemoPlan(app);
  figureId = (await post(app, '/v1/targets/demo-throughput/observations', { ...janToOct2024, period: { start: '2023-01-01', end: '2023-12-31' } })).id;
});
afterEach(() => app.close());

const history = async () => (await app.inject(`/v1/observations/${figureId}/history`)).json().items;
const progress = async () => (await app.inject('/v1/targets/demo-throughput/progress')).json();

describe('correcting a figure', () => {
  it('makes a new version and keeps the earlier one, with who and when', async () => {
    const corrected = await app.inject({
      method: 'PATCH',
      url: `/v1/observations/${figureId}`,
      headers: admin,
      payload: { reported: { value: 2217, unit: '万标准箱' }, note: 'corrected from the full-year bulletin' },
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ value: 22_170_000, version: 2, updatedBy: 'TRACKER_ADMIN_KEY', withdrawn: null });
    const versions = await history();
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ version: 1, action: 'created', by: 'TRACKER_ADMIN_KEY', observation: { value: 20_241_900 } });
    expect(versions[1]).toMatchObject({ version: 2, action: 'revised', observation: { value: 22_170_000 } });
    expect(Date.parse(versions[1].at)).toBeGreaterThanOrEqual(Date.parse(versions[0].at));
    expect((await progress()).basis.value).toBe(22_170_000);
  });

  it('can clear an optional field with null, and refuses a field that cannot change', async () => {
    const cleared = await app.inject({
      method: 'PATCH',
      url: `/v1/observations/${figureId}`,
      headers: admin,
      payload: { yearOnYearPercent: null, qualifier: null, note: null },
    });
    expect(cleared.json()).toMatchObject({ yearOnYearPercent: null, qualifier: 'exact', note: null, version: 2 });
    expectProblem(
      await app.inject({ method: 'PATCH', url: `/v1/observations/${figureId}`, headers: admin, payload: { targetId: 'other' } }),
      400,
    );
  });

  it('with nothing new changes nothing, and refuses a correction that breaks the rules', async () => {
    const same = await app.inject({ method: 'PATCH', url: `/v1/observations/${figureId}`, headers: admin, payload: { quote: janToOct2024.quote } });
    expect(same.json().version).toBe(1);
    const bad = await app.inject({
      method: 'PATCH',
      url: `/v1/observations/${figureId}`,
      headers: admin,
      payload: { reported: { value: 1, unit: '亿美元' } },
    });
    expectProblem(bad, 400, ['body.reported.unit']);
    expect(await history()).toHaveLength(1);
  });
});

describe('withdrawing a figure', () => {
  it('needs a reason', async () => {
    expectProblem(await app.inject({ method: 'DELETE', url: `/v1/observations/${figureId}`, headers: admin, payload: {} }), 400, [
      'body.reason',
    ]);
    expectProblem(await app.inject({ method: 'DELETE', url: `/v1/observations/${figureId}`, headers: admin }), 400);
    expect((await progress()).status).toBe('not_achieved');
  });

  it('takes it out of progress and lists, but keeps it readable with its history', async () => {
    const withdrawn = await app.inject({
      method: 'DELETE',
      url: `/v1/observations/${figureId}`,
      headers: admin,
      payload: { reason: 'the report mixed up two ports' },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().withdrawn).toMatchObject({ by: 'TRACKER_ADMIN_KEY', reason: 'the report mixed up two ports' });
    expect(await progress()).toMatchObject({ status: 'no_data', basis: null, observationCount: 0 });
    expect((await app.inject('/v1/targets/demo-throughput/observations')).json().items).toEqual([]);
    expect((await app.inject('/v1/targets/demo-throughput/observations?includeWithdrawn=true')).json().items).toHaveLength(1);
    expect((await app.inject(`/v1/observations/${figureId}`)).json().withdrawn.reason).toBe('the report mixed up two ports');
    expect((await history()).map((v: { action: string }) => v.action)).toEqual(['created', 'withdrawn']);

    expectProblem(await app.inject({ method: 'DELETE', url: `/v1/observations/${figureId}`, headers: admin, payload: { reason: 'again' } }), 409);
    expectProblem(await app.inject({ method: 'PATCH', url: `/v1/observations/${figureId}`, headers: admin, payload: { note: 'x' } }), 409);
    const readded = await app.inject({
      method: 'POST',
      url: '/v1/targets/demo-throughput/observations',
      headers: admin,
      payload: { ...janToOct2024, period: { start: '2023-01-01', end: '2023-12-31' } },
    });
    expect(expectProblem(readded, 409).detail).toMatch(/withdrawn/);
  });

  it('is 404 for an unknown figure', async () => {
    expectProblem(await app.inject({ method: 'DELETE', url: '/v1/observations/nope', headers: admin, payload: { reason: 'x' } }), 404);
    expectProblem(await app.inject('/v1/observations/nope/history'), 404);
  });
});

describe('the audit log', () => {
  it('lists every write, filterable by key, target and time', async () => {
    // Timestamps have millisecond precision: a pause keeps the earlier writes strictly before `start`.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const start = new Date().toISOString();
    await app.inject({ method: 'PATCH', url: `/v1/observations/${figureId}`, headers: admin, payload: { note: 'checked' } });
    await app.inject({ method: 'DELETE', url: `/v1/observations/${figureId}`, headers: admin, payload: { reason: 'duplicate' } });
    const all = (await app.inject({ url: '/v1/audit', headers: admin })).json().items;
    expect(all.map((entry: { action: string; entityType: string }) => `${entry.action} ${entry.entityType}`)).toEqual([
      'create source',
      'create source',
      'create plan',
      'create item',
      'create item',
      'create target',
      'create target',
      'create observation',
      'update observation',
      'withdraw observation',
    ]);
    const forTarget = (await app.inject({ url: '/v1/audit?targetId=demo-throughput', headers: admin })).json().items;
    expect(forTarget.map((entry: { action: string }) => entry.action)).toEqual(['create', 'create', 'update', 'withdraw']);
    const recent = (await app.inject({ url: `/v1/audit?since=${encodeURIComponent(start)}`, headers: admin })).json().items;
    expect(recent.map((entry: { action: string }) => entry.action)).toEqual(['update', 'withdraw']);
    expect((await app.inject({ url: `/v1/audit?until=${encodeURIComponent(start)}&key=nobody`, headers: admin })).json().items).toEqual([]);
    const page = (await app.inject({ url: '/v1/audit?limit=4', headers: admin })).json();
    const next = (await app.inject({ url: `/v1/audit?limit=4&cursor=${page.nextCursor}`, headers: admin })).json();
    const sequence = (id: string) => Number(id.replace('audit-', ''));
    expect(sequence(next.items[0].id)).toBeGreaterThan(sequence(page.items[3].id));
    expectProblem(await app.inject({ url: '/v1/audit?since=yesterday', headers: admin }), 400, ['query.since']);
  });
});
