import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demo, enterDemoPlan, expectProblem, post } from '../fixtures.js';
import { admin, buildTestApp } from '../helpers.js';

let app: FastifyInstance;
beforeEach(async () => {
  app = await buildTestApp();
});
afterEach(() => app.close());

describe('sources', () => {
  it('are created with a Location, keep the precision of their date, and list a page at a time', async () => {
    const response = await app.inject({ headers: admin, method: 'POST', url: '/v1/sources', payload: demo.report });
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe('/v1/sources/demo-daily-2024-11');
    await post(app, '/v1/sources', demo.source);

    const month = await app.inject('/v1/sources/demo-plan-text');
    expect(month.json()).toMatchObject({ publishedOn: '2023-06', publishedOnPrecision: 'month', url: null });

    const first = await app.inject('/v1/sources?limit=1');
    expect(first.json().items.map((s: { id: string }) => s.id)).toEqual(['demo-daily-2024-11']);
    const second = await app.inject(`/v1/sources?limit=1&cursor=${first.json().nextCursor}`);
    expect(second.json()).toMatchObject({ items: [{ id: 'demo-plan-text' }], nextCursor: null });
    expect((await app.inject('/v1/sources?kind=plan')).json().items).toHaveLength(1);
  });

  it('refuse a date more precise than a real one, and a duplicate', async () => {
    const badDate = await app.inject({ headers: admin, method: 'POST', url: '/v1/sources', payload: { ...demo.report, publishedOn: '2024-13' } });
    expectProblem(badDate, 400, ['body.publishedOn']);
    await post(app, '/v1/sources', demo.report);
    expectProblem(await app.inject({ headers: admin, method: 'POST', url: '/v1/sources', payload: demo.report }), 409);
  });
});

describe('a second plan entered through the API alone', () => {
  beforeEach(() => enterDemoPlan(app));

  it('is listed and read back', async () => {
    expect((await app.inject('/v1/plans')).json().items.map((p: { id: string }) => p.id)).toEqual(['demo-plan']);
    expect((await app.inject('/v1/plans/demo-plan')).json()).toMatchObject({ ...demo.plan });
  });

  it('has its structure as a tree', async () => {
    const tree = (await app.inject('/v1/plans/demo-plan/items')).json();
    expect(tree.items).toHaveLength(1);
    expect(tree.items[0]).toMatchObject({ id: 'demo-goals', children: [{ id: 'demo-port', children: [] }] });
  });

  it('changes only what a PATCH names', async () => {
    const plan = await app.inject({ headers: admin, method: 'PATCH', url: '/v1/plans/demo-plan', payload: { deadline: '2028-12-31' } });
    expect(plan.json()).toMatchObject({ deadline: '2028-12-31', issuedOn: '2023-06', title: demo.plan.title });

    const item = await app.inject({
      headers: admin,
      method: 'PATCH',
      url: '/v1/plans/demo-plan/items/demo-port',
      payload: { title: { zh: '港口建设', en: 'Port building' } },
    });
    expect(item.statusCode).toBe(200);
    expect(item.json()).toMatchObject({ parentId: 'demo-goals', number: '1', title: { en: 'Port building' } });
  });

  it('refuses items that point nowhere or form a cycle, and changes nothing', async () => {
    const orphan = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/plans/demo-plan/items',
      payload: { ...demo.port, id: 'demo-orphan', parentId: 'nowhere' },
    });
    expectProblem(orphan, 400, ['body.parentId']);
    const cycle = await app.inject({
      headers: admin,
      method: 'PATCH',
      url: '/v1/plans/demo-plan/items/demo-goals',
      payload: { parentId: 'demo-port' },
    });
    expectProblem(cycle, 400, ['body.parentId']);
    expect((await app.inject('/v1/plans/demo-plan/items')).json().items[0].parentId).toBeNull();
  });

  it('answers 404 for what does not exist and 409 for what already does', async () => {
    expectProblem(await app.inject('/v1/plans/nope'), 404);
    expectProblem(await app.inject('/v1/plans/nope/items'), 404);
    expectProblem(await app.inject('/v1/plans/demo-plan/items/nope'), 404);
    expectProblem(await app.inject({ headers: admin, method: 'PATCH', url: '/v1/plans/nope', payload: {} }), 404);
    expectProblem(await app.inject({ headers: admin, method: 'POST', url: '/v1/plans', payload: demo.plan }), 409);
    expectProblem(await app.inject({ headers: admin, method: 'POST', url: '/v1/plans/demo-plan/items', payload: demo.port }), 409);
  });

  it('refuses a plan citing an unknown source', async () => {
    const response = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/plans',
      payload: { ...demo.plan, id: 'other-plan', sourceId: 'missing' },
    });
    expectProblem(response, 400, ['body.sourceId']);
  });
});
