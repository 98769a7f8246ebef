import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestoneProgress, actionProgress, quantityProgress, type Figure } from '../../src/domain/progress.js';
import { calendarYearOf, periodKindOf } from '../../src/domain/periods.js';
import { roundPercent, roundQuantity } from '../../src/domain/rounding.js';
import { expectProblem } from '../fixtures.js';
import { admin, buildTestApp } from '../helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
  // A little history to page through: revisions, a withdrawal, keys, audit entries.
  for (const note of ['first check', 'second check', 'third check']) {
    await app.inject({ method: 'PATCH', url: '/v1/observations/000-port-throughput-2024-jan-oct', headers: admin, payload: { note } });
  }
  for (const name of ['desk-a', 'desk-b', 'desk-c']) await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name, scope: 'write' } });
});
afterAll(() => app.close());

const get = async (url: string) => {
  const response = await app.inject({ url, headers: admin });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
  return response.json();
};

/** Walks a list a page of `limit` at a time, checking every page, and answers every item once. */
async function walk(path: string, limit: number): Promise<unknown[]> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { items: unknown[]; nextCursor: string | null } = await get(
      `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(page.items.length, path).toBeLessThanOrEqual(limit);
    if (page.nextCursor) expect(page.items.length, `${path}: a page before the last is full`).toBe(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    expect(pages, `${path} never ends`).toBeLessThan(1000);
  } while (cursor);
  return items;
}

const LISTS = [
  '/v1/plans',
  '/v1/plans/tianjin-jjj-2027/items',
  '/v1/targets',
  '/v1/targets?planId=tianjin-jjj-2027&kind=action',
  '/v1/indicators',
  '/v1/sources',
  '/v1/units',
  '/v1/keys',
  '/v1/audit',
  '/v1/plans/tianjin-jjj-2027/observations',
  '/v1/targets/port-container-throughput/observations?includeWithdrawn=true',
  '/v1/plans/tianjin-jjj-2027/targets/ms-beijing-gas-lng-reserve/observations',
  '/v1/indicators/jjj-gdp/observations',
  '/v1/observations/000-port-throughput-2024-jan-oct/history',
];

describe('every list pages', () => {
  it.each(LISTS)('%s: pages of at most `limit`, and the cursor walks the whole list exactly once', async (path) => {
    const whole = (await get(`${path}${path.includes('?') ? '&' : '?'}limit=500`)).items;
    expect(whole.length, path).toBeGreaterThan(0);
    for (const limit of [1, 2, 7]) {
      const walked = await walk(path, limit);
      expect(walked.map((item) => JSON.stringify(item))).toEqual(whole.map((item: unknown) => JSON.stringify(item)));
    }
  });

  it('refuses a limit out of range or not written as plain digits, and a cursor it did not issue', async () => {
    for (const limit of ['0', '501', '0x10', '1e2', '16.0', '-1', '']) {
      expectProblem(await app.inject(`/v1/targets?limit=${limit}`), 400, ['query.limit']);
    }
    expectProblem(await app.inject('/v1/targets?cursor=WyJ4Il0'), 400, ['query.cursor']);
    expect((await get('/v1/targets')).items).toHaveLength(50);
  });
});

describe('progress read off indexes equals progress computed from the whole history', () => {
  it('for every seeded target', async () => {
    const targets = (await walk('/v1/targets?planId=tianjin-jjj-2027', 500)) as any[];
    const sources = new Map(((await walk('/v1/sources', 500)) as any[]).map((source) => [source.id, source.publishedOn ?? '']));
    for (const target of targets) {
      const figures = (await walk(`/v1/plans/tianjin-jjj-2027/targets/${target.id}/observations`, 500)) as any[];
      // Newest first: by period end, then the source's date, then the id (the order the service promises).
      const newestFirst = [...figures].sort(
        (a, b) =>
          b.period.end.localeCompare(a.period.end) || sources.get(b.sourceId)!.localeCompare(sources.get(a.sourceId)!) || b.id.localeCompare(a.id),
      );
      const progress = await get(`/v1/plans/tianjin-jjj-2027/targets/${target.id}/progress`);
      expect(progress.observationCount, target.id).toBe(figures.length);
      if (target.kind !== 'quantity') {
        const latest = newestFirst[0] ? { id: newestFirst[0].id, state: newestFirst[0].state } : null;
        const expected = target.kind === 'milestone' ? milestoneProgress(latest) : actionProgress(latest);
        expect({ ...progress, basis: progress.basis?.id ?? null }, target.id).toMatchObject(expected);
        continue;
      }
      const asFigure = (o: any): Figure => ({ id: o.id, value: o.value, period: o.period, qualifier: o.qualifier, yearOnYearPercent: o.yearOnYearPercent });
      const comparable = newestFirst.filter((o) => target.measure !== 'annual' || periodKindOf(o.period) === 'calendar_year');
      const latest = newestFirst[0];
      const previousYear =
        latest && newestFirst.find((o) => periodKindOf(o.period) === 'calendar_year' && calendarYearOf(o.period) === calendarYearOf(latest.period) - 1);
      const expected = quantityProgress(
        { targetValue: target.targetValue, comparator: target.comparator, measure: target.measure, tolerancePercent: target.tolerancePercent ?? 0, baseline: target.baseline },
        { basis: comparable[0] ? asFigure(comparable[0]) : null, latest: latest ? asFigure(latest) : null, previousYear: previousYear ? asFigure(previousYear) : null },
      );
      // Answers round derived numbers (src/domain/rounding.ts); the maths does not.
      const percent = (value: number | null) => (value === null ? null : roundPercent(value));
      const quantity = (value: number | null) => (value === null ? null : roundQuantity(value));
      expect({ ...progress, basis: progress.basis?.id ?? null }, target.id).toMatchObject({
        ...expected,
        percentComplete: percent(expected.percentComplete),
        gapToTarget: quantity(expected.gapToTarget),
        progressFromBaseline: percent(expected.progressFromBaseline),
        estimate: expected.estimate && {
          ...expected.estimate,
          value: roundQuantity(expected.estimate.value),
          percentComplete: percent(expected.estimate.percentComplete),
          gapToTarget: quantity(expected.estimate.gapToTarget),
        },
      });
    }
  });
});

describe('answers that did not change', () => {
  it('are served again until a write changes them, and revalidate with a 304', async () => {
    const url = '/v1/targets/sea-rail-container-volume/progress';
    const first = await app.inject(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await app.inject(url);
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(etag);

    const revalidated = await app.inject({ url, headers: { 'if-none-match': etag } });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    expect((await app.inject({ url, headers: { 'if-none-match': `"other", ${etag}` } })).statusCode).toBe(304);
    expect((await app.inject({ url, headers: { 'if-none-match': '*' } })).statusCode).toBe(304);

    const added = await app.inject({
      method: 'POST',
      url: '/v1/targets/sea-rail-container-volume/observations',
      headers: admin,
      payload: {
        reported: { value: 180, unit: '万标准箱' },
        period: { start: '2023-01-01', end: '2023-12-31' },
        sourceId: 'xinhua-tianjin-2024-year-review',
        quote: '海铁联运完成116.7萬標準箱',
        note: 'a test figure',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const after = await app.inject({ url, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().observationCount).toBe(first.json().observationCount + 1);
    expect(after.json().basis.id).toBe(added.json().id);
  });

  it('lists revalidate too', async () => {
    const first = await app.inject('/v1/targets?limit=3');
    const revalidated = await app.inject({ url: '/v1/targets?limit=3', headers: { 'if-none-match': first.headers.etag as string } });
    expect(revalidated.statusCode).toBe(304);
  });
});
