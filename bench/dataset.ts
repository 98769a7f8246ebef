// The benchmark's database: one plan of quantity targets and a large, deterministic history of figures,
// written through the service's own store (openStore + store.load), so that it is valid data on either engine.
// A built SQLite file is cached under os.tmpdir(), keyed by the parameters, DATASET_VERSION and the migrations.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/db/open.js';
import { lastDayOf, periodKindOf, type Period } from '../src/domain/periods.js';
import { toBaseUnit, type UnitDefinition } from '../src/domain/units.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface DatasetParams {
  /** Quantity targets in the plan. */
  targets: number;
  /** Figures in all, each with its version row. */
  figures: number;
  /** Figures of the big target (target index 0). */
  bigFigures: number;
  /** Figures of the small target (target index 1). */
  smallFigures: number;
}

export const PLAN_ID = 'bench-plan';
export const BUILDER = 'bench-builder';
export const targetId = (index: number) => `target-${String(index).padStart(4, '0')}`;
/** The target holding `bigFigures`, and the one holding `smallFigures`: both annual TEU targets. */
export const BIG_TARGET = targetId(0);
export const SMALL_TARGET = targetId(1);
/** The target the import scenario adds figures to, and the one the raw insert baseline writes (both TEU, with their share of figures). */
export const importTargetOf = (params: DatasetParams) => targetId(params.targets - 1);
export const rawTargetOf = (params: DatasetParams) => targetId(params.targets - 2);

const FIRST_YEAR = 1995;
const YEARS = 30; // 1995..2024: every figure ends before every source's publication (2025)
const SOURCES = 400;
/** Fixed instants, so that two builds of the same parameters hold the same bytes. */
const BUILT_AT = '2025-07-01T00:00:00.000Z';

/** mulberry32: a small, fast, seedable PRNG; the whole database follows from the parameters. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Every period a figure can cover, 47 a year: the calendar year, January to the end of each month from
 * January to November (year to date), each month from February to December (other), the 1st and 15th of
 * each month (a day). 1,410 periods × 400 sources = 564,000 identities a target can hold.
 */
function periodCatalogue(): Period[] {
  const periods: Period[] = [];
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
    periods.push({ start: `${year}-01-01`, end: `${year}-12-31` });
    for (let month = 1; month <= 11; month++) periods.push({ start: `${year}-01-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}` });
    for (let month = 2; month <= 12; month++) periods.push({ start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}` });
    for (let month = 1; month <= 12; month++) for (const day of [1, 15]) periods.push({ start: `${year}-${pad(month)}-${pad(day)}`, end: `${year}-${pad(month)}-${pad(day)}` });
  }
  return periods;
}

const PERIODS = periodCatalogue();
const IDENTITIES = PERIODS.length * SOURCES;
/** Coprime with IDENTITIES (2^5·3·5^3·47), so that k ↦ offset + k·STRIDE visits distinct identities. */
const STRIDE = 7919;

const sourceId = (index: number) => `bench-source-${pad(index, 3)}`;
/** Sources published on days of the first half of 2025, so that every period (all before 2025) is valid for each. */
const sourcePublishedOn = (index: number) => {
  const date = new Date(Date.UTC(2025, 0, 1 + (index % 180)));
  return date.toISOString().slice(0, 10);
};

type Unit = 'TEU' | 'CNY' | 'count';
type Measure = 'annual' | 'level' | 'cumulative';

interface TargetSpec {
  id: string;
  index: number;
  unit: Unit;
  measure: Measure;
  figures: number;
}

function targetSpecs(params: DatasetParams): TargetSpec[] {
  const { targets, figures, bigFigures, smallFigures } = params;
  if (targets < 4) throw new Error('the dataset needs at least 4 targets');
  const rest = figures - bigFigures - smallFigures;
  const others = targets - 2;
  if (rest < 0) throw new Error('bigFigures + smallFigures exceed figures');
  if (bigFigures > IDENTITIES || Math.ceil(rest / others) > IDENTITIES) throw new Error(`a target can hold at most ${IDENTITIES} figures here`);
  const units: Unit[] = ['TEU', 'CNY', 'count'];
  const measures: Measure[] = ['annual', 'level', 'cumulative'];
  return Array.from({ length: targets }, (_, index) => {
    // The big and small targets are alike (annual, TEU) so that only their history differs; so are the
    // import target and the raw-insert target (TEU), which take 万标准箱 figures.
    const special = index <= 1 || index >= targets - 2;
    const count = index === 0 ? bigFigures : index === 1 ? smallFigures : Math.floor(rest / others) + (index - 2 < rest % others ? 1 : 0);
    return {
      id: targetId(index),
      index,
      unit: special ? 'TEU' : units[index % 3],
      measure: index <= 1 ? 'annual' : measures[Math.floor(index / 3) % 3],
      figures: count,
    };
  });
}

const UNIT_WORDS: Record<Unit, { zh: string; en: string; printed: string; scale: (r: () => number) => string }> = {
  TEU: { zh: '集装箱吞吐量', en: 'container throughput', printed: '万标准箱', scale: (r) => (100 + r() * 2900).toFixed(2) },
  CNY: { zh: '产值', en: 'output value', printed: '亿元', scale: (r) => (10 + r() * 9990).toFixed(2) },
  count: { zh: '新增企业', en: 'new firms', printed: '个', scale: (r) => String(1 + Math.floor(r() * 5000)) },
};

export function readSeedUnits(): { code: string; name: { zh: string; en: string }; aliases: string[] }[] {
  return JSON.parse(readFileSync(join(ROOT, 'seed/units.json'), 'utf8'));
}

type Row = Record<string, unknown>;
export type Page = { table: string; rows: Row[] };

const PAGE_ROWS = 5_000;

function* chunks(table: string, rows: Iterable<Row>): Generator<Page> {
  let page: Row[] = [];
  for (const row of rows) {
    page.push(row);
    if (page.length >= PAGE_ROWS) {
      yield { table, rows: page };
      page = [];
    }
  }
  if (page.length) yield { table, rows: page };
}

/** A uuid-shaped id from the PRNG: random-looking like the service's own ids, but the same on every build. */
function idMaker(seed: number) {
  const r = random(seed);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return () => `obs-${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

/** The figure columns of an observation and its version row, as src/db/copy.ts's pages hold them. */
export interface FigureColumns {
  planId: string;
  targetId: string;
  indicatorId: null;
  unit: string;
  value: number;
  reportedValue: string;
  reportedUnit: string;
  state: null;
  periodStart: string;
  periodEnd: string;
  periodKind: string;
  qualifier: string;
  yearOnYearPercent: number | null;
  sourceId: string;
  sourcePublishedOn: string;
  sourceAvailableOn: string;
  quote: string;
  note: null;
}

export function figureColumns(
  units: UnitDefinition[],
  target: { id: string; unit: string; zh: string },
  period: Period,
  reported: { value: string; unit: string },
  source: { id: string; publishedOn: string },
  qualifier: string,
  yearOnYearPercent: number | null,
): FigureColumns {
  const converted = toBaseUnit(reported, target.unit, units);
  if (!converted.ok) throw new Error(`bench data: ${converted.reason}`);
  return {
    planId: PLAN_ID,
    targetId: target.id,
    indicatorId: null,
    unit: target.unit,
    value: converted.value,
    reportedValue: reported.value,
    reportedUnit: reported.unit,
    state: null,
    periodStart: period.start,
    periodEnd: period.end,
    periodKind: periodKindOf(period),
    qualifier,
    yearOnYearPercent,
    sourceId: source.id,
    sourcePublishedOn: source.publishedOn,
    sourceAvailableOn: lastDayOf(source.publishedOn),
    quote: `${target.zh}${reported.value}${reported.unit}`,
    note: null,
  };
}

export const observationRow = (id: string, figure: FigureColumns, by: string, at: string) => ({
  id,
  ...figure,
  version: 1,
  createdAt: at,
  createdBy: by,
  updatedAt: null,
  updatedBy: null,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawnReason: null,
});

export const versionRow = (id: string, figure: FigureColumns, by: string, at: string) => ({
  observationId: id,
  version: 1,
  action: 'created',
  at,
  by,
  reason: null,
  supersededAt: null,
  ...figure,
});

const periodIndex = (year: number, offsetInYear: number) => (year - FIRST_YEAR) * 47 + offsetInYear;
/** Identities (period + PERIODS.length × source): calendar 2023, January–October 2024, calendar 2022. */
const FIRST_FIGURES = [periodIndex(2023, 0) + PERIODS.length * 5, periodIndex(2024, 10) + PERIODS.length * 6, periodIndex(2022, 0) + PERIODS.length * 7];

const QUALIFIERS = ['exact', 'exact', 'exact', 'exact', 'about', 'more_than'];

/** One target's figures, each an observation row and its version row. */
function* figuresOf(spec: TargetSpec, units: UnitDefinition[]): Generator<{ observation: Row; version: Row }> {
  const r = random(1_000_003 * (spec.index + 1));
  const nextId = idMaker(7 * (spec.index + 1));
  const words = UNIT_WORDS[spec.unit];
  const offset = Math.floor(r() * IDENTITIES);
  // The big and the small target hold the same three figures first (the calendar years 2022 and 2023, and
  // January–October 2024), so that both take the same path through progress: a calendar-year basis, a newer
  // part-year figure, and the year before it for an estimate. Their other figures differ only in number.
  const firsts = spec.index <= 1 ? FIRST_FIGURES.slice(0, spec.figures) : [];
  const taken = new Set(firsts);
  for (let k = 0, step = 0; k < spec.figures; k++) {
    let identity: number;
    if (k < firsts.length) identity = firsts[k];
    else do identity = (offset + step++ * STRIDE) % IDENTITIES; while (taken.has(identity));
    const period = PERIODS[identity % PERIODS.length];
    const source = Math.floor(identity / PERIODS.length);
    const figure = figureColumns(
      units,
      { id: spec.id, unit: spec.unit, zh: words.zh },
      period,
      { value: words.scale(r), unit: words.printed },
      { id: sourceId(source), publishedOn: sourcePublishedOn(source) },
      QUALIFIERS[Math.floor(r() * QUALIFIERS.length)],
      r() < 0.3 ? Math.round((r() * 40 - 10) * 10) / 10 : null,
    );
    const id = nextId();
    yield { observation: observationRow(id, figure, BUILDER, BUILT_AT), version: versionRow(id, figure, BUILDER, BUILT_AT) };
  }
}

/** Every table's rows, in dependency order, a page at a time: what store.load takes. */
export async function* pagesOf(params: DatasetParams): AsyncGenerator<Page> {
  const seedUnits = readSeedUnits();
  const units: UnitDefinition[] = seedUnits.map((u) => ({ code: u.code, aliases: u.aliases }));
  const specs = targetSpecs(params);

  const planSource = {
    id: 'bench-plan-source', title: '基准测试行动方案', publisher: 'bench', publishedOn: '2023', publishedOnNote: null,
    language: 'zh-Hans', kind: 'plan', url: null, document: null, createdAt: BUILT_AT,
  };
  const reports = Array.from({ length: SOURCES }, (_, i) => ({
    id: sourceId(i), title: `基准测试报道 ${i}`, publisher: 'bench', publishedOn: sourcePublishedOn(i), publishedOnNote: null,
    language: 'zh-Hans', kind: 'news_report', url: null, document: null, createdAt: BUILT_AT,
  }));
  yield* chunks('sources', [planSource, ...reports]);
  yield {
    table: 'plans',
    rows: [{ id: PLAN_ID, titleZh: '基准测试行动方案', titleEn: 'Benchmark action plan', issuerZh: '基准', issuerEn: 'bench', issuedOn: '2023', deadline: '2027-12-31', sourceId: planSource.id, createdAt: BUILT_AT }],
  };
  const ITEMS = 20;
  yield {
    table: 'planItems',
    rows: Array.from({ length: ITEMS }, (_, i) => ({ planId: PLAN_ID, id: `item-${pad(i + 1)}`, parentId: null, number: String(i + 1), titleZh: `任务${i + 1}`, titleEn: `Task ${i + 1}`, position: i + 1 })),
  };
  yield { table: 'units', rows: seedUnits.map((u) => ({ code: u.code, nameZh: u.name.zh, nameEn: u.name.en, aliases: u.aliases })) };

  const targetValues: Record<Unit, number> = { TEU: 27_000_000, CNY: 500_000_000_000, count: 4_000 };
  const comparators = ['at_least', 'at_least', 'more_than', 'about'];
  yield* chunks(
    'targets',
    specs.map((spec) => ({
      planId: PLAN_ID,
      id: spec.id,
      itemId: `item-${pad((spec.index % ITEMS) + 1)}`,
      nameZh: `${UNIT_WORDS[spec.unit].zh}目标${spec.index}`,
      nameEn: `${UNIT_WORDS[spec.unit].en} target ${spec.index}`,
      kind: 'quantity',
      unit: spec.unit,
      targetValue: targetValues[spec.unit],
      reportedValue: null,
      reportedUnit: null,
      comparator: spec.index <= 1 ? 'at_least' : comparators[spec.index % comparators.length],
      measure: spec.measure,
      tolerancePercent: null,
      baselineValue: null,
      baselineDate: null,
      verbZh: null,
      verbEn: null,
      deadline: '2027-12-31',
      clause: `到2027年,${UNIT_WORDS[spec.unit].zh}达到目标${spec.index}`,
      note: null,
      figureCount: spec.figures,
      createdAt: BUILT_AT,
    })),
  );

  // Observations then their versions (versions reference observations): each pass regenerates the same rows.
  for (const table of ['observations', 'observationVersions'] as const) {
    for (const spec of specs) {
      yield* chunks(
        table,
        (function* () {
          for (const { observation, version } of figuresOf(spec, units)) yield table === 'observations' ? observation : version;
        })(),
      );
    }
  }
}

function hashOfFolder(hash: ReturnType<typeof createHash>, folder: string) {
  for (const name of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, name.name);
    hash.update(name.name);
    if (name.isDirectory()) hashOfFolder(hash, path);
    else hash.update(readFileSync(path));
  }
}

/** Bump whenever a change to this file changes the rows it generates: cached databases of older versions are then rebuilt. */
const DATASET_VERSION = 2;

/** What a cached file is keyed by: the parameters, the generator's version, the seed's units and the SQLite migrations. */
export function datasetKey(params: DatasetParams): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...params, version: DATASET_VERSION }));
  hash.update(readFileSync(join(ROOT, 'seed/units.json')));
  hashOfFolder(hash, join(ROOT, 'migrations/sqlite'));
  return hash.digest('hex').slice(0, 16);
}

export const CACHE_DIR = join(tmpdir(), 'tracker-bench-cache');

/** Writes the dataset into an empty store. */
export async function loadInto(url: string, params: DatasetParams, postgresSchema?: string): Promise<void> {
  const store = await openStore(url, { postgresSchema, sqliteBusyTimeoutMs: 10_000 });
  try {
    await store.load(pagesOf(params));
  } finally {
    await store.close();
  }
}

/** The cached SQLite file of a dataset, built first when missing. */
export async function sqliteDataset(params: DatasetParams, log: (line: string) => void): Promise<{ path: string; built: boolean; seconds: number }> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, `${params.targets}t-${params.figures}f-${datasetKey(params)}.db`);
  if (existsSync(path)) return { path, built: false, seconds: 0 };
  const building = `${path}.${process.pid}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  log(`building ${params.figures.toLocaleString('en')} figures on ${params.targets} targets into ${path} (cached for next time)`);
  const started = performance.now();
  try {
    await loadInto(building, params);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
    throw error;
  }
  // Closing the last connection checkpointed the WAL into the file: it stands alone now.
  for (const suffix of ['-wal', '-shm']) rmSync(building + suffix, { force: true });
  renameSync(building, path);
  const seconds = (performance.now() - started) / 1000;
  log(`  built in ${seconds.toFixed(1)} s, ${(statSync(path).size / 1e6).toFixed(0)} MB`);
  return { path, built: true, seconds };
}
