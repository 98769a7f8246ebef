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

const observationsOf = async (path: string) => (await app.inject(`${path}/observations`)).json().items;

describe('recording a figure', () => {
  it("converts the document's own scale exactly and keeps what was printed", async () => {
    const response = await app.inject({ headers: admin, method: 'POST', url: '/v1/targets/demo-throughput/observations', payload: janToOct2024 });
    expect(response.statusCode).toBe(201);
    const observation = response.json();
    expect(response.headers.location).toBe(`/v1/observations/${observation.id}`);
    expect(observation).toMatchObject({
      targetId: 'demo-throughput',
      indicatorId: null,
      value: 20_241_900,
      reported: { value: 2024.19, unit: '万标准箱' },
      qualifier: 'exact',
      yearOnYearPercent: 4,
      quote: janToOct2024.quote,
    });
    expect((await app.inject(`/v1/observations/${observation.id}`)).json()).toEqual(observation);
  });

  it('accepts a value in the base unit, a decimal string, and a readable id', async () => {
    const byValue = await post(app, '/v1/targets/demo-throughput/observations', {
      ...janToOct2024,
      reported: undefined,
      value: 22_000_000,
      qualifier: 'more_than',
      period: { start: '2023-01-01', end: '2023-12-31' },
    });
    expect(byValue).toMatchObject({ value: 22_000_000, reported: null, qualifier: 'more_than' });
    const byString = await post(app, '/v1/targets/demo-throughput/observations', {
      ...janToOct2024,
      id: 'demo-2024-h1',
      reported: { value: '1100.5', unit: '萬標準箱' },
      period: { start: '2024-01-01', end: '2024-06-30' },
    });
    expect(byString).toMatchObject({ id: 'demo-2024-h1', value: 11_005_000 });
  });

  it('lists figures ordered by period', async () => {
    await post(app, '/v1/targets/demo-throughput/observations', janToOct2024);
    await post(app, '/v1/targets/demo-throughput/observations', {
      ...janToOct2024,
      period: { start: '2023-01-01', end: '2023-12-31' },
      reported: { value: 2200, unit: '万标准箱' },
    });
    const periods = (await observationsOf('/v1/targets/demo-throughput')).map((o: any) => o.period.start);
    expect(periods).toEqual(['2023-01-01', '2024-01-01']);
  });
});

describe('refusing a figure', () => {
  const attempt = (payload: object, url = '/v1/targets/demo-throughput/observations') =>
    app.inject({ headers: admin, method: 'POST', url, payload });

  it('in a unit that cannot become the target unit, and writes nothing', async () => {
    expectProblem(await attempt({ ...janToOct2024, reported: { value: 70, unit: '亿美元' } }), 400, ['body.reported.unit']);
    expectProblem(await attempt({ ...janToOct2024, reported: { value: 70, unit: 'furlongs' } }), 400, ['body.reported.unit']);
    expect(await observationsOf('/v1/targets/demo-throughput')).toEqual([]);
  });

  it('with a malformed period, value or source, naming each field', async () => {
    const response = await attempt({
      ...janToOct2024,
      period: { start: '2024-10-31', end: '2024-01-01' },
      reported: { value: '2,024', unit: '万标准箱' },
      qualifier: 'roughly',
    });
    expectProblem(response, 400, ['body.period.end', 'body.reported.value', 'body.qualifier']);
    expectProblem(await attempt({ ...janToOct2024, period: { start: '2024-02-30', end: '2024-03-01' } }), 400, ['body.period.start']);
    expectProblem(await attempt({ ...janToOct2024, sourceId: 'unknown' }), 400, ['body.sourceId']);
    expectProblem(await attempt({ ...janToOct2024, reported: undefined }), 400, ['body.reported']);
  });

  it("that covers time after its source was published, read at the precision of its date, or after today", async () => {
    // demo-daily-2024-11 was published on 2024-11-20: a figure can run to that day, not a day further.
    expect((await attempt({ ...janToOct2024, period: { start: '2024-01-01', end: '2024-11-20' } })).statusCode).toBe(201);
    const after = expectProblem(await attempt({ ...janToOct2024, period: { start: '2024-01-01', end: '2024-11-21' } }), 400, ['body.period.end']);
    expect(after.errors[0].message).toMatch(/after source "demo-daily-2024-11" was published \(2024-11-20\)/);
    // A source dated only to its year covers that whole year, and no more.
    await post(app, '/v1/sources', { ...demo.report, id: 'demo-annual', publishedOn: '2024' });
    expect((await attempt({ ...janToOct2024, sourceId: 'demo-annual', period: { start: '2024-12-31', end: '2024-12-31' } })).statusCode).toBe(201);
    expectProblem(await attempt({ ...janToOct2024, sourceId: 'demo-annual', period: { start: '2025-01-01', end: '2025-01-01' } }), 400, ['body.period.end']);
    // A source with no date cannot vouch for the future either.
    await post(app, '/v1/sources', { ...demo.report, id: 'demo-undated', publishedOn: null });
    const future = expectProblem(await attempt({ ...janToOct2024, sourceId: 'demo-undated', period: { start: '2031-01-01', end: '2031-01-01' } }), 400, ['body.period.end']);
    expect(future.errors[0].message).toMatch(/in the future/);
    const corrected = await app.inject({
      method: 'PATCH',
      url: `/v1/observations/${(await app.inject('/v1/targets/demo-throughput/observations')).json().items[0].id}`,
      headers: admin,
      payload: { period: { start: '2024-01-01', end: '2024-12-31' } },
    });
    expectProblem(corrected, 400, ['body.period.end']);
  });

  it('twice for the same period and source: 409', async () => {
    await post(app, '/v1/targets/demo-throughput/observations', janToOct2024);
    const again = await attempt({ ...janToOct2024, reported: { value: 2025, unit: '万标准箱' } });
    expect(expectProblem(again, 409).detail).toMatch(/same period/);
    expect(await observationsOf('/v1/targets/demo-throughput')).toHaveLength(1);
  });

  it('for a target or observation that does not exist: 404', async () => {
    expectProblem(await attempt(janToOct2024, '/v1/targets/nope/observations'), 404);
    expectProblem(await app.inject('/v1/targets/nope/observations'), 404);
    expectProblem(await app.inject('/v1/observations/nope'), 404);
  });
});

describe('milestones', () => {
  const opened = {
    state: 'completed',
    period: { start: '2024-11-20', end: '2024-11-20' },
    sourceId: 'demo-daily-2024-11',
    quote: '示范铁路建成通车。',
  };

  it('record a state, not a figure', async () => {
    const observation = await post(app, '/v1/targets/demo-railway/observations', opened);
    expect(observation).toMatchObject({ state: 'completed', value: null, qualifier: null });
  });

  it('refuse a figure or a missing state', async () => {
    const withFigure = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/targets/demo-railway/observations',
      payload: { ...opened, reported: { value: 1, unit: '条' }, qualifier: 'exact' },
    });
    expectProblem(withFigure, 400, ['body.reported', 'body.qualifier']);
    const noState = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/targets/demo-railway/observations',
      payload: { ...opened, state: undefined },
    });
    expectProblem(noState, 400, ['body.state']);
    const stateOnFigure = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/targets/demo-throughput/observations',
      payload: { ...janToOct2024, state: 'completed' },
    });
    expectProblem(stateOnFigure, 400, ['body.state']);
  });
});

describe('indicators', () => {
  const passengers = {
    id: 'demo-airport-passengers',
    planId: 'demo-plan',
    itemId: 'demo-port',
    name: { zh: '机场旅客吞吐量', en: 'Airport passengers' },
    unit: 'person_trips',
    measure: 'annual',
    geography: 'Demo City',
  };

  it('hold figures without a target, with the same fields', async () => {
    const created = await app.inject({ headers: admin, method: 'POST', url: '/v1/indicators', payload: passengers });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/v1/plans/demo-plan/indicators/demo-airport-passengers');
    const observation = await post(app, '/v1/indicators/demo-airport-passengers/observations', {
      ...janToOct2024,
      reported: { value: 1715.1, unit: '万人次' },
    });
    expect(observation).toMatchObject({ targetId: null, indicatorId: 'demo-airport-passengers', value: 17_151_000 });
    expect(await observationsOf('/v1/indicators/demo-airport-passengers')).toHaveLength(1);
    expect((await app.inject('/v1/indicators?planId=demo-plan')).json().items).toHaveLength(1);
    expect((await app.inject('/v1/indicators/demo-airport-passengers')).json()).toMatchObject(passengers);
  });

  it('refuse unknown units, plans and items', async () => {
    const response = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/indicators',
      payload: { ...passengers, unit: 'furlongs', itemId: 'nope' },
    });
    expectProblem(response, 400, ['body.unit', 'body.itemId']);
    expectProblem(await app.inject('/v1/indicators/nope/observations'), 404);
  });
});

describe('units', () => {
  it('can be added, and a word already taken is refused', async () => {
    const added = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/units',
      payload: { code: 'berths', name: { zh: '泊位', en: 'berths' }, aliases: ['泊位'] },
    });
    expect(added.statusCode).toBe(201);
    expect(added.headers.location).toBe('/v1/units/berths');
    expect((await app.inject('/v1/units/berths')).json().aliases).toEqual(['泊位']);
    expectProblem(await app.inject('/v1/units/furlongs'), 404);
    const units = (await app.inject('/v1/units')).json().items.map((unit: { code: string }) => unit.code);
    expect(units).toEqual(expect.arrayContaining(['TEU', 'km', 'CNY', 'USD', 'percent', 'count', 'rank', 'berths']));
    const taken = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/v1/units',
      payload: { code: 'boxes', name: { zh: '箱', en: 'boxes' }, aliases: ['标准箱'] },
    });
    expectProblem(taken, 409);
  });
});

