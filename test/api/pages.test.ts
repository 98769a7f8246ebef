import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterDemoPlan, expectProblem, markupInName, post } from '../fixtures.js';
import { buildTestApp } from '../helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
});
afterAll(() => app.close());

async function html(url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ url, headers });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  return response;
}

describe('the read-only pages', () => {
  it('/ is the only plan: its title, a bar per quantity target, its chart, links to the API documents, and no script', async () => {
    const { body, headers } = await html('/');
    expect(body).toContain('推动京津冀协同发展走深走实行动方案');
    const quantities = (await app.inject('/v1/plans/tianjin-jjj-2027/progress?view=flat')).json().targets.filter((target: { kind: string }) => target.kind === 'quantity');
    expect(body.match(/<meter /g)).toHaveLength(quantities.length);
    expect(body).toContain('<img src="/v1/plans/tianjin-jjj-2027/chart.svg"');
    expect(body).toContain('href="/plans/tianjin-jjj-2027/targets/port-container-throughput"');
    expect(body).toContain('href="/docs"');
    expect(body).toContain('href="/openapi.json"');
    expect(body).not.toContain('<script');
    // The security headers apply; the page needs nothing they forbid (checked in a browser by test/browser).
    expect(headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('revalidate with their ETag, and a cleared date picker (asOf=) means now', async () => {
    const first = await html('/');
    expect((await app.inject({ url: '/', headers: { 'if-none-match': String(first.headers.etag) } })).statusCode).toBe(304);
    expect((await html('/?asOf=')).body).toBe(first.body);
  });

  it("a target's page shows its chart as of the day asked, its assessment and each figure's source and quote", async () => {
    const { body } = await html('/plans/tianjin-jjj-2027/targets/port-container-throughput?asOf=2024-12-31');
    expect(body).toContain('<img src="/v1/plans/tianjin-jjj-2027/targets/port-container-throughput/chart.svg?asOf=2024-12-31"');
    expect(body).toContain('需加快 needs acceleration');
    expect(body).toContain('2024.19萬標準箱,同比增長4%');
    expect(body).toContain('協同發展繪就新圖景');
    expect(body).toContain('≤2029');
  });

  it('explain a null projection', async () => {
    const { body } = await html('/plans/tianjin-jjj-2027/targets/hsr-intercity-km');
    expect(body).toContain('null: 无可观测增速 no observed rate to project with');
  });

  it('answer an unknown target or plan with a 404 page, and an impossible date with a 400 problem', async () => {
    for (const url of ['/plans/tianjin-jjj-2027/targets/no-such-target', '/?plan=no-such-plan']) {
      const response = await app.inject(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('未找到 Not found');
    }
    expectProblem(await app.inject('/?asOf=2024-02-30'), 400, ['query.asOf']);
  });

  it('escape every text taken from the data', async () => {
    await post(app, '/v1/targets', markupInName);
    for (const url of ['/', '/plans/tianjin-jjj-2027/targets/markup-in-name']) {
      const { body } = await html(url);
      expect(body).not.toContain('<script');
      expect(body).toContain('&lt;b&gt;&quot;吞吐量&quot; &amp; 其他&lt;/b&gt;');
    }
  });

  it('/ lists the plans when there are several; ?plan= picks one', async () => {
    await enterDemoPlan(app);
    const list = (await html('/')).body;
    expect(list).toContain('href="/?plan=tianjin-jjj-2027"');
    expect(list).toContain('href="/?plan=demo-plan"');
    expect((await html('/?plan=demo-plan')).body).toContain('示范行动方案');
  });
});
