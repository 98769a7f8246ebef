// `npm run bench`: the service's throughput as ratios to bare Fastify servers measured in the same run, on a
// database of 1,000 targets and 1,000,000 figures; a 100,000-row import against a raw insert of the same rows.
// Options: --engine sqlite|postgres, --quick (CI), --write BENCHMARKS.md, --profile <scenario>. See bench/README.md.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import pg from 'pg';
import { BIG_TARGET, CACHE_DIR, importTargetOf, loadInto, PLAN_ID, rawTargetOf, ROOT, SMALL_TARGET, sqliteDataset, type DatasetParams } from './dataset.js';
import { importCsv, rawPostgresInsert, rawSqliteInsert, runImport, type ImportResult, type RawInsertResult } from './import.js';
import { load, probe, type LoadOptions, type LoadResult } from './measure.js';
import { summarizeProfile, type ProfileSummary } from './profile.js';
import { evaluate, renderMarkdown, renderText, writeBenchmarks, type Machine, type Report, type ScenarioReport } from './report.js';
import { ensureBuilt, settle, startBare, startService, type Server } from './servers.js';

// ---------------------------------------------------------------------------------------------------------
// Options

const USAGE = `usage: npm run bench -- [--engine sqlite|postgres] [--quick] [--write BENCHMARKS.md] [--profile SCENARIO] [--only IDS] [--service-env K=V]...
  --engine    sqlite (default): a cached file under ${CACHE_DIR}; postgres: $BENCH_DATABASE_URL or
              postgres://postgres@127.0.0.1:5432/test, in schemas of its own dropped at the end
  --quick     a small database, short runs, one round: every scenario exercised in well under a minute (CI)
  --write F   (re)write F (BENCHMARKS.md) with this run's section for its engine; also profiles the slowest route
  --profile S only profile scenario S (node --cpu-prof) and print its 15 functions with the most self time
  --only IDS  run only these scenarios (comma-separated ids, 'import' for the import), to iterate on one route
  --service-env K=V  one more environment variable for the service (repeatable), e.g. to measure it with a setting changed
Exits 1 when a request failed or answered non-2xx; never because a goal was missed.`;

interface Options {
  engine: 'sqlite' | 'postgres';
  quick: boolean;
  write: string | null;
  profile: string | null;
  only: Set<string> | null;
  serviceEnv: Record<string, string>;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { engine: 'sqlite', quick: false, write: null, profile: null, only: null, serviceEnv: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--engine') {
      const engine = value();
      if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`--engine is sqlite or postgres, not ${engine}`);
      options.engine = engine;
    } else if (arg === '--quick') options.quick = true;
    else if (arg === '--write') options.write = value();
    else if (arg === '--profile') options.profile = value();
    else if (arg === '--only') options.only = new Set(value().split(',').map((id) => id.trim()));
    else if (arg === '--service-env') {
      const pair = value();
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`--service-env takes KEY=VALUE, not ${pair}`);
      options.serviceEnv[pair.slice(0, at)] = pair.slice(at + 1);
    }
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return options;
}

interface Settings {
  big: DatasetParams;
  small: DatasetParams;
  load: LoadOptions;
  rounds: number;
  importRows: number;
  afterImportSeconds: number;
  /** How long after the import to wait at most for RSS to come back near idle. */
  settleSeconds: number;
}

const FULL: Settings = {
  big: { targets: 1000, figures: 1_000_000, bigFigures: 500_000, smallFigures: 10 },
  small: { targets: 1000, figures: 10_000, bigFigures: 5_000, smallFigures: 10 },
  // 50 connections, as the issue measured; a 2 s warm-up (discarded) lets both processes' JIT settle.
  // A run that saw fewer answers than connections (a route slower than 10 req/s) is run once more, longer, up to 60 s.
  load: { connections: 50, warmupSeconds: 2, seconds: 5, minAnswers: 50, maxSeconds: 60 },
  rounds: 3,
  importRows: 100_000,
  afterImportSeconds: 5,
  settleSeconds: 90,
};

const QUICK: Settings = {
  big: { targets: 50, figures: 20_000, bigFigures: 10_000, smallFigures: 10 },
  small: { targets: 50, figures: 2_000, bigFigures: 1_000, smallFigures: 10 },
  load: { connections: 50, warmupSeconds: 0.5, seconds: 1, minAnswers: 10, maxSeconds: 4 },
  rounds: 1,
  importRows: 5_000,
  afterImportSeconds: 1,
  settleSeconds: 1,
};

// ---------------------------------------------------------------------------------------------------------
// Scenarios

type ServerName = 'service' | 'serviceSmall' | 'ping' | 'bytes';

interface Target {
  server: ServerName;
  path: string;
}

export interface Scenario extends Target {
  id: string;
  name: string;
  baseline: { id: string; name: string } & Target;
}

const count = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} M` : n >= 1_000 ? `${n / 1_000} k` : String(n));

function scenarios(settings: Settings): Scenario[] {
  const ping = { id: 'ping', name: 'bare Fastify GET /ping', server: 'ping' as const, path: '/ping' };
  const planPath = `/v1/plans/${PLAN_ID}/progress`;
  return [
    { id: 'health', name: 'GET /health', server: 'service', path: '/health', baseline: ping },
    { id: 'target-small', name: `target progress (${settings.big.smallFigures} figures)`, server: 'service', path: `/v1/targets/${SMALL_TARGET}/progress`, baseline: ping },
    { id: 'target-big', name: `target progress (${count(settings.big.bigFigures)} figures)`, server: 'service', path: `/v1/targets/${BIG_TARGET}/progress`, baseline: ping },
    {
      id: 'plan-big',
      name: `plan progress (${count(settings.big.figures)} figures)`,
      server: 'service',
      path: planPath,
      baseline: { id: 'bytes-big', name: 'bare Fastify, same bytes', server: 'bytes', path: '/bytes/0' },
    },
    {
      id: 'plan-small',
      name: `plan progress (${count(settings.small.figures)} figures)`,
      server: 'serviceSmall',
      path: planPath,
      baseline: { id: 'bytes-small', name: 'bare Fastify, same bytes', server: 'bytes', path: '/bytes/1' },
    },
    { id: 'observations', name: 'observations page (limit=50)', server: 'service', path: `/v1/targets/${BIG_TARGET}/observations?limit=50`, baseline: ping },
    { id: 'targets', name: 'targets page (limit=50)', server: 'service', path: '/v1/targets?limit=50', baseline: ping },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Databases

interface Databases {
  big: { url: string; schema?: string };
  small: { url: string; schema?: string };
  describe: string;
  buildSeconds: number;
  cleanup(): Promise<void>;
}

const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function prepareDatabases(options: Options, settings: Settings, log: (line: string) => void): Promise<Databases> {
  if (options.engine === 'sqlite') {
    const big = await sqliteDataset(settings.big, log);
    const small = await sqliteDataset(settings.small, log);
    // The service writes (the import) into a copy; the cached files stay as built.
    const dir = mkdtempSync(join(tmpdir(), 'tracker-bench-run-'));
    const started = performance.now();
    copyFileSync(big.path, join(dir, 'big.db'));
    copyFileSync(small.path, join(dir, 'small.db'));
    log(`copied the cached databases in ${((performance.now() - started) / 1000).toFixed(1)} s${big.built || small.built ? '' : ` (cache hit: ${CACHE_DIR})`}`);
    return {
      big: { url: join(dir, 'big.db') },
      small: { url: join(dir, 'small.db') },
      describe: `SQLite ${sqliteVersion()} (better-sqlite3), a file copied from the cache`,
      buildSeconds: big.seconds + small.seconds,
      async cleanup() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const stamp = `${Date.now().toString(36)}_${process.pid}`;
  const schemas = { big: `bench_${stamp}_big`, small: `bench_${stamp}_small` };
  const cleanup = async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      for (const schema of Object.values(schemas)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  };
  cleanups.push(cleanup);
  const started = performance.now();
  for (const which of ['big', 'small'] as const) {
    log(`building ${settings[which].figures.toLocaleString('en')} figures on ${settings[which].targets} targets into PostgreSQL schema ${schemas[which]}`);
    const t0 = performance.now();
    await loadInto(POSTGRES_URL, settings[which], schemas[which]);
    // Statistics, as autovacuum would gather them after such a load. Without them (autovacuum is off on some
    // servers, this machine's among them) the planner takes 500,000 rows for one and sorts them for a page.
    const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schemas[which]}` });
    await client.connect();
    try {
      await client.query('ANALYZE');
    } finally {
      await client.end();
    }
    log(`  built and analyzed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return {
    big: { url: POSTGRES_URL, schema: schemas.big },
    small: { url: POSTGRES_URL, schema: schemas.small },
    describe: `PostgreSQL ${await postgresVersion()} on 127.0.0.1, schemas built for this run and dropped at the end`,
    buildSeconds: (performance.now() - started) / 1000,
    cleanup,
  };
}

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
  } finally {
    db.close();
  }
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Clean-up, however the run ends

const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | null = null;
/** Runs every clean-up once, newest first; a second caller (a signal during the first) waits for the same. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`clean-up failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and removing the run's databases`);
    void cleanUp().then(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------------------
// The run

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const LOAD_AT_START = loadavg()[0];

function machine(options: Options, databases: Databases, settings: Settings): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    if (execFileSync('git', ['status', '--porcelain', '--', 'src', 'bench', 'migrations'], { cwd: ROOT }).toString().trim()) commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    engine: options.engine,
    database: databases.describe,
    date: new Date().toISOString(),
    commit,
    quick: options.quick,
    settings: {
      big: settings.big,
      small: settings.small,
      connections: settings.load.connections,
      warmupSeconds: settings.load.warmupSeconds,
      seconds: settings.load.seconds,
      rounds: settings.rounds,
      importRows: settings.importRows,
    },
    buildSeconds: databases.buildSeconds,
    serviceEnv: options.serviceEnv,
    load: { start: LOAD_AT_START, end: loadavg()[0] },
  };
}

async function profileScenario(
  scenario: Scenario,
  databases: Databases,
  settings: Settings,
  log: (line: string) => void,
  serviceEnv: Record<string, string>,
): Promise<{ scenario: string; result: LoadResult; summary: ProfileSummary }> {
  const dir = mkdtempSync(join(tmpdir(), 'tracker-bench-profile-'));
  try {
    const database = scenario.server === 'serviceSmall' ? databases.small : databases.big;
    const service = await startService({
      env: serviceEnv,
      databaseUrl: database.url,
      postgresSchema: database.schema,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
      name: 'service (profiled)',
    });
    let result: LoadResult;
    try {
      log(`profiling ${scenario.name}: node --cpu-prof, ${settings.load.warmupSeconds} s warm-up + ${settings.load.seconds} s`);
      result = await load(service.url + scenario.path, settings.load, async () => void (await settle([service.pid])));
    } finally {
      // The profile is written when the process exits (server.ts exits on SIGTERM after closing).
      await service.stop();
    }
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error(`node --cpu-prof wrote no profile into ${dir}`);
    return { scenario: scenario.id, result, summary: summarizeProfile(join(dir, file), result.window) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const settings = options.quick ? QUICK : FULL;
  const every = scenarios(settings);
  const list = options.profile ? every : every.filter((s) => !options.only || options.only.has(s.id));
  const importing = !options.only || options.only.has('import');
  const unknown = [...(options.only ?? [])].filter((id) => id !== 'import' && !every.some((s) => s.id === id));
  if (unknown.length) throw new Error(`--only takes ids among: ${every.map((s) => s.id).join(', ')}, import (not ${unknown.join(', ')})`);
  const startedAt = performance.now();
  const log = (line: string) => process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const failures: string[] = [];
  if (options.profile && !list.some((s) => s.id === options.profile)) {
    throw new Error(`--profile takes one of: ${list.map((s) => s.id).join(', ')}`);
  }

  ensureBuilt(log);
  const databases = await prepareDatabases(options, settings, log);
  cleanups.push(() => databases.cleanup());

  if (options.profile) {
    const scenario = list.find((s) => s.id === options.profile)!;
    const profiled = await profileScenario(scenario, databases, settings, log, options.serviceEnv);
    if (profiled.result.failures) failures.push(`${scenario.name}: ${profiled.result.failures} failed requests; first: ${profiled.result.firstFailure}`);
    console.log(renderText({ machine: machine(options, databases, settings), profile: profiled, scenarios: [], baselines: [], pairs: [], imports: null, goals: [], failures, notes: [], seconds: (performance.now() - startedAt) / 1000 }));
    return failures.length ? 1 : 0;
  }

  // Servers: the service on each database, the bare ping server; the bytes server once the plan's answers are known.
  const servers: Partial<Record<ServerName, Server>> = {};
  const stopAll = async () => {
    await Promise.all(Object.values(servers).map((server) => server?.stop()));
  };
  cleanups.push(stopAll);
  servers.service = await startService({ env: options.serviceEnv, databaseUrl: databases.big.url, postgresSchema: databases.big.schema, name: 'service' });
  servers.serviceSmall = await startService({ env: options.serviceEnv, databaseUrl: databases.small.url, postgresSchema: databases.small.schema, name: 'service (small database)' });
  servers.ping = await startBare(['ping'], 'bare ping server');
  const bytesDir = mkdtempSync(join(tmpdir(), 'tracker-bench-bytes-'));
  cleanups.push(async () => rmSync(bytesDir, { recursive: true, force: true }));
  const planPath = `/v1/plans/${PLAN_ID}/progress`;
  const planFiles: string[] = [];
  for (const which of ['service', 'serviceSmall'] as const) {
    const answer = await probe(servers[which]!.url + planPath);
    if (answer.status !== 200) throw new Error(`${planPath} answered ${answer.status} on ${which}: ${answer.bytes.toString().slice(0, 300)}`);
    const file = join(bytesDir, `${which}.json`);
    writeFileSync(file, answer.bytes);
    planFiles.push(file);
  }
  servers.bytes = await startBare(['bytes', ...planFiles], 'bare bytes server');

  const crashed: Promise<never> = Promise.race(
    (['service', 'serviceSmall'] as const).map((name) =>
      servers[name]!.exited.then((code) => {
        throw new Error(`${name} exited (code ${code}) while the benchmark was running`);
      }),
    ),
  );
  crashed.catch(() => {});
  const guarded = <T>(work: Promise<T>) => Promise.race([work, crashed]);

  // Interleaved: each scenario right after its baseline, every round; ratios are taken within a round.
  const runs = new Map<string, LoadResult[]>();
  const record = (id: string, result: LoadResult) => {
    runs.set(id, [...(runs.get(id) ?? []), result]);
    if (result.failures) failures.push(`${id}: ${result.failures} failed requests; first: ${result.firstFailure}`);
  };
  const ratios = new Map<string, number[]>();
  const pairedBaselines = new Map<string, number[]>();
  const perRun = settings.load.warmupSeconds + settings.load.seconds;
  log(
    `${list.length} scenarios, each after its baseline, ${settings.rounds} round(s); ${settings.load.connections} connections, ` +
      `${settings.load.warmupSeconds} s warm-up + ${settings.load.seconds} s each: about ${Math.ceil((list.length * 2 * settings.rounds * (perRun + 0.3)) / 60)} min`,
  );
  const pids = Object.values(servers).map((server) => server!.pid);
  const unsettled: string[] = [];
  /** One run, once every server is idle again (a stopped run abandons requests a server may still be working off). */
  const measure = (id: string, url: string) =>
    guarded(
      load(url, settings.load, async () => {
        const { settled, waitedMs } = await settle(pids);
        if (!settled) unsettled.push(`${id}: a server was still busy after ${(waitedMs / 1000).toFixed(0)} s`);
      }),
    );
  for (let round = 1; round <= settings.rounds; round++) {
    for (const scenario of list) {
      const base = await measure(scenario.baseline.id, servers[scenario.baseline.server]!.url + scenario.baseline.path);
      record(scenario.baseline.id, base);
      const result = await measure(scenario.id, servers[scenario.server]!.url + scenario.path);
      record(scenario.id, result);
      ratios.set(scenario.id, [...(ratios.get(scenario.id) ?? []), result.rps / base.rps]);
      pairedBaselines.set(scenario.id, [...(pairedBaselines.get(scenario.id) ?? []), base.rps]);
      log(`  round ${round}: ${scenario.name.padEnd(36)} ${result.rps.toFixed(0).padStart(7)} req/s, ${(result.rps / base.rps).toFixed(2)}× ${scenario.baseline.name} (${base.rps.toFixed(0)} req/s)`);
    }
  }

  const summarize = (results: LoadResult[]) => ({
    runs: results.length,
    rps: median(results.map((r) => r.rps)),
    minRps: Math.min(...results.map((r) => r.rps)),
    maxRps: Math.max(...results.map((r) => r.rps)),
    p50Ms: median(results.map((r) => r.p50Ms)),
    p99Ms: median(results.map((r) => r.p99Ms)),
    bodyBytes: results[0].bodyBytes,
  });
  const scenarioReports: ScenarioReport[] = list.map((scenario) => ({
    id: scenario.id,
    name: scenario.name,
    path: scenario.path,
    baselineId: scenario.baseline.id,
    baselineName: scenario.baseline.name,
    ...summarize(runs.get(scenario.id)!),
    baselineRps: median(pairedBaselines.get(scenario.id)!),
    ratio: median(ratios.get(scenario.id)!),
    ratios: ratios.get(scenario.id)!,
  }));
  const baselineIds = [...new Set(list.map((s) => s.baseline.id))];
  const baselines = baselineIds.map((id) => ({ id, name: list.find((s) => s.baseline.id === id)!.baseline.name, ...summarize(runs.get(id)!), all: runs.get(id)!.map((r) => r.rps) }));
  // Pairs: the larger history against the smaller, round by round (the two runs are one baseline run apart).
  const pair = (id: string, name: string, small: string, big: string) => {
    if (!runs.has(small) || !runs.has(big)) return [];
    const factors = runs.get(small)!.map((r, i) => r.rps / runs.get(big)![i].rps);
    return [{ id, name, factor: median(factors), factors }];
  };
  const pairs = [
    ...pair('target-history', `target progress: ${settings.big.smallFigures} figures req/s ÷ ${count(settings.big.bigFigures)} figures req/s`, 'target-small', 'target-big'),
    ...pair('plan-history', `plan progress: ${count(settings.small.figures)} figures req/s ÷ ${count(settings.big.figures)} figures req/s`, 'plan-small', 'plan-big'),
  ];

  // The import, on the big database's service, then its raw-insert baseline with the service stopped.
  let imports: Report['imports'] = null;
  if (importing) {
    const importTarget = importTargetOf(settings.big);
    const csv = importCsv(importTarget, settings.importRows);
    log(`import: ${settings.importRows.toLocaleString('en')} rows (${(csv.length / 1e6).toFixed(1)} MB CSV) for ${importTarget}, polling /health every 10 ms`);
    await settle(pids);
    // Not raced against a crash: if the import brings the service down, the import's own answer says so.
    const result: ImportResult = await runImport(servers.service!, csv, settings.importRows, { afterSeconds: settings.afterImportSeconds, settleSeconds: settings.settleSeconds });
    if (await Promise.race([servers.service!.exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, 100, false))])) {
      result.failure = `${result.failure ?? 'the service'}; the service process exited during the import (see its stderr above)`;
    }
    if (result.failure) failures.push(`import: ${result.failure}`);
    log(`  ${result.rowsPerSecond.toFixed(0)} rows/s (${result.seconds.toFixed(1)} s), /health p99 ${result.health.p99Ms.toFixed(1)} ms, peak RSS ${result.memory.peakMb.toFixed(0)} MB`);
    imports = { result, raw: null as unknown as RawInsertResult };
  }
  const serviceLogs = Object.fromEntries((['service', 'serviceSmall'] as const).map((name) => [name, servers[name]!.log]));
  await stopAll();
  if (imports) {
    const rawTarget = rawTargetOf(settings.big);
    imports.raw =
      options.engine === 'sqlite'
        ? rawSqliteInsert(databases.big.url, rawTarget, settings.importRows)
        : await rawPostgresInsert(databases.big.url, databases.big.schema!, rawTarget, settings.importRows);
    log(`  raw ${imports.raw.engine} insert of the same rows: ${imports.raw.rowsPerSecond.toFixed(0)} rows/s (${imports.raw.seconds.toFixed(2)} s)`);
  }

  const partial: Omit<Report, 'goals'> = {
    machine: machine(options, databases, settings),
    scenarios: scenarioReports,
    baselines,
    pairs,
    imports,
    failures,
    notes: unsettled,
    profile: null,
    serviceLogs,
    seconds: 0,
  };

  // With --write, the slowest route (fewest req/s) is profiled for BENCHMARKS.md.
  if (options.write && scenarioReports.length) {
    const slowest = [...scenarioReports].sort((a, b) => a.rps - b.rps)[0];
    const scenario = list.find((s) => s.id === slowest.id)!;
    const profiled = await profileScenario(scenario, databases, settings, log, options.serviceEnv);
    if (profiled.result.failures) failures.push(`profile ${scenario.name}: ${profiled.result.failures} failed requests; first: ${profiled.result.firstFailure}`);
    partial.profile = profiled;
  }
  partial.seconds = (performance.now() - startedAt) / 1000;
  const report: Report = { ...partial, goals: evaluate(partial) };
  console.log(renderText(report));
  if (options.write) {
    writeBenchmarks(options.write, report, renderMarkdown(report));
    log(`wrote ${options.write}`);
  }
  return failures.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  code = 1;
} finally {
  await cleanUp();
}
process.exit(code);
