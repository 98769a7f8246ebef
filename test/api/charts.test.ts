import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, markupInName, post } from '../fixtures.js';
import { buildTestApp } from '../helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
});
afterAll(() => app.close());

const ENTITY = /^&(amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);/i;

/**
 * Whether a document is well-formed XML as far as the charts use it: one root, every element closed in
 * order, attributes quoted, every & an entity, no < in text. (A small check: a full parser is a heavy
 * dependency, and the browser test parses the real thing.)
 */
function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let match = token.exec(body); match; match = token.exec(body)) {
    const [, closing, name, attributes, selfClosing, text, stray] = match;
    if (stray) problems.push(`a stray < at ${match.index}`);
    const checked = text ?? attributes ?? '';
    for (let at = checked.indexOf('&'); at >= 0; at = checked.indexOf('&', at + 1)) {
      if (!ENTITY.test(checked.slice(at))) problems.push(`a bare & in "${checked.slice(Math.max(0, at - 20), at + 20)}"`);
    }
    if (!name) continue;
    if (closing) {
      if (open.pop() !== name) problems.push(`</${name}> closes another element`);
    } else if (!selfClosing) {
      if (!open.length) roots += 1;
      open.push(name);
    } else if (!open.length) roots += 1;
  }
  if (open.length) problems.push(`unclosed: ${open.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

async function svg(url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ url, headers });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('image/svg+xml');
  expect(wellFormedProblems(response.body)).toEqual([]);
  return response;
}

const textOf = (body: string, element: 'title' | 'desc') => new RegExp(`<${element}[^>]*>([^<]*)</${element}>`).exec(body)?.[1] ?? '';

describe('GET /v1/targets/{targetId}/chart.svg', () => {
  it('draws container throughput: named in its title and description, the "more than" 2023 figure as a floor, the Jan–Oct figure hollow, the projection dashed', async () => {
    const { body } = await svg('/v1/targets/port-container-throughput/chart.svg');
    expect(textOf(body, 'title')).toContain('天津港集装箱吞吐量');
    expect(textOf(body, 'title')).toContain('Tianjin Port container throughput');
    const desc = textOf(body, 'desc');
    expect(desc).toContain('Tianjin Port container throughput');
    expect(desc).toContain('needs acceleration');
    expect(desc).toContain('2023-01-01 to 2023-12-31: &gt;2200万 TEU');
    // The "more than 22 M" figure: a whole year, with an upward arrow marking a floor.
    expect(body).toMatch(/<g class="figure" data-id="002-port-throughput-year-to-2024-05" data-period="whole" data-bound="lower">/);
    expect(body).toMatch(/<path class="bound" data-bound="lower"/);
    expect(body).toMatch(/<g class="figure" data-id="000-port-throughput-2024-jan-oct" data-period="part_year" data-bound="exact">/);
    expect(body).toContain('class="estimate"');
    expect(body).toMatch(/<path class="projection"[^>]*stroke-dasharray/);
    expect(body).toContain('class="target-line"');
    expect(body).toContain('期限 deadline 2027-12-31');
    // Plain: no script, no external reference, no web font.
    expect(body).not.toMatch(/<script|href=|@import|@font-face|url\(/);
    expect(body).toContain("font-family=\"&#39;Noto Sans CJK SC&#39;");
  });

  it('draws the same target by its plan and id', async () => {
    const byPlan = await svg('/v1/plans/tianjin-jjj-2027/targets/port-container-throughput/chart.svg');
    const byId = await svg('/v1/targets/port-container-throughput/chart.svg');
    expect(byPlan.body).toBe(byId.body);
  });

  it('draws a milestone as its reported states', async () => {
    const { body } = await svg('/v1/targets/ms-jinxing-intercity/chart.svg');
    expect(body).toMatch(/<g class="report" data-state="completed">/);
    expect(textOf(body, 'desc')).toMatch(/Reported states: \d{4}-\d\d-\d\d completed/);
  });

  it('says "no data" for a target with no figure, and as of a day before any report', async () => {
    for (const url of ['/v1/targets/hsr-intercity-km/chart.svg', '/v1/targets/port-container-throughput/chart.svg?asOf=2024-01-01']) {
      const { body } = await svg(url);
      expect(body).toContain('无数据 · no data');
      expect(body).toContain('class="no-data"');
      expect(body).not.toContain('class="figure"');
    }
    expect(textOf((await svg('/v1/targets/port-container-throughput/chart.svg?asOf=2024-01-01')).body, 'desc')).toContain('as of 2024-01-01: 0 figures');
  });

  it('as of the day after the May 2024 reports, draws the 2023 figure and not the October one', async () => {
    const { body } = await svg('/v1/targets/port-container-throughput/chart.svg?asOf=2024-06-01');
    expect(body).toContain('data-id="002-port-throughput-year-to-2024-05"');
    expect(body).not.toContain('data-id="000-port-throughput-2024-jan-oct"');
  });

  it('refuses an impossible date, and names what it does not know', async () => {
    expectProblem(await app.inject('/v1/targets/port-container-throughput/chart.svg?asOf=2024-02-30'), 400, ['query.asOf']);
    expectProblem(await app.inject('/v1/targets/no-such-target/chart.svg'), 404);
    expectProblem(await app.inject('/v1/plans/no-such-plan/targets/port-container-throughput/chart.svg'), 404);
  });
});

describe('GET /v1/plans/{planId}/chart.svg', () => {
  it('draws a bar per quantity target, coloured by assessment, grouped by part, with a 100 % line and the milestone counts', async () => {
    const { body } = await svg('/v1/plans/tianjin-jjj-2027/chart.svg');
    const progress = (await app.inject('/v1/plans/tianjin-jjj-2027/progress?view=flat')).json();
    const quantities = progress.targets.filter((target: { kind: string }) => target.kind === 'quantity');
    expect(body.match(/<g class="bar" /g)).toHaveLength(quantities.length);
    expect(body).toContain('<g class="bar" data-target-id="port-container-throughput" data-status="needs_acceleration">');
    expect(body).toContain('<g class="bar" data-target-id="sea-rail-container-volume" data-status="on_track">');
    expect(body).toContain('≥81.48%');
    expect(body).toContain('class="full-line"');
    expect(body).toMatch(/<text class="part"[^>]*>一 工作目标 Work objectives<\/text>/);
    for (const state of ['completed', 'under_way', 'no_report']) {
      expect(body).toContain(`data-state="${state}" data-count="${progress.assessmentCounts[state]}"`);
    }
    expect(textOf(body, 'title')).toContain('推动京津冀协同发展走深走实行动方案');
    expect(textOf(body, 'desc')).toContain('Tianjin Port container throughput (天津港集装箱吞吐量) ≥81.48%, needs acceleration');
  });

  it('as of a day before any report, every bar says no data', async () => {
    const { body } = await svg('/v1/plans/tianjin-jjj-2027/chart.svg?asOf=2023-12-31');
    expect(body).not.toContain('class="bar-value"');
    expect(body).toContain('data-status="insufficient_data"');
  });

  it('refuses an impossible date and an unknown plan', async () => {
    expectProblem(await app.inject('/v1/plans/tianjin-jjj-2027/chart.svg?asOf=2024-02-30'), 400, ['query.asOf']);
    expectProblem(await app.inject('/v1/plans/no-such-plan/chart.svg'), 404);
  });
});

describe('charts over HTTP', () => {
  it('revalidate with their ETag: 304 while unchanged', async () => {
    const first = await svg('/v1/plans/tianjin-jjj-2027/chart.svg');
    expect(first.headers.etag).toMatch(/^W\/"/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await app.inject({ url: '/v1/plans/tianjin-jjj-2027/chart.svg', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answer Accept: image/svg+xml, and refuse Accept: application/json with 406', async () => {
    await svg('/v1/targets/port-container-throughput/chart.svg', { accept: 'image/svg+xml' });
    expectProblem(await app.inject({ url: '/v1/targets/port-container-throughput/chart.svg', headers: { accept: 'application/json' } }), 406);
  });

  it('escape every text: a name with markup in it stays text, and the chart stays well-formed', async () => {
    await post(app, '/v1/targets', markupInName);
    for (const url of ['/v1/targets/markup-in-name/chart.svg', '/v1/plans/tianjin-jjj-2027/chart.svg']) {
      const { body } = await svg(url);
      expect(body).not.toContain('<script');
      expect(body).not.toContain('<b>');
      expect(body).toContain('&lt;b&gt;&quot;吞吐量&quot; &amp; 其他&lt;/b&gt;');
    }
  });
});
