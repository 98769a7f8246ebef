import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';
import { hasChromium, INSTALL_HINT, launchChromium, serve, watchProblems } from './browser.js';

if (!hasChromium) console.warn(INSTALL_HINT);

describe.skipIf(!hasChromium)('the pages in a browser (headless chromium)', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    app = await buildTestApp({ seed: true });
    base = await serve(app);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const open = async (path: string) => {
    page = await browser.newPage();
    problems = watchProblems(page);
    const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return page;
  };

  /** Every <img> on the page, with whether it was drawn. */
  const images = () => page.$$eval('img', (all) => all.map((img) => ({ src: img.getAttribute('src'), complete: img.complete, width: img.naturalWidth })));

  it('/ shows the plan: its title, a progress bar per quantity target, the plan chart, and nothing wrong in the console', async () => {
    await open('/');
    expect(await page.locator('h1').innerText()).toContain('推动京津冀协同发展走深走实行动方案');
    const quantities = (await app.inject('/v1/plans/tianjin-jjj-2027/progress?view=flat')).json().targets.filter((target: { kind: string }) => target.kind === 'quantity');
    expect(await page.locator('tr.quantity meter').count()).toBe(quantities.length);
    expect(await page.locator('tr.quantity[data-target-id="port-container-throughput"]').innerText()).toMatch(/≥81\.48%[\s\S]*需加快 needs acceleration/);
    expect(await images()).toEqual([{ src: '/v1/plans/tianjin-jjj-2027/chart.svg', complete: true, width: 960 }]);
    expect(await page.locator('a[href="/docs"]').count()).toBe(1);
    expect(await page.locator('a[href="/openapi.json"]').count()).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("a target's page shows its chart, assessment and each figure with its source and quote", async () => {
    await open('/');
    await page.locator('tr.quantity[data-target-id="port-container-throughput"] a').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/plans/tianjin-jjj-2027/targets/port-container-throughput');
    expect(await page.locator('h1').innerText()).toContain('天津港集装箱吞吐量');
    expect(await images()).toEqual([{ src: '/v1/plans/tianjin-jjj-2027/targets/port-container-throughput/chart.svg', complete: true, width: 800 }]);
    expect(await page.locator('dl').innerText()).toMatch(/需加快 needs acceleration[\s\S]*Observed rate[\s\S]*4\.00 %\/yr/);
    expect(await page.locator('tr.figure').count()).toBe(2);
    expect(await page.locator('tr.figure blockquote').first().innerText()).toContain('2024.19');
    expect(problems).toEqual([]);
  });

  it('the as-of form, a plain GET form, shows the day asked for', async () => {
    await open('/plans/tianjin-jjj-2027/targets/port-container-throughput');
    await page.locator('input[name="asOf"]').fill('2024-01-01');
    await Promise.all([page.waitForURL(/asOf=2024-01-01/), page.locator('header button[type="submit"]').click()]);
    await page.waitForLoadState('load');
    expect(await page.locator('main').innerText()).toContain('截至 as of 2024-01-01');
    expect(await page.locator('tr.figure').count()).toBe(0);
    expect((await images())[0]).toMatchObject({ src: '/v1/plans/tianjin-jjj-2027/targets/port-container-throughput/chart.svg?asOf=2024-01-01', complete: true, width: 800 });
    expect(problems).toEqual([]);
  });

  it('an unknown target is a 404 page', async () => {
    page = await browser.newPage();
    const response = await page.goto(`${base}/plans/tianjin-jjj-2027/targets/no-such-target`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toContain('Not found');
  });
});
