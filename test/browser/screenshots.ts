/**
 * Writes docs/plan-page.png and docs/target-page.png from a service on the seed, through Debian's
 * chromium: `npm run screenshots`. Kept out of the runtime build (it needs playwright-core).
 */
import { buildApp } from '../../src/app.js';
import { hasChromium, INSTALL_HINT, launchChromium, serve, watchProblems } from './browser.js';

if (!hasChromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const app = await buildApp({ DATABASE_URL: ':memory:', LOG_LEVEL: 'warn', SEED_ON_START: true });
const browser = await launchChromium();
try {
  const base = await serve(app);
  const page = await browser.newPage({ viewport: { width: 1100, height: 1800 }, deviceScaleFactor: 1 });
  const problems = watchProblems(page);
  // The plan page runs to some 8000 px (every milestone of the tree): its top, the chart and the first parts, is the picture.
  for (const [path, file, fullPage] of [
    ['/', 'docs/plan-page.png', false],
    ['/plans/tianjin-jjj-2027/targets/port-container-throughput', 'docs/target-page.png', true],
  ] as const) {
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    await page.screenshot({ path: file, fullPage });
    console.log(`wrote ${file}`);
  }
  if (problems.length) throw new Error(`the pages showed problems:\n${problems.join('\n')}`);
} finally {
  await browser.close();
  await app.close();
}
