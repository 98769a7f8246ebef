import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../fixtures.js';
import { admin, buildTestApp } from '../helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
});
afterAll(() => app.close());

const progress = async (targetId: string, query = '') => {
  const response = await app.inject(`/v1/targets/${targetId}/progress${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('will it be met by 2027? the seeded examples', () => {
  it('container throughput: +4 %/yr observed against about 5.7 %/yr required from the 2024 estimate: needs acceleration, 27 M around 2029', async () => {
    const { assessment } = await progress('port-container-throughput');
    expect(assessment).toMatchObject({ kind: 'quantity', status: 'needs_acceleration', method: 'stated_year_on_year', reason: null });
    // Observed: January–October 2024 grew 4 % on a year before.
    expect(assessment.observedRate.value).toBeCloseTo(0.04, 10);
    expect(assessment.inputs.observed.stated).toEqual({ id: '000-port-throughput-2024-jan-oct', yearOnYearPercent: 4 });
    // Required from the 2024 estimate, 22 000 000 × 1.04 = 22 880 000, to 27 000 000 in 2027: (27 / 22.88)^(1/3) − 1 = 0.05674.
    expect(assessment.inputs.required.from).toMatchObject({ source: 'estimate', value: 22_880_000, year: 2024, bound: 'lower_bound' });
    expect(assessment.requiredRate.value).toBeCloseTo(0.056743, 5);
    // 0.04 / 0.056743 = 0.705: between 0.6 and 0.95. The base year was "more than" 22 M, so at least that.
    expect(assessment.ratio.value).toBeCloseTo(0.7049, 3);
    expect(assessment.ratio.bound).toBe('lower_bound');
    expect(assessment.statusBound).toBe('lower_bound');
    // 22.88 M × 1.04³ = 25.74 M at the deadline; 26.77 M in 2028, 27.84 M in 2029.
    expect(assessment.projection.projectedValue.value).toBeCloseTo(25_736_888.32, 1);
    expect(assessment.projection.reachedYear).toEqual({ value: 2029, bound: 'upper_bound' });
  });

  it('sea-rail volume: +17 %/yr against about 12.6 %/yr required from the 2024 estimate: on track', async () => {
    const { assessment } = await progress('sea-rail-container-volume');
    expect(assessment).toMatchObject({ status: 'on_track', method: 'stated_year_on_year' });
    // 116.7万 × 12 / 10 = 1 400 400; (2 000 000 / 1 400 400)^(1/3) − 1 = 0.12614; 0.17 / 0.12614 = 1.348.
    expect(assessment.requiredRate.value).toBeCloseTo(0.126141, 5);
    expect(assessment.ratio.value).toBeCloseTo(1.3477, 3);
  });

  it('high-speed rail km, with no figure, and the labs, a level with no baseline, cannot be judged, and say why', async () => {
    expect((await progress('hsr-intercity-km')).assessment).toMatchObject({ status: 'insufficient_data', reason: 'no_figure' });
    const labs = (await progress('national-key-labs')).assessment;
    expect(labs).toMatchObject({ status: 'insufficient_data', reason: 'level_without_baseline' });
    expect(labs.explanation).toMatch(/one figure for this level, and neither a stated baseline nor a stated year-on-year rate/);
  });

  it('milestones report their latest state; an action its state only, never judged', async () => {
    expect((await progress('ms-jinxing-intercity')).assessment).toMatchObject({ kind: 'milestone', status: 'completed' });
    expect((await progress('ms-xiqing-12-inch-wafer-foundry')).assessment).toMatchObject({ kind: 'milestone', status: 'no_report', basis: null });
    const action = (await progress('ms-beijing-gas-lng-reserve')).assessment;
    expect(action).toMatchObject({ kind: 'action', status: 'under_way' });
    expect(action.explanation).toMatch(/not judged on or off track/);
  });
});

describe('as of a date', () => {
  it('counts a source from the end of the month or day it is dated to', async () => {
    // 002 is dated 2024-05 (month): its figures count from 2024-05-31. 000 is dated 2024-12-23.
    expect(await progress('port-container-throughput', '?asOf=2024-05-30')).toMatchObject({ asOf: '2024-05-30', status: 'no_data', observationCount: 0 });
    const endOfMay = await progress('port-container-throughput', '?asOf=2024-05-31');
    expect(endOfMay).toMatchObject({ status: 'not_achieved', observationCount: 1, estimate: null });
    expect(endOfMay.basis.id).toBe('002-port-throughput-year-to-2024-05');
    expect(endOfMay.assessment).toMatchObject({ status: 'insufficient_data', reason: 'single_figure_without_rate' });
    expect((await progress('port-container-throughput', '?asOf=2024-12-22')).observationCount).toBe(1);
    const december = await progress('port-container-throughput', '?asOf=2024-12-23');
    expect(december).toMatchObject({ observationCount: 2, estimate: { method: 'yoy' }, assessment: { status: 'needs_acceleration' } });
  });

  it('before any report was published, every target has no data or cannot be judged', async () => {
    const plan = (await app.inject('/v1/plans/tianjin-jjj-2027/progress?view=flat&asOf=2023-12-31')).json();
    expect(plan.counts).toMatchObject({ no_data: plan.counts.total });
    for (const target of plan.targets) expect(['insufficient_data', 'no_report'], target.targetId).toContain(target.assessment.status);
  });

  it('uses a figure as it stood on that date, though it was revised or withdrawn later', async () => {
    const id = '000-sea-rail-2024-jan-oct';
    const before = await progress('sea-rail-container-volume', '?asOf=2024-12-31');
    const revised = await app.inject({ method: 'PATCH', url: `/v1/observations/${id}`, headers: admin, payload: { reported: { value: 120, unit: '萬標準箱' } } });
    expect(revised.statusCode, revised.body).toBe(200);
    // As of the end of 2024 the figure is what was known then; now it is the revision.
    expect((await progress('sea-rail-container-volume', '?asOf=2024-12-31')).estimate).toEqual(before.estimate);
    expect((await progress('sea-rail-container-volume')).estimate.value).toBeCloseTo(1_440_000, 4);
    const withdrawn = await app.inject({ method: 'DELETE', url: `/v1/observations/${id}?reason=${encodeURIComponent('test')}`, headers: admin });
    expect(withdrawn.statusCode).toBe(200);
    expect((await progress('sea-rail-container-volume')).status).toBe('no_data');
    const asThen = await progress('sea-rail-container-volume', '?asOf=2024-12-31');
    expect(asThen.observationCount).toBe(1);
    expect(asThen.estimate).toEqual(before.estimate);
  });

  it('refuses a date that does not exist', async () => {
    expectProblem(await app.inject('/v1/targets/port-container-throughput/progress?asOf=2024-02-30'), 400, ['query.asOf']);
    expectProblem(await app.inject('/v1/plans/tianjin-jjj-2027/progress?asOf=yesterday'), 400, ['query.asOf']);
  });
});

describe('the plan at a glance', () => {
  it("groups the targets by the plan's parts and tasks, with counts by assessment over each subtree", async () => {
    const plan = (await app.inject('/v1/plans/tianjin-jjj-2027/progress')).json();
    expect(plan.view).toBe('tree');
    expect(plan.groups.map((group: { itemId: string }) => group.itemId)).toEqual(['goals', 'tasks', 'safeguards']);
    const total = plan.groups.reduce((sum: number, group: { counts: { total: number } }) => sum + group.counts.total, 0);
    expect(total).toBe(plan.counts.total);
    expect(plan.assessmentCounts.total).toBe(plan.counts.total);
    const goals = plan.groups[0];
    const port = goals.children.find((child: { itemId: string }) => child.itemId === 'goals-2');
    expect(port.targets.map((t: { targetId: string }) => t.targetId)).toContain('port-container-throughput');
    const own = (group: any): number => group.targets.length + group.children.reduce((sum: number, child: any) => sum + own(child), 0);
    expect(goals.counts.total).toBe(own(goals));
    const flat = (await app.inject('/v1/plans/tianjin-jjj-2027/progress?view=flat')).json();
    expect(flat.view).toBe('flat');
    expect(flat.targets).toHaveLength(plan.counts.total);
    expect(flat.counts).toEqual(plan.counts);
  });
});
