// What a run prints, the goals it checks (issue 9), and BENCHMARKS.md: one section per engine, the latest run
// on each, with a summary of both side by side.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DatasetParams } from './dataset.js';
import { NEAR_IDLE_MB, type ImportResult, type RawInsertResult } from './import.js';
import type { LoadResult } from './measure.js';
import type { ProfileSummary } from './profile.js';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  engine: 'sqlite' | 'postgres';
  database: string;
  date: string;
  commit: string;
  quick: boolean;
  settings: {
    big: DatasetParams;
    small: DatasetParams;
    connections: number;
    warmupSeconds: number;
    seconds: number;
    rounds: number;
    importRows: number;
  };
  buildSeconds: number;
  /** Environment variables given to the service with --service-env. */
  serviceEnv: Record<string, string>;
  /** The machine's 1-minute load average when the run started and ended: other work on it shows here. */
  load: { start: number; end: number };
}

interface Stats {
  runs: number;
  /** Medians over the rounds. */
  rps: number;
  minRps: number;
  maxRps: number;
  p50Ms: number;
  p99Ms: number;
  bodyBytes: number;
}

export interface ScenarioReport extends Stats {
  id: string;
  name: string;
  path: string;
  baselineId: string;
  baselineName: string;
  /** Median of the baseline runs just before this scenario's runs. */
  baselineRps: number;
  /** Median over the rounds of (scenario req/s ÷ the baseline run just before it). */
  ratio: number;
  ratios: number[];
}

export interface BaselineReport extends Stats {
  id: string;
  name: string;
  all: number[];
}

export interface PairReport {
  id: string;
  name: string;
  /** Median over the rounds of (smaller history's req/s ÷ larger history's req/s): how much slower the larger one is. */
  factor: number;
  factors: number[];
}

export interface Goal {
  /** Stable across runs and sizes, for the side-by-side summary. */
  id: string;
  text: string;
  measured: string;
  limit: string;
  /** null: not measured (the measurement failed). */
  met: boolean | null;
}

export interface Report {
  machine: Machine;
  scenarios: ScenarioReport[];
  baselines: BaselineReport[];
  pairs: PairReport[];
  imports: { result: ImportResult; raw: RawInsertResult } | null;
  goals: Goal[];
  failures: string[];
  /** Anything that makes a number less trustworthy (a server that did not go idle between runs). */
  notes: string[];
  profile: { scenario: string; result: LoadResult; summary: ProfileSummary } | null;
  serviceLogs?: Record<string, { first: string[]; count: number }>;
  seconds: number;
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '–');
const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(1)}%`;

/** When RSS came back within NEAR_IDLE_MB of idle after the import, and what it was then. */
const settledText = ({ nearIdleAfterSeconds, settleSeconds, settledMb }: ImportResult['memory']) =>
  nearIdleAfterSeconds === null ? `not within ${settleSeconds} s: ${int(settledMb)} MB` : `after ${fixed(nearIdleAfterSeconds, 1)} s: ${int(settledMb)} MB`;

export function evaluate(report: Omit<Report, 'goals'>): Goal[] {
  const goals: Goal[] = [];
  const scenario = (id: string) => report.scenarios.find((s) => s.id === id);
  const atLeast = (id: string, goal: string, text: string, limit: number) => {
    const s = scenario(id);
    if (s) goals.push({ id: goal, text, measured: `${fixed(s.ratio)}×`, limit: `≥ ${limit}×`, met: s.ratio >= limit });
  };
  const { big, small } = report.machine.settings;
  atLeast('target-small', 'target-vs-bare', `one target's progress vs bare Fastify`, 0.7);
  atLeast('plan-big', 'plan-vs-bytes', `the plan's progress vs bare Fastify sending the same bytes`, 0.5);
  atLeast('observations', 'observations-vs-bare', 'a page of observations vs bare Fastify', 0.5);
  const pair = (id: string, text: string) => {
    const p = report.pairs.find((x) => x.id === id);
    if (p) goals.push({ id, text, measured: `${fixed(p.factor)}× slower`, limit: '≤ 1.2×', met: p.factor <= 1.2 });
  };
  pair('target-history', `progress of the ${big.bigFigures.toLocaleString('en')}-figure target vs the ${big.smallFigures}-figure target`);
  pair('plan-history', `plan progress at ${big.figures.toLocaleString('en')} figures vs ${small.figures.toLocaleString('en')}`);
  if (report.imports) {
    const { result, raw } = report.imports;
    // A failed import measured nothing: its goals are not judged.
    const ok = result.failure === null;
    const judge = (met: boolean) => (ok ? met : null);
    const failed = ok ? '' : ' (the import failed)';
    const ratio = result.rowsPerSecond / raw.rowsPerSecond;
    goals.push({
      id: 'import-vs-raw',
      text: `${result.rows.toLocaleString('en')}-row import vs raw ${raw.engine} insert of the same rows and versions`,
      measured: ok ? `${fixed(ratio)}× (${int(result.rowsPerSecond)} vs ${int(raw.rowsPerSecond)} rows/s)` : `not measured${failed}`,
      limit: '≥ 0.5×',
      met: judge(ratio >= 0.5),
    });
    goals.push({ id: 'health-p99', text: '/health p99 during the import', measured: `${fixed(result.health.p99Ms, 1)} ms${failed}`, limit: '< 50 ms', met: judge(result.health.p99Ms < 50) });
    goals.push({ id: 'peak-rss', text: 'peak RSS during the import', measured: `${int(result.memory.peakMb)} MB${failed}`, limit: '< 300 MB', met: judge(result.memory.peakMb < 300) });
    goals.push({
      id: 'rss-after',
      text: `RSS back near idle after the import, within ${result.memory.settleSeconds} s`,
      measured: `${settledText(result.memory)} (idle before: ${int(result.memory.idleMb)} MB; ${result.memory.afterSeconds} s after: ${int(result.memory.afterMb)} MB)${failed}`,
      limit: `≤ idle + ${NEAR_IDLE_MB} MB`,
      met: judge(result.memory.nearIdleAfterSeconds !== null),
    });
  }
  return goals;
}

function textTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const escape = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `|${rightAligned.map((r) => (r ? '---:' : ':---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

type Table = (header: string[], rows: string[][], rightAligned: boolean[]) => string;

function scenarioTable(report: Report, table: Table): string {
  return table(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'body B', 'baseline', 'baseline req/s', 'ratio', 'per round'],
    report.scenarios.map((s) => [
      s.name,
      int(s.rps),
      fixed(s.p50Ms, 1),
      fixed(s.p99Ms, 1),
      int(s.bodyBytes),
      s.baselineName,
      int(s.baselineRps),
      `${fixed(s.ratio)}×`,
      s.ratios.map((r) => fixed(r)).join(' '),
    ]),
    [false, true, true, true, true, false, true, true, false],
  );
}

function noiseLines(report: Report): string[] {
  const lines = report.baselines.map((b) => {
    const low = (100 * (b.minRps - b.rps)) / b.rps;
    const high = (100 * (b.maxRps - b.rps)) / b.rps;
    return `${b.name}${b.id === 'bytes-big' ? ' (big plan)' : b.id === 'bytes-small' ? ' (small plan)' : ''}: ${b.runs} runs, median ${int(b.rps)} req/s, min ${signed(low)}, max ${signed(high)}`;
  });
  const spread = Math.max(...report.baselines.map((b) => (100 * (b.maxRps - b.minRps)) / b.rps));
  const ratioSpread = Math.max(...report.scenarios.map((s) => (s.ratios.length > 1 ? (100 * (Math.max(...s.ratios) - Math.min(...s.ratios))) / s.ratio : 0)));
  return [
    ...lines,
    report.machine.settings.rounds > 1
      ? `Noise: the baseline runs spread over ${spread.toFixed(1)}% of their median, and a scenario's ratio over up to ${ratioSpread.toFixed(1)}% between rounds; read smaller differences between ratios as noise.`
      : `Noise: the baseline runs spread over ${spread.toFixed(1)}% of their median (one round: a ratio has no spread of its own to show); read smaller differences as noise.`,
  ];
}

function importLines(report: Report): string[] {
  if (!report.imports) return [];
  const { result, raw } = report.imports;
  return [
    `POST /v1/imports, ${result.rows.toLocaleString('en')} CSV rows (${(result.csvBytes / 1e6).toFixed(1)} MB), one target: ` +
      (result.failure ? `FAILED after ${result.seconds.toFixed(2)} s: ${result.failure}` : `${result.seconds.toFixed(2)} s, ${int(result.rowsPerSecond)} rows/s (HTTP ${result.status}, ${int(result.created)} created)`),
    `raw ${raw.engine} insert of the same rows and their version rows, one transaction: ${raw.seconds.toFixed(2)} s, ${int(raw.rowsPerSecond)} rows/s → the import runs at ${fixed(result.rowsPerSecond / raw.rowsPerSecond)}× of it`,
    `/health during the import, one connection every 10 ms: ${int(result.health.polls)} polls sent, p50 ${fixed(result.health.p50Ms, 1)} ms, p99 ${fixed(result.health.p99Ms, 1)} ms (corrected for coordinated omission), slowest ${fixed(result.health.maxMs, 1)} ms; p99 of the polls sent, uncorrected: ${fixed(result.health.sentP99Ms, 1)} ms`,
    `service RSS: ${int(result.memory.idleMb)} MB before, peak ${int(result.memory.peakMb)} MB during (${result.memory.peakSource === 'VmHWM' ? 'VmHWM, reset before the import' : 'highest VmRSS sampled every 20 ms'}), ${int(result.memory.afterMb)} MB ${result.memory.afterSeconds} s after, back within ${NEAR_IDLE_MB} MB of idle: ${settledText(result.memory)}`,
    `  of which anonymous (heap, buffers; RssAnon) ${int(result.memory.idleAnonMb)} MB before, peak ${int(result.memory.peakAnonMb)} MB sampled, ${int(result.memory.afterAnonMb)} MB after; mapped files (RssFile: code, libraries) ${int(result.memory.idleFileMb)} MB before, ${int(result.memory.afterFileMb)} MB after`,
  ];
}

const verdict = (met: boolean | null) => (met === null ? 'NOT MEASURED' : met ? 'MET' : 'MISSED');

function goalRows(report: Report): string[][] {
  return report.goals.map((g) => [verdict(g.met), g.text, g.measured, g.limit]);
}

function profileTable(report: Report, table: Table): string {
  const summary = report.profile!.summary;
  return table(
    ['#', 'self ms', 'self %', 'function (file:line)'],
    summary.top.map((entry, i) => [String(i + 1), int(entry.selfMs), fixed(entry.percent, 1), entry.fn]),
    [true, true, true, false],
  );
}

function profileHeading(report: Report): string {
  const { profile } = report;
  if (!profile) return '';
  const name = report.scenarios.find((s) => s.id === profile.scenario)?.name ?? profile.scenario;
  const s = profile.summary;
  return `${name}, under node --cpu-prof: ${int(profile.result.rps)} req/s while profiled; ${int(s.totalMs)} ms sampled during the measured run, ${fixed(s.idlePercent, 1)}% idle, ${fixed(s.gcPercent, 1)}% in the garbage collector`;
}

function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores; Node ${m.node}; ${m.database}; ${m.date}; commit ${m.commit}; load average ${m.load.start.toFixed(2)} at the start, ${m.load.end.toFixed(2)} at the end${m.quick ? '; --quick' : ''}${Object.keys(m.serviceEnv).length ? `; service run with ${Object.entries(m.serviceEnv).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}`;
}

function datasetLine(m: Machine): string {
  const { big, small } = m.settings;
  return (
    `databases: ${big.targets} targets / ${big.figures.toLocaleString('en')} figures (one target ${big.bigFigures.toLocaleString('en')}, one ${big.smallFigures}) and the same plan with ${small.figures.toLocaleString('en')} figures` +
    `${m.buildSeconds ? `, built in ${m.buildSeconds.toFixed(0)} s` : ', from the cache'}; ${m.settings.connections} connections, ${m.settings.warmupSeconds} s warm-up + ${m.settings.seconds} s per run, ${m.settings.rounds} round(s)`
  );
}

export function renderText(report: Report): string {
  const out: string[] = [''];
  out.push(machineLine(report.machine), datasetLine(report.machine), '');
  if (report.scenarios.length) {
    out.push(scenarioTable(report, textTable), '', ...noiseLines(report), '');
    for (const p of report.pairs) out.push(`${p.name}: ${fixed(p.factor)} (per round: ${p.factors.map((f) => fixed(f)).join(' ')})`);
    out.push('');
  }
  if (report.imports) out.push(...importLines(report), '');
  if (report.goals.length) {
    out.push(`Goals (issue 9)${report.machine.quick ? ', on the --quick database: indicative only' : ''}:`);
    out.push(textTable(['', 'goal', 'measured', 'limit'], goalRows(report), [false, false, false, false]), '');
  }
  if (report.profile) out.push(`Profile: ${profileHeading(report)}`, profileTable(report, textTable), '');
  const logs = Object.entries(report.serviceLogs ?? {}).filter(([, log]) => log.count);
  for (const [name, log] of logs) out.push(`${name} logged ${log.count} line(s) at warn or above; first: ${log.first.slice(0, 3).join(' | ').slice(0, 600)}`);
  for (const note of report.notes) out.push(`note: ${note}`);
  if (report.failures.length) out.push('FAILED:', ...report.failures.map((f) => `  ${f}`));
  else out.push('No request failed and every answer was 2xx.');
  out.push(`Took ${(report.seconds / 60).toFixed(1)} min.`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// BENCHMARKS.md

const ENGINE_TITLE = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

/** What the side-by-side summary is made of, kept in each engine's section so that a later run on the other engine can rebuild it. */
interface Headline {
  engine: 'sqlite' | 'postgres';
  date: string;
  quick: boolean;
  rows: { key?: string; label: string; value: string; met?: boolean | null }[];
}

/** The summary's rows, named without sizes so that a --quick run and a full one line up. */
const SUMMARY_ROWS: [key: string, label: string][] = [
  ['scenario:health', 'GET /health ÷ bare /ping'],
  ['scenario:target-small', "one target's progress (10-figure target) ÷ bare /ping"],
  ['scenario:target-big', "one target's progress (the big target) ÷ bare /ping"],
  ['scenario:plan-big', 'plan progress, big database ÷ bare server sending the same bytes'],
  ['scenario:plan-small', 'plan progress, small database ÷ bare server sending the same bytes'],
  ['scenario:observations', 'observations page ÷ bare /ping'],
  ['scenario:targets', 'targets page ÷ bare /ping'],
  ['goal:target-vs-bare', "goal: one target's progress ≥ 0.7× bare"],
  ['goal:plan-vs-bytes', "goal: the plan's progress ≥ 0.5× bare, same bytes"],
  ['goal:observations-vs-bare', 'goal: a page of observations ≥ 0.5× bare'],
  ['goal:target-history', 'goal: big target within 1.2× of the 10-figure one'],
  ['goal:plan-history', 'goal: plan progress, big database within 1.2× of small'],
  ['goal:import-vs-raw', 'goal: import ≥ 0.5× raw insert'],
  ['goal:health-p99', 'goal: /health p99 during the import < 50 ms'],
  ['goal:peak-rss', 'goal: peak RSS during the import < 300 MB'],
  ['goal:rss-after', 'goal: RSS back near idle after the import'],
];

function headlineOf(report: Report): Headline {
  const rows: Headline['rows'] = report.scenarios.map((s) => ({ key: `scenario:${s.id}`, label: `${s.name} ÷ ${s.baselineName}`, value: `${fixed(s.ratio)}×` }));
  for (const g of report.goals) rows.push({ key: `goal:${g.id}`, label: `goal: ${g.text} (${g.limit})`, value: g.measured, met: g.met });
  return { engine: report.machine.engine, date: report.machine.date, quick: report.machine.quick, rows };
}

export function renderMarkdown(report: Report): string {
  const m = report.machine;
  const code = (text: string) => ['```', text, '```'].join('\n');
  const parts = [
    `## ${ENGINE_TITLE[m.engine]}${m.quick ? ' (--quick)' : ''}`,
    '',
    `<!-- bench:data ${JSON.stringify(headlineOf(report))} -->`,
    '',
    `Run with \`npm run bench -- --engine ${m.engine}${m.quick ? ' --quick' : ''} --write BENCHMARKS.md\`, in ${(report.seconds / 60).toFixed(1)} min.`,
    '',
    `- **Machine:** ${machineLine(m)}`,
    `- **Data:** ${datasetLine(m)}`,
    '',
    '### Goals',
    '',
    markdownTable(['', 'goal', 'measured', 'limit'], goalRows(report).map((r) => [`**${r[0]}**`, ...r.slice(1)]), [false, false, false, false]),
    '',
    ...(report.scenarios.length
      ? [
      '### Throughput (medians over the rounds; ratios to the baseline run just before each)',
      '',
      markdownTable(
        ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'body B', 'baseline', 'baseline req/s', 'ratio', 'per round'],
        report.scenarios.map((s) => [
          `${s.name}<br>\`${s.path}\``,
          int(s.rps),
          fixed(s.p50Ms, 1),
          fixed(s.p99Ms, 1),
          int(s.bodyBytes),
          s.baselineName,
          int(s.baselineRps),
          `**${fixed(s.ratio)}×**`,
          s.ratios.map((r) => fixed(r)).join(' '),
        ]),
        [false, true, true, true, true, false, true, true, false],
      ),
      '',
      ...report.pairs.map((p) => `- ${p.name}: **${fixed(p.factor)}** (per round: ${p.factors.map((f) => fixed(f)).join(' ')})`),
      '',
      ...noiseLines(report).map((line) => `- ${line}`),
      '',
        ]
      : []),
    ...(report.imports ? ['### Import', '', ...importLines(report).map((line) => `- ${line.trim()}`), ''] : []),
  ];
  if (report.profile) {
    parts.push('### Profile of the slowest route', '', profileHeading(report) + '.', '', code(profileTable(report, textTable)), '');
  }
  if (report.notes.length) parts.push('### Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  if (report.failures.length) parts.push('### Failures', '', ...report.failures.map((f) => `- ${f}`), '');
  return parts.join('\n');
}

const begin = (engine: string) => `<!-- bench:${engine}:begin -->`;
const end = (engine: string) => `<!-- bench:${engine}:end -->`;

function sectionOf(text: string, engine: string): string | null {
  const from = text.indexOf(begin(engine));
  const to = text.indexOf(end(engine));
  return from >= 0 && to > from ? text.slice(from + begin(engine).length, to).trim() : null;
}

function headlineIn(section: string | null): Headline | null {
  const match = section && /<!-- bench:data (.*?) -->/.exec(section);
  return match ? (JSON.parse(match[1]) as Headline) : null;
}

function summary(headlines: Headline[]): string {
  if (!headlines.length) return '';
  const keys = SUMMARY_ROWS.filter(([key]) => headlines.some((h) => h.rows.some((r) => r.key === key)));
  const cell = (h: Headline, key: string) => {
    const row = h.rows.find((r) => r.key === key);
    if (!row) return '–';
    return row.met === undefined ? row.value : `${verdict(row.met)}: ${row.value}`;
  };
  const header = ['', ...headlines.map((h) => `${ENGINE_TITLE[h.engine]}${h.quick ? ' (--quick)' : ''}, ${h.date.slice(0, 10)}`)];
  return markdownTable(header, keys.map(([key, label]) => [label, ...headlines.map((h) => cell(h, key))]), [false, ...headlines.map(() => false)]);
}

/** Rewrites `file` with this run's section for its engine (none: only the summary), keeping the other engine's latest section. */
export function writeBenchmarks(file: string, report: Report | null, section: string): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const sections: Record<string, string | null> = { sqlite: sectionOf(previous, 'sqlite'), postgres: sectionOf(previous, 'postgres') };
  if (report) sections[report.machine.engine] = section.trim();
  const headlines = (['sqlite', 'postgres'] as const).map((engine) => headlineIn(sections[engine])).filter((h): h is Headline => h !== null);
  const text = [
    '# Benchmarks',
    '',
    'Written by `npm run bench -- --write BENCHMARKS.md` (`--engine postgres` for PostgreSQL): each engine keeps the section',
    'of its latest run. Read ratios, never absolute req/s or ms: the baselines are bare Fastify servers measured in the same',
    'run on the same machine, and the noise between their runs is given with each table. How to run and read it:',
    '[bench/README.md](bench/README.md).',
    '',
    '## SQLite and PostgreSQL side by side',
    '',
    summary(headlines),
    '',
    ...(['sqlite', 'postgres'] as const).flatMap((engine) => (sections[engine] ? [begin(engine), sections[engine]!, end(engine), ''] : [])),
  ].join('\n');
  writeFileSync(file, text);
}
