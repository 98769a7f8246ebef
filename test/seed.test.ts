import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftDecimal } from '../src/domain/decimal.js';
import { resolveUnitWord } from '../src/domain/units.js';
import { loadSeed, SEED_DIR } from '../src/seed/load.js';
import { admin, buildTestApp, snapshotStore } from './helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
});
afterAll(() => app.close());

const get = async (url: string) => {
  const response = await app.inject(url);
  expect(response.statusCode, url).toBe(200);
  return response.json();
};

async function all<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await get(
      `${path}${path.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');
const documents = new Map<string, string>();
function documentOf(file: string): string {
  if (!documents.has(file)) documents.set(file, withoutSpace(readFileSync(join(SEED_DIR, 'documents', file), 'utf8')));
  return documents.get(file)!;
}

/** The printed unit may carry 多 or 余 between its scale and its word: 1万多家 is more than 10 000 firms. */
function printedIn(quote: string, reported: { value: number; unit: string }): boolean {
  const value = String(reported.value);
  const scale = reported.unit.match(/^(万亿|萬億|万|萬|亿|億)(.+)$/);
  const forms = [`${value}${reported.unit}`, `${value}${reported.unit.replace(/^[%％]$/, '％')}`];
  if (scale) forms.push(`${value}${scale[1]}多${scale[2]}`, `${value}${scale[1]}余${scale[2]}`, `${value}${scale[1]}餘${scale[2]}`);
  const words = withoutSpace(quote);
  return forms.some((form) => words.includes(form)) || (words.includes(value) && words.includes(reported.unit));
}

describe('the seeded data, checked against its documents', () => {
  it('holds the plan, its structure, every target and every report', async () => {
    const plan = await get('/v1/plans/tianjin-jjj-2027');
    expect(plan).toMatchObject({ deadline: '2027-12-31', sourceId: 'tianjin-jjj-action-plan' });
    const tree = (await get('/v1/plans/tianjin-jjj-2027/items')).items;
    expect(tree.map((item: { id: string }) => item.id)).toEqual(['goals', 'tasks', 'safeguards']);
    const tasks = tree[1].children.flatMap((part: { children: { id: string }[] }) => part.children.map((task) => task.id));
    expect(tasks).toEqual(Array.from({ length: 25 }, (_, i) => `task-${String(i + 1).padStart(2, '0')}`));
    const sources = await all<{ id: string; document: string }>('/v1/sources');
    expect(sources.map((source) => source.document).sort()).toEqual([
      '000_62a21fa7541a7de6.txt',
      '001_93019acd2bdb2a58.txt',
      '002_563999e6a9a5401a.txt',
      '003_b492757d4a417f35.txt',
      '004_015af695a5ec415d.txt',
    ]);
  });

  it('quotes every target clause verbatim from the plan, with its printed value', async () => {
    const plan = documentOf('001_93019acd2bdb2a58.txt');
    const targets = await all<any>('/v1/targets');
    expect(targets.length).toBeGreaterThanOrEqual(14);
    for (const target of targets) {
      expect(plan, target.id).toContain(withoutSpace(target.clause));
      if (target.kind === 'quantity') expect(printedIn(target.clause, target.reported), target.id).toBe(true);
    }
  });

  it('traces every observation to a verbatim quote of its source, with its printed value and exact base value', async () => {
    const units = (await get('/v1/units')).items;
    const sources = new Map((await all<{ id: string; document: string }>('/v1/sources')).map((s) => [s.id, s.document]));
    const series = [
      ...(await all<{ id: string }>('/v1/targets')).map((t) => `/v1/targets/${t.id}`),
      ...(await all<{ id: string }>('/v1/indicators')).map((i) => `/v1/indicators/${i.id}`),
    ];
    let checked = 0;
    for (const path of series) {
      for (const observation of (await get(`${path}/observations`)).items) {
        const document = documentOf(sources.get(observation.sourceId)!);
        expect(document, observation.id).toContain(withoutSpace(observation.quote));
        if (observation.state === null) {
          expect(printedIn(observation.quote, observation.reported), observation.id).toBe(true);
          const { power } = resolveUnitWord(observation.reported.unit, units)!;
          expect(observation.value, observation.id).toBe(shiftDecimal(observation.reported.value, power));
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });
});

describe('what the documents say, read the way the glossary reads them', () => {
  it('no figure covers time after its source was published, read at the precision of its date', async () => {
    const sources = new Map((await all<{ id: string; publishedOn: string | null }>('/v1/sources')).map((s) => [s.id, s.publishedOn]));
    const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
    const observations = (await all<any>('/v1/plans/tianjin-jjj-2027/observations'));
    expect(observations.length).toBeGreaterThan(100);
    for (const observation of observations) {
      const published = sources.get(observation.sourceId);
      if (published) expect(observation.period.end <= lastDay(published), observation.id).toBe(true);
    }
  });

  it('以上 includes the number: the FDI target and the 以上 figures are at least, not more than', async () => {
    expect(await get('/v1/targets/fdi-utilised')).toMatchObject({ comparator: 'at_least' });
    const observations = await all<any>('/v1/plans/tianjin-jjj-2027/observations');
    const withYiShang = observations.filter((o) => /以上/.test(o.quote) && o.reported && new RegExp(`${o.reported.printed}[^，。,;；]{0,3}以上`).test(o.quote.replace(/\s/g, '')));
    expect(withYiShang.length).toBeGreaterThanOrEqual(2);
    for (const observation of withYiShang) expect(observation.qualifier, observation.id).toBe('at_least');
  });

  it('holds the milestones the plan gives a completion verb, and keeps open-ended work as actions', async () => {
    const targets = await all<any>('/v1/targets?planId=tianjin-jjj-2027');
    const byName = (zh: string) => targets.find((t) => t.name.zh.includes(zh));
    for (const zh of ['京津冀协同创新共同体示范区', '京津冀高质量产城融合示范区', '全国重要整车及配套设施生产基地', '千兆5G和千兆光网建设提升工程']) {
      expect(byName(zh), zh).toMatchObject({ kind: 'milestone' });
    }
    expect(targets.find((t) => t.clause.includes('蓟运河') && t.kind === 'milestone')).toBeDefined();
    const actions = targets.filter((t) => t.kind === 'action');
    expect(actions.length).toBeGreaterThanOrEqual(20);
    // An action's verb promises no completion: 建设 is "build", never "built".
    for (const action of actions) expect(action.activity.en, action.id).not.toMatch(/\b(built|completed|finished)\b/i);
    expect(byName('北塘湾数字经济产业园')).toMatchObject({ kind: 'action', activity: { zh: '建设' } });
    expect(byName('金融街')).toMatchObject({ kind: 'action' });
  });

  it("keeps a renamed source's old id working, and names the publisher the text credits", async () => {
    const renamed = await app.inject('/v1/sources/hebei-daily-2024-review');
    expect(renamed.statusCode).toBe(308);
    expect(renamed.headers.location).toBe('/v1/sources/hebei-daily-2025-review-of-2024');
    expect(await get('/v1/sources/hebei-daily-2025-review-of-2024')).toMatchObject({
      publishedOn: expect.stringMatching(/^2025/),
      formerIds: ['hebei-daily-2024-review'],
    });
    expect((await get('/v1/sources/beijing-feature-2024-05-leaders-meeting')).publisher).toMatch(/北京青年报/);
  });

  it('says where the tolerance of "about" comes from: the plan states none', async () => {
    expect(await get('/v1/targets/rd-intensity')).toMatchObject({ comparator: 'about', tolerancePercent: 2, toleranceSource: 'service_default' });
  });
});

describe('progress on the real data', () => {
  const progressOf = (targetId: string) => get(`/v1/targets/${targetId}/progress`);

  it('container throughput: more than 22 million TEU in calendar 2023 is at least 81.5 % of 27 million, and January–October 2024 at +4 % makes 2024 more than 22.88 million', async () => {
    const progress = await progressOf('port-container-throughput');
    expect(progress.basis).toMatchObject({
      reported: { value: 2200, unit: '萬標箱' },
      period: { start: '2023-01-01', end: '2023-12-31' },
      qualifier: 'more_than',
      sourceId: 'beijing-feature-2024-05-leaders-meeting',
    });
    // 22 000 000 / 27 000 000 = 81.48 %, a lower bound; 5 000 000 TEU to go at most.
    expect(progress.percentComplete).toBeCloseTo(81.48, 2);
    expect(progress.percentCompleteBound).toBe('lower_bound');
    expect(progress.gapToTarget).toBe(5_000_000);
    expect(progress.status).toBe('not_achieved');
    // 22 000 000 × (1 + 4 %) = 22 880 000 for 2024: 84.74 %, a lower bound like the year it grows.
    expect(progress.estimate).toMatchObject({ method: 'yoy', from: '000-port-throughput-2024-jan-oct', year: 2024, bound: 'lower_bound' });
    expect(progress.estimate.value).toBeCloseTo(22_880_000, 4);
    expect(progress.estimate.percentComplete).toBeCloseTo(84.74, 2);
  });

  it('sea-rail volume: only January–October 2024, so no basis, but an estimate against 2 million TEU', async () => {
    const progress = await progressOf('sea-rail-container-volume');
    expect(progress).toMatchObject({ status: 'no_comparable_data', percentComplete: null, gapToTarget: null });
    // 116.7万 × 12 / 10 = 1 400 400 TEU: 70.02 % of 2 000 000.
    expect(progress.estimate).toMatchObject({ method: 'pro_rata', bound: 'exact' });
    expect(progress.estimate.value).toBeCloseTo(1_400_400, 4);
    expect(progress.estimate.percentComplete).toBeCloseTo(70.02, 2);
  });

  it('key laboratories: 17 of 20', async () => {
    const progress = await progressOf('national-key-labs');
    expect(progress).toMatchObject({ status: 'not_achieved', percentComplete: 85, gapToTarget: 3 });
  });

  it('rail mileage: no report measures it, so no data and not zero', async () => {
    expect(await progressOf('hsr-intercity-km')).toMatchObject({
      status: 'no_data',
      basis: null,
      percentComplete: null,
      gapToTarget: null,
      observationCount: 0,
    });
  });

  it('an action reports its state and is never judged', async () => {
    expect(await progressOf('ms-beijing-gas-lng-reserve')).toMatchObject({ kind: 'action', status: 'not_assessed', state: 'under_way' });
    expect(await progressOf('ms-jinxing-intercity')).toMatchObject({ kind: 'milestone', status: 'achieved', state: 'completed' });
  });

  it('the whole plan: counts by status add up to every target', async () => {
    const progress = await get('/v1/plans/tianjin-jjj-2027/progress');
    const targets = await all('/v1/targets?planId=tianjin-jjj-2027');
    expect(progress.counts.total).toBe(targets.length);
    expect(progress.counts.no_data).toBeGreaterThan(0);
    expect(progress.counts.not_assessed).toBeGreaterThan(0);
    const { total, ...byStatus } = progress.counts;
    expect(Object.values(byStatus).reduce((sum: number, n) => sum + (n as number), 0)).toBe(total);
  });
});

describe('loading the seed', () => {
  it('again duplicates nothing, never overwrites an edit made through the API, and corrects what only the seed wrote', async () => {
    const seeded = await buildTestApp({ seed: true });
    try {
      const tables = async () => {
        const { observations = [], targets = [] } = await snapshotStore(seeded.store);
        return observations.length + targets.length;
      };
      const before = await tables();
      const edit = await seeded.inject({ headers: admin, method: 'PATCH', url: '/v1/targets/national-key-labs', payload: { note: 'edited through the API' } });
      expect(edit.statusCode).toBe(200);

      const second = (await loadSeed(seeded.store))!;
      expect(second.created).toBe(0);
      expect(second.revised).toBe(0);
      expect(second.kept).toEqual(['target national-key-labs']);
      expect(await tables()).toEqual(before);
      expect((await seeded.inject('/v1/targets/national-key-labs')).json().note).toBe('edited through the API');
    } finally {
      await seeded.close();
    }
  });
});
