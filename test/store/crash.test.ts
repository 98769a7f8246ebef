/**
 * Crashes (issue 10): every write, its audit entries, its version rows and its idempotency record
 * commit in one transaction or not at all, and an answer of 2xx means committed. The real service runs
 * as a child process on a SQLite file; a stream of writes (figures posted with Idempotency-Keys,
 * corrections, withdrawals, imports of thousands of CSV rows) is cut by SIGKILL at a random moment,
 * the file is checked as the crash left it (PRAGMA integrity_check, and a store opened on it), the
 * service is started again on it, and the API must agree: versions 1..n without gaps, an audit entry
 * for every version, each target's figure count equal to its current figures, every idempotency
 * record that is done matching a write in the data (and a replay of it writing nothing), every import
 * all or nothing, every write answered 2xx still there, and a killed write retried with its key done once.
 *
 * SQLite only (PostgreSQL's atomicity is the server's). Reproduce with CRASH_SEED=<seed> (timings
 * vary from run to run, so a seed reproduces the plan of the rounds, not the exact instant of a kill).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { ENGINE, TEST_ADMIN_KEY } from '../helpers.js';

const SEED = Number(process.env.CRASH_SEED ?? 20_251_010);
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 6);
const IMPORT_ROWS = 2500;
/** A short claim lease, so that a killed write's claim lapses within the test. */
const CLAIM_LEASE_SECONDS = 2;

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const SOURCE = 'xinhua-tianjin-2024-year-review';
/** Single writes go to one target, imports to another, so that each is counted apart. */
const SINGLES = 'port-container-throughput';
const IMPORTS = 'foreign-trade';
const OWNER = 'key-tracker-admin-key';

// ---------------------------------------------------------------------------------------------
// The service as a process
// ---------------------------------------------------------------------------------------------

interface Service {
  url: string;
  process: ChildProcess;
  stderr: string[];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function start(file: string): Promise<Service> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, DATABASE_URL: file, PORT: String(port), SEED_ON_START: 'true', TRACKER_ADMIN_KEY: TEST_ADMIN_KEY, LOG_LEVEL: 'warn', IDEMPOTENCY_CLAIM_LEASE_SECONDS: String(CLAIM_LEASE_SECONDS) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}: ${stderr.join('')}`);
    const ready = await fetch(`${url}/health`).then((response) => response.ok, () => false);
    if (ready) return { url, process: child, stderr };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`the service did not start: ${stderr.join('')}`);
}

async function kill(service: Service) {
  if (service.process.exitCode !== null || service.process.signalCode !== null) return;
  const exited = once(service.process, 'exit');
  service.process.kill('SIGKILL');
  await exited;
}

interface Answer {
  status: number;
  body: string;
  replayed: boolean;
}

const headers = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${TEST_ADMIN_KEY}`, ...extra });

async function send(service: Service, method: string, path: string, body?: string, extra: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${service.url}${path}`, { method, headers: headers({ 'content-type': 'application/json', ...extra }), body });
  return { status: response.status, body: await response.text(), replayed: response.headers.get('idempotent-replayed') === 'true' };
}

/**
 * A retry as a client makes it: a 409 for a claim still held is retried after its Retry-After, which
 * must be no longer than the lease (the claim of a killed write lapses then).
 */
async function retry(service: Service, write: Write): Promise<Answer & { waitedSeconds: number }> {
  let waitedSeconds = 0;
  for (;;) {
    const response = await fetch(`${service.url}${write.path}`, {
      method: write.method,
      headers: headers({ 'content-type': write.contentType, 'idempotency-key': write.key! }),
      body: write.body,
    });
    const answer = { status: response.status, body: await response.text(), replayed: response.headers.get('idempotent-replayed') === 'true', waitedSeconds };
    const pause = Number(response.headers.get('retry-after'));
    if (answer.status !== 409 || !answer.body.includes('/problems/request-in-progress') || !(pause >= 1 && pause <= CLAIM_LEASE_SECONDS) || waitedSeconds > 3 * CLAIM_LEASE_SECONDS) {
      return answer;
    }
    await new Promise((resolve) => setTimeout(resolve, pause * 1000));
    waitedSeconds += pause;
  }
}

async function readAll(service: Service, path: string): Promise<any[]> {
  const items: any[] = [];
  for (let cursor: string | null = null; ; ) {
    const answer = await send(service, 'GET', `${path}${path.includes('?') ? '&' : '?'}limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${answer.body}`);
    const page = JSON.parse(answer.body) as { items: any[]; nextCursor: string | null };
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
}

// ---------------------------------------------------------------------------------------------
// The writes, and what became of them
// ---------------------------------------------------------------------------------------------

interface Write {
  kind: 'post' | 'patch' | 'withdraw' | 'import';
  round: number;
  method: string;
  path: string;
  body: string;
  contentType: string;
  key?: string;
  /** The quote every figure of this write carries: finds them in the data. */
  tag: string;
  /** The figure a post creates (its period) or a correction/withdrawal acts on (its id). */
  day?: string;
  observationId?: string;
  note?: string;
  /** The answer, when one came before the kill. */
  answer?: Answer;
}

const dayOf = (base: string, n: number) => new Date(Date.parse(base) + n * 86_400_000).toISOString().slice(0, 10);

let postCount = 0;
/** Writes a kill cut before they answered (the retries answer some of them later). */
let cutWrites = 0;
let importCount = 0;

function postWrite(round: number): Write {
  const n = postCount++;
  const day = dayOf('1900-01-01', n);
  const tag = `crash-post-${round}-${n}`;
  const body = { reported: { value: `${n}.50`, unit: '万标准箱' }, period: { start: day, end: day }, sourceId: SOURCE, quote: tag };
  return { kind: 'post', round, method: 'POST', path: `/v1/targets/${SINGLES}/observations`, body: JSON.stringify(body), contentType: 'application/json', key: `crash-key-${tag}`, tag, day };
}

function importWrite(round: number): Write {
  const n = importCount++;
  const tag = `crash-import-${round}-${n}`;
  const lines = ['targetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,quote'];
  for (let i = 0; i < IMPORT_ROWS; i += 1) {
    const day = dayOf('1100-01-01', n * IMPORT_ROWS + i);
    lines.push(`${IMPORTS},${day},${day},${i}.25,亿元,${SOURCE},${tag}`);
  }
  return { kind: 'import', round, method: 'POST', path: '/v1/imports', body: lines.join('\n'), contentType: 'text/csv', key: `crash-key-${tag}`, tag };
}

interface Round {
  /** How long after the first write of the round the service is killed. */
  killAfterMs: number;
  /** Whether to kill while an import is running: then the delay counts from the import's start. */
  duringImport: boolean;
  imports: number;
}

const roundsArb = fc.array(
  fc.record({ killAfterMs: fc.integer({ min: 5, max: 700 }), duringImport: fc.boolean(), imports: fc.integer({ min: 1, max: 2 }) }),
  { minLength: ROUNDS, maxLength: ROUNDS },
);

/** Three lanes of writes at once until the kill: posts, corrections and withdrawals, imports. */
async function workload(service: Service, round: number, plan: Round, ledger: Write[], created: string[]) {
  let killed = false;
  const record = async (write: Write) => {
    ledger.push(write);
    try {
      write.answer = await send(service, write.method, write.path, write.body, { 'content-type': write.contentType, ...(write.key ? { 'idempotency-key': write.key } : {}) });
    } catch {
      // No answer: the service died with the request in flight.
      cutWrites += 1;
    }
    return write.answer;
  };
  let importStarted!: () => void;
  const importStart = new Promise<void>((resolve) => (importStarted = resolve));
  const lanes = [
    (async () => {
      while (!killed) {
        const answer = await record(postWrite(round));
        if (answer?.status === 201) created.push(JSON.parse(answer.body).id);
      }
    })(),
    (async () => {
      for (let i = 0; !killed; i += 1) {
        const id = created[(i * 7 + round) % Math.max(1, created.length)];
        if (!id) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        if (i % 5 === 4) {
          await record({ kind: 'withdraw', round, method: 'DELETE', path: `/v1/observations/${id}`, body: JSON.stringify({ reason: `crash-withdraw-${round}-${i}` }), contentType: 'application/json', tag: id, observationId: id });
          created.splice(created.indexOf(id), 1);
        } else {
          const note = `crash-note-${round}-${i}`;
          await record({ kind: 'patch', round, method: 'PATCH', path: `/v1/observations/${id}`, body: JSON.stringify({ note }), contentType: 'application/json', tag: id, observationId: id, note });
        }
      }
    })(),
    (async () => {
      for (let i = 0; i < plan.imports && !killed; i += 1) {
        const write = importWrite(round);
        const answered = record(write);
        importStarted();
        await answered;
      }
    })(),
  ];
  if (plan.duringImport) await importStart;
  await new Promise((resolve) => setTimeout(resolve, plan.killAfterMs));
  killed = true;
  await kill(service);
  await Promise.all(lanes);
}

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

const VERSION_AUDIT: Record<string, string> = { created: 'create', revised: 'update', withdrawn: 'withdraw' };

/** The file as the crash left it: SQLite's own checks, then every invariant read off a store's dump. */
async function checkFile(file: string, ledger: Write[], round: number, problems: string[]) {
  const db = new Sqlite(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`round ${round}: PRAGMA integrity_check is ${JSON.stringify(integrity)}`);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length) problems.push(`round ${round}: PRAGMA foreign_key_check lists ${JSON.stringify(broken.slice(0, 3))}`);
  } finally {
    db.close();
  }

  const store = await openStore(file);
  const tables: Record<string, any[]> = {};
  try {
    for await (const { table, rows } of store.dump()) (tables[table] ??= []).push(...rows);
  } finally {
    await store.close();
  }
  const observations = tables.observations ?? [];
  const versions = tables.observationVersions ?? [];
  const audit = tables.auditLog ?? [];
  const records = new Map<string, any>((tables.idempotencyKeys ?? []).filter((row) => row.owner === OWNER).map((row) => [row.key, row]));

  // Versions 1..n without gaps, the last one saying what the figure is now.
  const versionsOf = new Map<string, any[]>();
  for (const version of versions) versionsOf.set(version.observationId, [...(versionsOf.get(version.observationId) ?? []), version]);
  for (const observation of observations) {
    const list = (versionsOf.get(observation.id) ?? []).sort((a, b) => a.version - b.version);
    const numbers = list.map((version) => version.version);
    if (JSON.stringify(numbers) !== JSON.stringify(Array.from({ length: observation.version }, (_, i) => i + 1))) {
      problems.push(`round ${round}: observation ${observation.id} is at version ${observation.version} but has versions ${JSON.stringify(numbers)}`);
    }
    const last = list[list.length - 1];
    if (last && (last.action === 'withdrawn') !== (observation.withdrawnAt !== null)) problems.push(`round ${round}: observation ${observation.id} withdrawn=${observation.withdrawnAt !== null} but its last version is ${last.action}`);
  }

  // An audit entry for every version of the figures this test wrote, and none without one.
  const ours = new Set(observations.filter((observation) => String(observation.quote).startsWith('crash-')).map((observation) => observation.id));
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const fromVersions = new Map<string, number>();
  const fromAudit = new Map<string, number>();
  for (const version of versions) if (ours.has(version.observationId)) count(fromVersions, `${version.observationId} ${VERSION_AUDIT[version.action]}`);
  for (const entry of audit) if (entry.entityType === 'observation' && ours.has(entry.entityId)) count(fromAudit, `${entry.entityId} ${entry.action}`);
  for (const key of new Set([...fromVersions.keys(), ...fromAudit.keys()])) {
    if (fromVersions.get(key) !== fromAudit.get(key)) problems.push(`round ${round}: ${key}: ${fromVersions.get(key) ?? 0} version(s) but ${fromAudit.get(key) ?? 0} audit entr(ies)`);
  }

  // Each target's figure count is its current figures.
  const current = new Map<string, number>();
  for (const observation of observations) if (observation.targetId !== null && observation.withdrawnAt === null) count(current, `${observation.planId} ${observation.targetId}`);
  for (const target of tables.targets ?? []) {
    const actual = current.get(`${target.planId} ${target.id}`) ?? 0;
    if (target.figureCount !== actual) problems.push(`round ${round}: target ${target.id} has figureCount ${target.figureCount} but ${actual} current figure(s)`);
  }

  // Every write with a key: in the data if and only if its record is done (with a 2xx); an import whole or absent.
  const byTag = new Map<string, number>();
  for (const observation of observations) if (String(observation.quote).startsWith('crash-')) count(byTag, observation.quote);
  for (const write of ledger) {
    const present = byTag.get(write.tag) ?? 0;
    if (write.kind === 'import' && present !== 0 && present !== IMPORT_ROWS) problems.push(`round ${round}: import ${write.tag} is partly there: ${present} of ${IMPORT_ROWS} rows`);
    if (write.kind === 'post' && present > 1) problems.push(`round ${round}: ${write.tag} was written ${present} times`);
    if (write.answer && write.answer.status < 300 && (write.kind === 'post' || write.kind === 'import') && present === 0) {
      problems.push(`round ${round}: ${write.tag} was answered ${write.answer.status} but is not in the data after the crash`);
    }
    if (!write.key) continue;
    const stored = records.get(write.key);
    const done = stored?.state === 'done' && stored.responseStatus < 300;
    if (present > 0 && !done) problems.push(`round ${round}: ${write.tag} is in the data but its Idempotency-Key record is ${stored ? `${stored.state} (${stored.responseStatus})` : 'missing'}`);
    if (done && present === 0) problems.push(`round ${round}: the Idempotency-Key record of ${write.tag} is done (${stored.responseStatus}) but the write is not in the data`);
    if (done && write.kind === 'post' && !observations.some((observation) => observation.id === JSON.parse(stored.responseBody).id)) {
      problems.push(`round ${round}: the answer kept for ${write.tag} names ${JSON.parse(stored.responseBody).id}, which does not exist`);
    }
  }
  // Corrections and withdrawals answered 200 are there.
  const notes = new Set(versions.map((version) => `${version.observationId} ${version.note}`));
  for (const write of ledger) {
    if (write.answer?.status !== 200) continue;
    if (write.kind === 'patch' && !notes.has(`${write.observationId} ${write.note}`)) problems.push(`round ${round}: correction ${write.note} of ${write.observationId} was answered 200 but is in no version`);
    if (write.kind === 'withdraw' && !observations.some((observation) => observation.id === write.observationId && observation.withdrawnAt !== null)) {
      problems.push(`round ${round}: withdrawal of ${write.observationId} was answered 200 but the figure is not withdrawn`);
    }
  }
  return {
    records,
    currentOf: (targetId: string) => observations.filter((observation) => observation.targetId === targetId && observation.withdrawnAt === null).length,
    imported: ledger.filter((write) => write.kind === 'import' && (byTag.get(write.tag) ?? 0) === IMPORT_ROWS).length,
  };
}

/** The restarted service: what the API says agrees with the data; replays write nothing; killed writes retried succeed once. */
async function checkApi(
  service: Service,
  file: string,
  ledger: Write[],
  round: number,
  { records, currentOf }: Awaited<ReturnType<typeof checkFile>>,
  problems: string[],
) {
  // Histories through the API: versions 1..n, each with its audit entry.
  const figures = (await readAll(service, `/v1/targets/${SINGLES}/observations?includeWithdrawn=true`)).filter((figure) => String(figure.quote).startsWith('crash-'));
  const audit = await readAll(service, `/v1/audit?targetId=${SINGLES}`);
  for (const figure of figures.slice(-15)) {
    const history = await readAll(service, `/v1/observations/${figure.id}/history`);
    const numbers = history.map((version) => version.version);
    if (JSON.stringify(numbers) !== JSON.stringify(Array.from({ length: figure.version }, (_, i) => i + 1))) problems.push(`round ${round}: API history of ${figure.id} is ${JSON.stringify(numbers)} at version ${figure.version}`);
    for (const version of history) {
      if (!audit.some((entry) => entry.entityId === figure.id && entry.action === VERSION_AUDIT[version.action])) problems.push(`round ${round}: API audit has no ${VERSION_AUDIT[version.action]} entry for ${figure.id} version ${version.version}`);
    }
  }
  // Progress counts the current figures (as the file held them before the restart).
  for (const target of [SINGLES, IMPORTS]) {
    const progress = JSON.parse((await send(service, 'GET', `/v1/targets/${target}/progress`)).body);
    if (progress.observationCount !== currentOf(target)) problems.push(`round ${round}: progress of ${target} counts ${progress.observationCount} figures, the data holds ${currentOf(target)}`);
  }

  // A replay of every write of this round whose record is done gives the kept answer and writes
  // nothing: no commit at all, which PRAGMA data_version (changed by any other connection's commit) tells.
  const watcher = new Sqlite(file, { readonly: true });
  try {
    const dataVersion = watcher.prepare('PRAGMA data_version').pluck();
    const before = dataVersion.get();
    for (const write of ledger.filter((candidate) => candidate.round === round && candidate.key && records.get(candidate.key)?.state === 'done')) {
      const stored = records.get(write.key!);
      const replay = await send(service, write.method, write.path, write.body, { 'content-type': write.contentType, 'idempotency-key': write.key! });
      if (replay.status !== stored.responseStatus || !replay.replayed || replay.body !== stored.responseBody) {
        problems.push(`round ${round}: replay of ${write.tag} answered ${replay.status} (replayed: ${replay.replayed}) instead of the kept ${stored.responseStatus}`);
      }
      if (write.answer && replay.body !== write.answer.body) problems.push(`round ${round}: replay of ${write.tag} differs from its first answer`);
    }
    if (dataVersion.get() !== before) problems.push(`round ${round}: the replays committed a write`);
  } finally {
    watcher.close();
  }

  // A write killed before it answered, retried with its key (after the lease of its claim at most), succeeds and is done once.
  for (const write of ledger.filter((candidate) => candidate.round === round && candidate.key && !candidate.answer)) {
    const answer = await retry(service, write);
    write.answer = answer;
    if (answer.status >= 300) problems.push(`round ${round}: retry of killed ${write.tag} answered ${answer.status} ${answer.body.slice(0, 200)}`);
  }
}

// ---------------------------------------------------------------------------------------------

let directory: string;
let service: Service | undefined;

describe.skipIf(ENGINE !== 'sqlite')('the service killed (SIGKILL) at random moments and restarted on the same SQLite file', () => {
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'tracker-crash-'));
  });
  afterAll(async () => {
    if (service) await kill(service);
    rmSync(directory, { recursive: true, force: true });
  });

  it(`keeps figures, versions, audit and idempotency records in agreement through ${ROUNDS} crashes (seed ${SEED})`, async () => {
    const file = join(directory, 'crash.db');
    const [plan] = fc.sample(roundsArb, { seed: SEED, numRuns: 1 });
    const ledger: Write[] = [];
    const created: string[] = [];
    const problems: string[] = [];
    let imported = 0;
    service = await start(file);
    for (const [round, rules] of plan.entries()) {
      await workload(service, round, rules, ledger, created);
      const found = await checkFile(file, ledger, round, problems);
      imported = found.imported;
      service = await start(file);
      await checkApi(service, file, ledger, round, found, problems);
      // What the retries wrote is checked with the next round's file (and once more at the end).
    }
    await kill(service);
    await checkFile(file, ledger, plan.length, problems);
    service = undefined;
    const answered = ledger.filter((write) => write.answer).length;
    const cut = cutWrites;
    console.log(`crash test (seed ${SEED}): ${ledger.length} writes in ${plan.length} rounds, ${answered} answered, ${imported} whole imports of ${importCount}`);
    expect(problems, `seed ${SEED} (CRASH_SEED=${SEED} CRASH_ROUNDS=${ROUNDS})`).toEqual([]);
    // The kills did cut writes midway (else nothing above was put to the test).
    expect(cut, 'writes cut by a kill before they answered').toBeGreaterThan(0);
  }, 120_000);

  it('a write killed after claiming its Idempotency-Key can be retried with that key once its claim lapses, as the 409 says', async ({ skip }) => {
    const file = join(directory, 'claimed.db');
    service = await start(file);
    // An import killed after its claim on the key is committed and before its answer is (a few tries, as timing goes).
    let killed: Write | undefined;
    for (let attempt = 0; attempt < 5 && !killed; attempt += 1) {
      const write = importWrite(90 + attempt);
      const watcher = new Sqlite(file, { readonly: true });
      const claimed = watcher.prepare('SELECT state FROM idempotency_keys WHERE key = ?').pluck();
      const sent = send(service, write.method, write.path, write.body, { 'content-type': write.contentType, 'idempotency-key': write.key! }).catch(() => undefined);
      for (let i = 0; i < 1000 && claimed.get(write.key) !== 'in_progress'; i += 1) await new Promise((resolve) => setTimeout(resolve, 1));
      const state = claimed.get(write.key);
      watcher.close();
      await kill(service);
      if (state === 'in_progress' && (await sent) === undefined) killed = write;
      service = await start(file);
    }
    if (!killed) skip('no import could be killed between its claim and its answer');
    const answer = await retry(service!, killed!);
    await kill(service!);
    service = undefined;
    expect(answer.status, answer.body).toBe(200);
    expect(answer.waitedSeconds).toBeLessThanOrEqual(CLAIM_LEASE_SECONDS);
    expect(JSON.parse(answer.body).observations.created).toBe(IMPORT_ROWS);
  }, 60_000);
});
