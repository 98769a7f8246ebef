// The import scenario: a CSV of new figures for one target POSTed to /v1/imports while /health is polled and
// the service's memory is sampled; and its baseline, a raw insert of the same rows and their version rows in
// one transaction (better-sqlite3 on SQLite, pg on PostgreSQL), straight into the same database.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import pg from 'pg';
import { sqlitePath } from '../src/db/sqlite/store.js';
import { observations as observationsTable, observationVersions as versionsTable } from '../src/db/sqlite/schema.js';
import type { Period } from '../src/domain/periods.js';
import type { UnitDefinition } from '../src/domain/units.js';
import { figureColumns, observationRow, PLAN_ID, readSeedUnits, versionRow, type FigureColumns } from './dataset.js';
import { ADMIN_KEY } from './servers.js';

export const IMPORT_SOURCE = { id: 'bench-import-source', publishedOn: '2025-06-30' };
const QUOTE_PREFIX = '天津港集装箱吞吐量';

/** Row i's figure for a target: a distinct period each (days from 1700 on; every fourth one a week). */
function importFigure(units: UnitDefinition[], target: string, i: number): FigureColumns {
  const day = (offset: number) => new Date(Date.UTC(1700, 0, 1 + offset)).toISOString().slice(0, 10);
  const period: Period = { start: day(i), end: i % 4 === 3 ? day(i + 6) : day(i) };
  return figureColumns(
    units,
    { id: target, unit: 'TEU', zh: QUOTE_PREFIX },
    period,
    { value: (1 + (i % 9000) / 100).toFixed(2), unit: '万标准箱' },
    IMPORT_SOURCE,
    'exact',
    i % 5 === 0 ? (i % 200) / 10 - 5 : null,
  );
}

const unitDefinitions = (): UnitDefinition[] => readSeedUnits().map((u) => ({ code: u.code, aliases: u.aliases }));

/** The import's CSV (columns as in src/modules/imports/imports.csv.ts); the first row also describes the new source. */
export function importCsv(target: string, rows: number): Buffer {
  const units = unitDefinitions();
  const header = 'planId,targetId,periodStart,periodEnd,reportedValue,reportedUnit,qualifier,yearOnYearPercent,sourceId,quote,sourceTitle,sourcePublisher,sourcePublishedOn,sourceLanguage,sourceKind';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const f = importFigure(units, target, i);
    const source = i === 0 ? ['基准测试导入来源', 'bench', IMPORT_SOURCE.publishedOn, 'zh-Hans', 'news_report'] : ['', '', '', '', ''];
    lines.push([f.planId, f.targetId, f.periodStart, f.periodEnd, f.reportedValue, f.reportedUnit, f.qualifier, f.yearOnYearPercent ?? '', f.sourceId, f.quote, ...source].join(','));
  }
  return Buffer.from(lines.join('\r\n') + '\r\n');
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN);

export interface ImportResult {
  rows: number;
  csvBytes: number;
  seconds: number;
  rowsPerSecond: number;
  status: number;
  created: number;
  failure: string | null;
  health: {
    polls: number;
    failures: number;
    /** Corrected for coordinated omission (see pollHealth): what a prober sending every 10 ms would see. */
    p50Ms: number;
    p99Ms: number;
    /** The slowest poll. */
    maxMs: number;
    /** The polls actually sent, uncorrected. */
    sentP99Ms: number;
  };
  memory: {
    idleMb: number;
    /** The highest VmRSS sampled during the import; VmHWM after it when the peak could be reset first. */
    peakMb: number;
    peakSource: 'VmHWM' | 'samples';
    /** The highest RssAnon sampled during the import (memory of the process's own, not file pages). */
    peakAnonMb: number;
    afterMb: number;
    /** RssAnon and RssFile before and after: how much of the RSS is mapped database file. */
    idleAnonMb: number;
    idleFileMb: number;
    afterAnonMb: number;
    afterFileMb: number;
    afterSeconds: number;
    /** Seconds after the import until RSS was back within NEAR_IDLE_MB of idle; null when not within settleSeconds. */
    nearIdleAfterSeconds: number | null;
    /** RSS when the wait for it to come back ended (near idle, or settleSeconds after the import). */
    settledMb: number;
    settleSeconds: number;
  };
}

/** "Back near idle": within this much of the RSS before the import. */
export const NEAR_IDLE_MB = 50;

function procStatus(pid: number): { rssKb: number; hwmKb: number; anonKb: number; fileKb: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    // RssFile is code and shared libraries (the service maps no database pages); RssAnon the heap, SQLite's caches and the rest.
    return { rssKb: field('VmRSS'), hwmKb: field('VmHWM'), anonKb: field('RssAnon'), fileKb: field('RssFile') };
  } catch {
    return null;
  }
}

/**
 * Polls GET /health on one kept-alive connection every `everyMs`, until stopped. A poll that takes longer
 * than the interval delays the ones after it; as HdrHistogram corrects for that ("coordinated omission"),
 * a poll that took L ms also records L − everyMs, L − 2·everyMs, … (the polls a prober sending every
 * `everyMs` would have had waiting), and the next poll is sent at once.
 */
function pollHealth(baseUrl: string, everyMs: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const corrected: number[] = [];
  const measured: number[] = [];
  let failures = 0;
  let stopped = false;
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const request = http.get(`${baseUrl}/health`, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      });
      request.on('error', reject);
      request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
    });
  const done = (async () => {
    let next = performance.now();
    while (!stopped) {
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      if (stopped) break;
      const sent = performance.now();
      try {
        const status = await get();
        if (status < 200 || status >= 300) failures++;
      } catch {
        failures++;
      }
      const answered = performance.now();
      const latency = answered - sent;
      measured.push(latency);
      corrected.push(latency);
      for (let missed = latency - everyMs; missed >= everyMs; missed -= everyMs) corrected.push(missed);
      next = Math.max(next + everyMs, answered);
    }
    agent.destroy();
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      const sorted = [...corrected].sort((a, b) => a - b);
      const measuredSorted = [...measured].sort((a, b) => a - b);
      return {
        polls: measured.length,
        failures,
        p50Ms: percentile(sorted, 0.5),
        p99Ms: percentile(sorted, 0.99),
        maxMs: measuredSorted[measuredSorted.length - 1] ?? NaN,
        sentP99Ms: percentile(measuredSorted, 0.99),
      };
    },
  };
}

function post(url: string, body: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'content-length': body.length, authorization: `Bearer ${ADMIN_KEY}`, 'idempotency-key': randomUUID() },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.setTimeout(600_000, () => request.destroy(new Error('the import got no answer within 600 s')));
    request.end(body);
  });
}

/**
 * POSTs the CSV to the service while polling /health and sampling the service's memory. After the import, RSS is read at `afterSeconds`, and then every 250 ms until it is back near idle or
 * `settleSeconds` have passed: V8 hands an emptied heap back only when its memory reducer runs, tens of
 * seconds after allocation stops, so "5 s after" alone cannot tell memory still held from memory not yet returned.
 */
export async function runImport(
  service: { url: string; pid: number },
  csv: Buffer,
  rows: number,
  { afterSeconds, settleSeconds }: { afterSeconds: number; settleSeconds: number },
): Promise<ImportResult> {
  const idle = procStatus(service.pid);
  // Writing 5 to clear_refs resets VmHWM (Linux 4.0+), so that VmHWM afterwards is the import's own peak.
  let peakSource: 'VmHWM' | 'samples' = 'samples';
  try {
    writeFileSync(`/proc/${service.pid}/clear_refs`, '5');
    peakSource = 'VmHWM';
  } catch {
    // not permitted: the sampled maximum is the peak
  }
  let sampledPeakKb = idle?.rssKb ?? 0;
  let sampledPeakAnonKb = idle?.anonKb ?? 0;
  let sampling = true;
  const sampler = setInterval(() => {
    const status = procStatus(service.pid);
    if (status && sampling) {
      sampledPeakKb = Math.max(sampledPeakKb, status.rssKb);
      sampledPeakAnonKb = Math.max(sampledPeakAnonKb, status.anonKb);
    }
  }, 20);
  const poller = pollHealth(service.url, 10);
  const started = performance.now();
  let answer: { status: number; body: string };
  try {
    answer = await post(`${service.url}/v1/imports`, csv);
  } catch (error) {
    answer = { status: 0, body: (error as Error).message };
  }
  const seconds = (performance.now() - started) / 1000;
  const health = await poller.stop();
  const atEnd = procStatus(service.pid);
  const peakKb = peakSource === 'VmHWM' && atEnd ? Math.max(atEnd.hwmKb, sampledPeakKb) : sampledPeakKb;
  sampling = false;
  const ended = performance.now();
  const sinceEnd = () => (performance.now() - ended) / 1000;
  await sleep(afterSeconds * 1000);
  clearInterval(sampler);
  const after = procStatus(service.pid);
  const nearIdle = (status: ReturnType<typeof procStatus>) => status !== null && idle !== null && status.rssKb <= idle.rssKb + NEAR_IDLE_MB * 1024;
  let settled = after;
  let nearIdleAfterSeconds = nearIdle(after) ? sinceEnd() : null;
  while (nearIdleAfterSeconds === null && sinceEnd() < settleSeconds) {
    await sleep(250);
    settled = procStatus(service.pid);
    if (nearIdle(settled)) nearIdleAfterSeconds = sinceEnd();
  }

  let created = 0;
  let failure: string | null = null;
  if (answer.status !== 200) failure = `HTTP ${answer.status}: ${answer.body.slice(0, 500)}`;
  else {
    created = (JSON.parse(answer.body) as { observations: { created: number } }).observations.created;
    if (created !== rows) failure = `the import created ${created} figures, not ${rows}`;
  }
  if (!failure && health.failures) failure = `${health.failures} /health polls failed during the import`;
  const ok = answer.status === 200 && created === rows;
  const mb = (kb: number | undefined) => (kb ?? NaN) / 1024;
  return {
    rows,
    csvBytes: csv.length,
    seconds,
    rowsPerSecond: ok ? rows / seconds : NaN,
    status: answer.status,
    created,
    failure,
    health,
    memory: {
      idleMb: mb(idle?.rssKb),
      peakMb: mb(peakKb),
      peakSource,
      peakAnonMb: mb(sampledPeakAnonKb),
      afterMb: mb(after?.rssKb),
      idleAnonMb: mb(idle?.anonKb),
      idleFileMb: mb(idle?.fileKb),
      afterAnonMb: mb(after?.anonKb),
      afterFileMb: mb(after?.fileKb),
      afterSeconds,
      nearIdleAfterSeconds,
      settledMb: mb(settled?.rssKb),
      settleSeconds,
    },
  };
}

/** The same rows as the import's CSV, for another target, as the observations and observation_versions rows the service writes. */
function rawRows(target: string, rows: number) {
  const units = unitDefinitions();
  const at = new Date().toISOString();
  return Array.from({ length: rows }, (_, i) => {
    const figure = importFigure(units, target, i);
    const id = `obs-${randomUUID()}`;
    return { observation: observationRow(id, figure, 'bench', at), version: versionRow(id, figure, 'bench', at) };
  });
}

const columnsOf = (table: typeof observationsTable | typeof versionsTable) =>
  Object.entries(getTableColumns(table)).map(([key, column]) => ({ key, name: column.name }));

export interface RawInsertResult {
  engine: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * The import's baseline: the same rows and their version rows inserted in one transaction with prepared
 * statements, straight into the (stopped) service's SQLite file, the way the service configures it.
 */
export function rawSqliteInsert(databaseUrl: string, target: string, rows: number): RawInsertResult {
  const data = rawRows(target, rows);
  const db = new Database(sqlitePath(databaseUrl));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -32768');
    db.pragma('mmap_size = 134217728');
    db.pragma('temp_store = MEMORY');
    const statement = (table: string, columns: { key: string; name: string }[]) =>
      db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c.name}"`).join(',')}) VALUES (${columns.map((c) => `@${c.key}`).join(',')})`);
    const insertObservation = statement('observations', columnsOf(observationsTable));
    const insertVersion = statement('observation_versions', columnsOf(versionsTable));
    const countFigures = db.prepare('UPDATE targets SET figure_count = figure_count + ? WHERE plan_id = ? AND id = ?');
    // The import creates the rows' source; when it failed, the baseline creates it (not timed).
    db.prepare(`INSERT INTO sources (id, title, publisher, published_on, language, kind) VALUES (?, '基准测试导入来源', 'bench', ?, 'zh-Hans', 'news_report') ON CONFLICT DO NOTHING`).run(IMPORT_SOURCE.id, IMPORT_SOURCE.publishedOn);
    const started = performance.now();
    db.transaction(() => {
      for (const { observation, version } of data) {
        insertObservation.run(observation);
        insertVersion.run(version);
      }
      countFigures.run(rows, PLAN_ID, target);
    })();
    const seconds = (performance.now() - started) / 1000;
    return { engine: 'better-sqlite3', rows, seconds, rowsPerSecond: rows / seconds };
  } finally {
    db.close();
  }
}

/** The same on PostgreSQL: pg, one transaction, multi-row INSERTs of 1,000 rows (27,000 parameters) each. */
export async function rawPostgresInsert(databaseUrl: string, schema: string, target: string, rows: number): Promise<RawInsertResult> {
  const data = rawRows(target, rows);
  const client = new pg.Client({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const insert = async (table: string, columns: { key: string; name: string }[], batch: Record<string, unknown>[]) => {
      const values: unknown[] = [];
      const tuples = batch.map((row) => `(${columns.map((c) => (values.push(row[c.key]), `$${values.length}`)).join(',')})`);
      await client.query(`INSERT INTO ${table} (${columns.map((c) => `"${c.name}"`).join(',')}) VALUES ${tuples.join(',')}`, values);
    };
    const observationColumns = columnsOf(observationsTable);
    const versionColumns = columnsOf(versionsTable);
    await client.query(
      `INSERT INTO sources (id, title, publisher, published_on, language, kind) VALUES ($1, '基准测试导入来源', 'bench', $2, 'zh-Hans', 'news_report') ON CONFLICT DO NOTHING`,
      [IMPORT_SOURCE.id, IMPORT_SOURCE.publishedOn],
    );
    const started = performance.now();
    await client.query('BEGIN');
    for (let start = 0; start < data.length; start += 1000) {
      const batch = data.slice(start, start + 1000);
      await insert('observations', observationColumns, batch.map((r) => r.observation));
      await insert('observation_versions', versionColumns, batch.map((r) => r.version));
    }
    await client.query('UPDATE targets SET figure_count = figure_count + $1 WHERE plan_id = $2 AND id = $3', [rows, PLAN_ID, target]);
    await client.query('COMMIT');
    const seconds = (performance.now() - started) / 1000;
    return { engine: 'pg', rows, seconds, rowsPerSecond: rows / seconds };
  } finally {
    await client.end();
  }
}
