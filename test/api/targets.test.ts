import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demo, enterDemoPlan, expectProblem, janToOct2024, post } from '../fixtures.js';
import { admin, buildTestApp } from '../helpers.js';

let app: FastifyInstance;
beforeEach(async () => {
  app = await buildTestApp();
  await enterDemoPlan(app);
});
afterEach(() => app.close());

const ids = (response: { json(): any }) => response.json().items.map((item: { id: string }) => item.id);

describe('creating targets', () => {
  it("converts the plan's printed value exactly and takes the plan's deadline", async () => {
    const target = (await app.inject('/v1/targets/demo-throughput')).json();
    expect(target).toMatchObject({
      kind: 'quantity',
      unit: 'TEU',
      targetValue: 27_000_000,
      reported: { value: 2700, unit: '万标准箱' },
      deadline: '2027-12-31',
      tolerancePercent: null,
      baseline: null,
    });
  });

  it('answers 201 with a Location, and gives `about` targets the service default tolerance, saying so', async () => {
    const response = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/targets',
      payload: {
        ...demo.throughput,
        id: 'demo-rd',
        unit: 'percent',
        reported: { value: 3.7, unit: '%' },
        comparator: 'about',
        measure: 'ratio',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe('/v1/plans/demo-plan/targets/demo-rd');
    // The plan states no tolerance for 左右: the service's default applies, and the target says so.
    expect(response.json()).toMatchObject({ targetValue: 3.7, tolerancePercent: 2, toleranceSource: 'service_default' });
  });

  it('names every field that is wrong and writes nothing', async () => {
    const response = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/targets',
      payload: { ...demo.throughput, id: 'demo-fdi', unit: 'CNY', reported: { value: 70, unit: '亿美元' }, itemId: 'nope' },
    });
    expectProblem(response, 400, ['body.reported.unit', 'body.itemId']);
    expectProblem(await app.inject('/v1/targets/demo-fdi'), 404);
  });

  it('refuses a base value that contradicts the printed one, and a tolerance on a target that is not `about`', async () => {
    const response = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/targets',
      payload: { ...demo.throughput, id: 'demo-x', targetValue: 2700, tolerancePercent: 5 },
    });
    expectProblem(response, 400, ['body.targetValue', 'body.tolerancePercent']);
  });

  it('validates the shape of each kind', async () => {
    const noComparator = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/targets',
      payload: { ...demo.throughput, id: 'demo-y', comparator: 'roughly' },
    });
    expectProblem(noComparator, 400, ['body.comparator']);
    const noKind = await app.inject({ headers: admin, method: 'POST', url: '/v1/targets', payload: { ...demo.railway, kind: 'wish' } });
    expectProblem(noKind, 400);
  });
});

describe('listing targets', () => {
  beforeEach(async () => {
    for (const n of [1, 2, 3]) {
      await post(app, '/v1/targets', { ...demo.railway, id: `demo-line-${n}`, name: { zh: `${n}号线`, en: `Line ${n}` } });
    }
  });

  it('filters by plan, item, kind, unit and words in either language', async () => {
    expect(ids(await app.inject('/v1/targets?kind=quantity'))).toEqual(['demo-throughput']);
    expect(ids(await app.inject('/v1/targets?unit=TEU&planId=demo-plan&itemId=demo-port'))).toEqual(['demo-throughput']);
    expect(ids(await app.inject(`/v1/targets?q=${encodeURIComponent('吞吐')}`))).toEqual(['demo-throughput']);
    expect(ids(await app.inject('/v1/targets?q=line'))).toEqual(['demo-line-1', 'demo-line-2', 'demo-line-3']);
    expect(ids(await app.inject('/v1/targets?q=%25'))).toEqual([]);
    expect(ids(await app.inject('/v1/targets?q=_'))).toEqual([]);
    expect(ids(await app.inject('/v1/targets?planId=other'))).toEqual([]);
  });

  it('pages with a cursor until nextCursor is null', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { json(): any } = await app.inject(`/v1/targets?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...ids(page));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(['demo-line-1', 'demo-line-2', 'demo-line-3', 'demo-railway', 'demo-throughput']);
  });

  it('refuses a bad limit, kind or cursor by name', async () => {
    expectProblem(await app.inject('/v1/targets?limit=0'), 400, ['query.limit']);
    expectProblem(await app.inject('/v1/targets?limit=abc'), 400, ['query.limit']);
    expectProblem(await app.inject('/v1/targets?kind=wish'), 400, ['query.kind']);
    expectProblem(await app.inject('/v1/targets?cursor=%25%25'), 400, ['query.cursor']);
  });
});

describe('changing targets', () => {
  it('recomputes the base value from a new printed value', async () => {
    const response = await app.inject({
      headers: admin,
      method: 'PATCH',
      url: '/v1/targets/demo-throughput',
      payload: { reported: { value: 2800, unit: '万标箱' } },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ targetValue: 28_000_000, reported: { value: 2800 }, comparator: 'at_least' });
  });

  it('drops a printed value that a new base value contradicts', async () => {
    const response = await app.inject({ headers: admin, method: 'PATCH', url: '/v1/targets/demo-throughput', payload: { targetValue: 26_000_000 } });
    expect(response.json()).toMatchObject({ targetValue: 26_000_000, reported: null });
  });

  it('keeps its unit once it has figures', async () => {
    await post(app, '/v1/targets/demo-throughput/observations', janToOct2024);
    const response = await app.inject({
      method: 'PATCH',
      url: '/v1/targets/demo-throughput',
      headers: admin,
      payload: { unit: 'CNY', targetValue: 1e12 },
    });
    expectProblem(response, 400, ['body.unit']);
    expect((await app.inject('/v1/targets/demo-throughput')).json().unit).toBe('TEU');
  });

  it('refuses fields of the other kind, fields it does not have, and unknown targets', async () => {
    expectProblem(await app.inject({ method: 'PATCH', url: '/v1/targets/demo-railway', headers: admin, payload: { kind: 'quantity' } }), 400);
    const foreign = await app.inject({
      headers: admin,
      method: 'PATCH',
      url: '/v1/targets/demo-railway',
      payload: { comparator: 'at_least' },
    });
    expectProblem(foreign, 400, ['body.comparator']);
    expectProblem(await app.inject({ headers: admin, method: 'PATCH', url: '/v1/targets/nope', payload: {} }), 404);
  });
});
