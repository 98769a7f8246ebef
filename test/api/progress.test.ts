import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enterDemoPlan, janToOct2024, post } from '../fixtures.js';
import { buildTestApp } from '../helpers.js';

let app: FastifyInstance;
beforeEach(async () => {
  app = await buildTestApp();
  await enterDemoPlan(app);
});
afterEach(() => app.close());

const progressOf = async (targetId: string) => (await app.inject(`/v1/targets/${targetId}/progress`)).json();

describe('progress of one target', () => {
  it('is no_data, with nulls, before any figure', async () => {
    expect(await progressOf('demo-throughput')).toMatchObject({
      kind: 'quantity',
      status: 'no_data',
      basis: null,
      percentComplete: null,
      gapToTarget: null,
      estimate: null,
      observationCount: 0,
    });
  });

  it('measures a whole year, returns its qualifier as a bound, and estimates the year from newer months', async () => {
    const year = await post(app, '/v1/targets/demo-throughput/observations', {
      ...janToOct2024,
      reported: { value: 2200, unit: '万标准箱' },
      qualifier: 'more_than',
      yearOnYearPercent: undefined,
      period: { start: '2023-01-01', end: '2023-12-31' },
    });
    const months = await post(app, '/v1/targets/demo-throughput/observations', janToOct2024);
    const progress = await progressOf('demo-throughput');
    expect(progress).toMatchObject({
      status: 'not_achieved',
      direction: 'up',
      targetValue: 27_000_000,
      gapToTarget: 5_000_000,
      percentCompleteBound: 'lower_bound',
      basis: { id: year.id, qualifier: 'more_than', quote: janToOct2024.quote },
      estimate: { method: 'yoy', from: months.id },
      observationCount: 2,
    });
    expect(progress.percentComplete).toBeCloseTo(81.48, 2);
    expect(progress.estimate.value).toBeCloseTo(22_880_000, 4);
  });

  it('of a milestone is its latest reported state', async () => {
    await post(app, '/v1/targets/demo-railway/observations', {
      state: 'under_way',
      period: { start: '2024-05-01', end: '2024-05-31' },
      sourceId: 'demo-daily-2024-11',
      quote: '示范铁路加快建设。',
    });
    expect(await progressOf('demo-railway')).toMatchObject({ kind: 'milestone', status: 'not_achieved', state: 'under_way' });
  });

  it('is 404 for an unknown target', async () => {
    expect((await app.inject('/v1/targets/nope/progress')).statusCode).toBe(404);
  });
});

describe('progress of a plan', () => {
  it('lists every target with counts by status', async () => {
    await post(app, '/v1/targets/demo-throughput/observations', janToOct2024);
    const progress = (await app.inject('/v1/plans/demo-plan/progress?view=flat')).json();
    expect(progress.counts).toEqual({ achieved: 0, not_achieved: 0, no_comparable_data: 1, no_data: 1, not_assessed: 0, total: 2 });
    expect(progress.targets.map((t: { targetId: string; status: string }) => [t.targetId, t.status])).toEqual([
      ['demo-railway', 'no_data'],
      ['demo-throughput', 'no_comparable_data'],
    ]);
    expect((await app.inject('/v1/plans/nope/progress')).statusCode).toBe(404);
  });
});
