// `npm run bench`: throughput of the service's main read routes as ratios to a bare Fastify server measured
// in the same run. Absolute numbers on these shared, noisy machines mean little; ratios taken minutes apart
// on the same machine mean more. See bench/README.md.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import type { LoadJob, LoadResult } from './load.js';

// 10 connections keep the server's core busy without drowning latency in queueing. A 1 s warm-up, because
// with 0.5 s the first scenario (cold JIT in both processes) came out ~10% slow. 7 scenarios × 4 s ≈ 30 s.
const CONNECTIONS = 10;
const WARMUP_MS = 1_000;
const DURATION_MS = 3_000;
const MAX_REQUESTS = 300_000;

const SERVICE_PATHS = [
  '/health',
  '/v1/targets/port-container-throughput/progress',
  '/v1/plans/tianjin-jjj-2027/progress',
  '/v1/targets?limit=50',
  '/v1/targets/port-container-throughput/observations',
];

interface Scenario {
  name: string;
  url: string;
  isBaseline: boolean;
}

interface Row extends Scenario {
  result: LoadResult;
  rps: number;
}

function bareFastify(): FastifyInstance {
  // Fastify's defaults (no logger, no plugins): the floor every route of the service pays anyway.
  const app = fastify();
  app.get('/ping', async () => ({ pong: true }));
  return app;
}

function table(rows: Row[], baselineRps: number): string {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'body B', 'throughput vs baseline'];
  const cells = rows.map((r) => [
    r.name,
    r.rps.toFixed(0),
    r.result.p50Ms.toFixed(2),
    r.result.p99Ms.toFixed(2),
    String(r.result.errors),
    r.result.meanBodyBytes.toFixed(0),
    `${(r.rps / baselineRps).toFixed(2)}× bare fastify`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  // Numbers right-aligned so their magnitudes line up; the name left-aligned; the last column unpadded.
  const fmt = (c: string[]) =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : i === c.length - 1 ? v : v.padStart(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(fmt)].join('\n');
}

async function main(): Promise<number> {
  const bare = bareFastify();
  const service = await buildApp({ DATABASE_URL: ':memory:', LOG_LEVEL: 'silent', SEED_ON_START: true });
  const generator = fork(fileURLToPath(new URL('./load.ts', import.meta.url)));
  // Fails any pending measurement if the generator dies; the no-op catch only keeps its expected exit
  // at the end from counting as an unhandled rejection.
  const generatorDied = once(generator, 'exit').then(([code, signal]) => {
    throw new Error(`load generator exited (${signal ?? `code ${code}`})`);
  });
  generatorDied.catch(() => {});

  try {
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
    const serviceUrl = await service.listen({ port: 0, host: '127.0.0.1' });

    // The baseline runs first and last: if the machine got busier (or quieter) during the run, the two
    // disagree, and that disagreement is the noise to allow for when reading the other ratios.
    const baseline = (when: string): Scenario => ({ name: `bare fastify GET /ping (${when})`, url: `${bareUrl}/ping`, isBaseline: true });
    const scenarios: Scenario[] = [
      baseline('before'),
      ...SERVICE_PATHS.map((path) => ({ name: `service GET ${path}`, url: serviceUrl + path, isBaseline: false })),
      baseline('after'),
    ];

    console.log(
      `${CONNECTIONS} keep-alive connections from a separate process, ${WARMUP_MS} ms warm-up + ${DURATION_MS} ms per scenario; node ${process.version}`,
    );
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      const job: LoadJob = { url: scenario.url, connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, maxRequests: MAX_REQUESTS };
      generator.send(job);
      const [result] = (await Promise.race([once(generator, 'message'), generatorDied])) as [LoadResult];
      rows.push({ ...scenario, result, rps: (result.requests / result.elapsedMs) * 1000 });
      process.stdout.write('.');
    }
    process.stdout.write('\n\n');

    const baselines = rows.filter((r) => r.isBaseline);
    const baselineRps = baselines.reduce((sum, r) => sum + r.rps, 0) / baselines.length;
    console.log(table(rows, baselineRps));
    const [before, after] = baselines;
    console.log(
      `\nratios are to the mean of the two baseline runs (${baselineRps.toFixed(0)} req/s);` +
        ` the baseline moved ${(((after.rps - before.rps) / before.rps) * 100).toFixed(1)}% between them, so read differences of that size as noise.`,
    );

    const failed = rows.filter((r) => r.result.errors > 0);
    for (const r of failed) console.error(`FAIL ${r.name}: ${r.result.errors} errors, first: ${r.result.firstError}`);
    return failed.length > 0 ? 1 : 0;
  } finally {
    if (generator.connected) generator.disconnect();
    await Promise.all([bare.close(), service.close()]);
  }
}

process.exitCode = await main();
