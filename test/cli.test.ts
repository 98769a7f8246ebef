import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/main.js';
import { buildTestApp, TEST_ADMIN_KEY } from './helpers.js';

// The CLI runs as a user runs it: a child process of the compiled bin/tracker.js, talking over real
// HTTP to a listening app.
const BIN = fileURLToPath(new URL('../bin/tracker.js', import.meta.url));
const TIMEOUT = 60_000;

const CSV_HEADER = 'targetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,quote';
const SOURCE = 'xinhua-tianjin-2024-year-review';
const csvRow = (start: string, end: string, value: string, unit = '万标准箱') =>
  `port-container-throughput,${start},${end},${value},${unit},${SOURCE},"1—6月,完成集装箱吞吐量${value}${unit}"`;

let app: FastifyInstance;
let url: string;
let dir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function tracker(args: string[], { key = '', service = url, env = {} }: { key?: string; service?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, TRACKER_URL: service, TRACKER_API_KEY: key, ...env }, timeout: TIMEOUT / 2 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
}

/** A port nothing listens on: one the system just handed out and that was closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function writeCsv(name: string, rows: string[], header = CSV_HEADER): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, [header, ...rows, ''].join('\n'));
  return file;
}

beforeAll(async () => {
  app = await buildTestApp({ seed: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'tracker-cli-'));
}, TIMEOUT);

afterAll(async () => {
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('tracker CLI', { timeout: TIMEOUT }, () => {
  it('prints the help of every command, with an example, and exits 0', async () => {
    const lines = [
      ['--help'],
      ['help'],
      ['help', 'import'],
      ['keys', '--help'],
      ...COMMANDS.map(({ name }) => name).map((command) => [
        ...command.split(' '),
        '--help',
      ]),
    ];
    const runs = await Promise.all(lines.map((line) => tracker(line)));
    runs.forEach((run, i) => {
      expect(run.code, `${lines[i].join(' ')}: ${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/Usage: tracker/);
      expect(run.stderr).toBe('');
    });
    expect(runs[0].stdout).toMatch(/Exit codes:[\s\S]*3 {2}the service could not be reached/);
    runs.slice(4).forEach((run) => expect(run.stdout).toMatch(/Example:\n {2}tracker /));
  });

  it('exits 2 on a usage error, naming the problem and pointing at --help', async () => {
    const unknown = await tracker(['targets', '--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--colour/);
    expect(unknown.stderr).toMatch(/tracker targets --help/);
    expect(unknown.stdout).toBe('');

    const missing = await tracker(['add-figure', '--target', 'port-container-throughput', '--start', '2025-01-01']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--value and --unit/);

    const badChoice = await tracker(['keys', 'create', '--name', 'x', '--scope', 'root']);
    expect(badChoice.code).toBe(2);
    expect(badChoice.stderr).toMatch(/--scope must be one of read, write, admin/);
  });

  it('exits 3 when the service cannot be reached', async () => {
    const run = await tracker(['targets'], { service: `http://127.0.0.1:${await closedPort()}` });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/cannot reach the service at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/);
    expect(run.stdout).toBe('');

    // fetch will not even try port 1 (browsers block it); that too is a service out of reach.
    const blocked = await tracker(['targets'], { service: 'http://127.0.0.1:1' });
    expect(blocked.code).toBe(3);
    expect(blocked.stderr).toMatch(/cannot reach the service at http:\/\/127\.0\.0\.1:1/);
  });

  it('lists every target as JSON', async () => {
    const run = await tracker(['targets', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const targets = JSON.parse(run.stdout) as { id: string }[];
    expect(targets.map((t) => t.id)).toContain('port-container-throughput');
    // More than one page of 200 would be needed for a test of paging; the seed's 54 all arrive.
    expect(targets).toHaveLength(68);
  });

  it("shows a plan's progress as a table, with the bound of each percentage", async () => {
    const run = await tracker(['progress', 'tianjin-jjj-2027']);
    expect(run.code, run.stderr).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.startsWith('port-container-throughput '));
    expect(line).toMatch(/not_achieved\s+≥81\.5%/);
    expect(run.stdout).toMatch(/68 targets/);
  });

  it('refuses a write without a key: exit 1 with the 401 detail', async () => {
    const run = await tracker([
      'add-figure',
      '--target',
      'port-container-throughput',
      '--value',
      '1',
      '--unit',
      '万标准箱',
      '--start',
      '2025-01-01',
      '--end',
      '2025-01-31',
      '--source',
      SOURCE,
      '--quote',
      'q',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/401 Unauthorized: This request needs an API key/);
    expect(run.stdout).toBe('');
  });

  it('creates a key, writes with it, lists it, revokes it, and the revoked key is refused', async () => {
    const created = await tracker(['keys', 'create', '--name', 'cli-test', '--scope', 'write'], { key: TEST_ADMIN_KEY });
    expect(created.code, created.stderr).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^ptt_\S+$/);
    expect(created.stderr).toMatch(/not shown again/);

    const figure = (start: string, end: string) => [
      'add-figure',
      '--target',
      'port-container-throughput',
      '--value',
      '1200.5',
      '--unit',
      '万标准箱',
      '--start',
      start,
      '--end',
      end,
      '--source',
      SOURCE,
      '--quote',
      '上半年,完成集装箱吞吐量1200.5万标准箱',
      '--yoy=-2.1',
    ];
    const added = await tracker(figure('2024-01-01', '2024-06-30'), { key: secret });
    expect(added.code, added.stderr).toBe(0);
    const id = added.stdout.trim();
    const stored = await app.inject(`/v1/observations/${id}`);
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({
      targetId: 'port-container-throughput',
      reported: { value: 1200.5, unit: '万标准箱' },
      value: 12_005_000,
      yearOnYearPercent: -2.1,
      createdBy: 'cli-test',
    });

    const listed = await tracker(['keys', 'list', '--json'], { key: TEST_ADMIN_KEY });
    expect(listed.code, listed.stderr).toBe(0);
    const key = (JSON.parse(listed.stdout) as { id: string; name: string }[]).find((k) => k.name === 'cli-test')!;
    expect(key).toBeDefined();
    const table = await tracker(['keys', 'list'], { key: TEST_ADMIN_KEY });
    expect(table.stdout).toMatch(new RegExp(`${key.id}\\s+cli-test\\s+write`));

    const revoked = await tracker(['keys', 'revoke', key.id], { key: TEST_ADMIN_KEY });
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toMatch(`revoked ${key.id}`);

    const refused = await tracker(figure('2024-07-01', '2024-07-31'), { key: secret });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/401 Unauthorized: The key "cli-test" was revoked/);
  });

  it('imports a CSV file, reports progress when asked, and checks it again with --dry-run', async () => {
    const file = await writeCsv('figures.csv', [csvRow('2024-07-01', '2024-09-30', '600.25')]);

    const quiet = await tracker(['import', file, '--dry-run'], { key: TEST_ADMIN_KEY });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe(''); // stderr is not a terminal and --progress was not given

    const imported = await tracker(['import', file, '--progress'], { key: TEST_ADMIN_KEY });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^rows: 1\ncreated: 1\nrevised: 0\nunchanged: 0\nwithdrawn: 0\nsources created: 0\n$/);
    // After the upload, the service's own work: said when it starts and when the answer came.
    expect(imported.stderr).toMatch(/^uploaded 100% \(\d+ B of \d+ B\)\nprocessing: the service checks every row, then writes them all\nanswered after \d+ s of processing\n$/);
    const series = (await app.inject('/v1/targets/port-container-throughput/observations')).json();
    expect(series.items.some((o: { period: { start: string } }) => o.period.start === '2024-07-01')).toBe(true);

    const again = await tracker(['import', file, '--dry-run'], { key: TEST_ADMIN_KEY });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/created: 0\n[\s\S]*unchanged: 1\n[\s\S]*dry run: nothing written/);
  });

  it('reports the upload of a larger file in plain lines, at most one per 10%, ending at 100%', async () => {
    const day = (i: number) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
    const rows = Array.from({ length: 1000 }, (_, i) => `${csvRow(day(i), day(i), `${i}.5`)},${'a note '.repeat(125)}`);
    const file = await writeCsv('large.csv', rows, `${CSV_HEADER},note`);
    const run = await tracker(['import', file, '--dry-run', '--progress'], { key: TEST_ADMIN_KEY });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/rows: 1000\ncreated: 1000\n[\s\S]*dry run: nothing written/);
    const percents = [...run.stderr.matchAll(/^uploaded (\d+)% \(\S+ [kM]?B of 1\.\d MB\)$/gm)].map((match) => Number(match[1]));
    expect(percents.length).toBeGreaterThan(2);
    expect(percents.length).toBeLessThanOrEqual(11);
    // 10% apart, but for the closing 100%, which is always printed.
    const steps = percents.slice(0, -1);
    steps.slice(1).forEach((percent, i) => expect(percent - steps[i]).toBeGreaterThanOrEqual(10));
    expect(percents.at(-1)).toBe(100);
  });

  it('rejects a CSV file with a bad row: exit 1, one line per error on stderr, nothing written', async () => {
    const file = await writeCsv('bad.csv', [
      csvRow('2024-10-01', '2024-10-31', '200'),
      csvRow('2024-11-01', '2024-11-30', 'lots', '万吨'),
    ]);
    const run = await tracker(['import', file], { key: TEST_ADMIN_KEY });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/400 Bad Request: .*nothing was imported/);
    expect(run.stderr).toMatch(/^ {2}rows\[2\]\.reportedValue: must be a decimal number/m);
    const series = (await app.inject('/v1/targets/port-container-throughput/observations')).json();
    expect(series.items.some((o: { period: { start: string } }) => o.period.start === '2024-10-01')).toBe(false);
  });

  it('is described in the README: every command of --help has a row, with an example', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const help = (await tracker(['--help'])).stdout;
    for (const { name, example } of COMMANDS) {
      expect(help).toContain(`  ${name} `);
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\` \\|.*\\| \`npx ${example.split(' ').slice(0, name.split(' ').length + 1).join(' ')}`, 'm'));
    }
  });

  it('prints its version, the package\'s', async () => {
    const run = await tracker(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  });

  it('gives up on a service that accepts and never answers, after --timeout: exit 3', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const service = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const run = await tracker(['plans', '--timeout', '0.5'], { service });
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/no answer from .* within 0\.5 s/);
      const fromEnvironment = await tracker(['targets'], { service, env: { TRACKER_TIMEOUT: '0.5' } });
      expect(fromEnvironment.code).toBe(3);
    } finally {
      silent.close();
    }
  });

  /** Runs `check` against an HTTP service that answers every request with `answer`. */
  async function against(answer: RequestListener, check: (service: string) => Promise<void>) {
    const server = createHttpServer(answer);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await check(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }
  const lines = Array.from({ length: 6 }, (_, i) => `row ${i}\n`);

  it('lets an export that keeps flowing run past --timeout, which bounds each wait, not the whole', async () => {
    const slowButSteady: RequestListener = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      lines.forEach((line, i) => setTimeout(() => (response.write(line), i === lines.length - 1 && response.end()), 200 * (i + 1)));
    };
    await against(slowButSteady, async (service) => {
      const run = await tracker(['export', '--plan', 'p', '--timeout', '0.5'], { service });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(lines.join(''));
    });
  });

  it('gives up on an answer that stops arriving: exit 3, and --out is left untouched', async () => {
    const stalls: RequestListener = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write(lines[0]);
    };
    const file = join(dir, 'cut-off.csv');
    await against(stalls, async (service) => {
      const run = await tracker(['export', '--plan', 'p', '--timeout', '0.5', '--out', file], { service });
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/the answer stopped arriving from .* within 0\.5 s/);
      expect(existsSync(file)).toBe(false);
      const listing = await tracker(['plans', '--timeout', '0.5'], { service });
      expect(listing.code).toBe(3);
    });
  });

  it('refuses an unknown plan: exit 1, not an empty table', async () => {
    for (const args of [['targets', '--plan', 'nope'], ['progress', 'nope']]) {
      const run = await tracker(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/404 Not Found: .*nope/);
    }
  });

  it('shows what each target asks for, comparator included', async () => {
    const listed = await tracker(['targets', '--plan', 'tianjin-jjj-2027', '--kind', 'quantity']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^port-container-throughput +quantity +≥ 27,000,000 TEU /m);
    expect(listed.stdout).toMatch(/≤ 18 rank/);
    const progress = await tracker(['progress', 'tianjin-jjj-2027']);
    expect(progress.stdout).toMatch(/^port-container-throughput +≥ 27,000,000 TEU +not_achieved/m);
  });

  it('lists plans and sources', async () => {
    const plansRun = await tracker(['plans']);
    expect(plansRun.code, plansRun.stderr).toBe(0);
    expect(plansRun.stdout).toMatch(/^tianjin-jjj-2027 +2027-12-31 +推动京津冀协同发展走深走实行动方案/m);
    const sourcesRun = await tracker(['sources', '--json']);
    const ids = JSON.parse(sourcesRun.stdout).map((source: { id: string }) => source.id);
    expect(ids).toContain('xinhua-tianjin-2024-year-review');
    expect(ids).toHaveLength((await app.inject('/v1/sources?limit=500')).json().items.length);
  });

  it('exports the CSV the service serves, to stdout or a file', async () => {
    const served = (await app.inject('/v1/plans/tianjin-jjj-2027/observations?format=csv')).body;
    const toStdout = await tracker(['export', '--plan', 'tianjin-jjj-2027']);
    expect(toStdout.code, toStdout.stderr).toBe(0);
    expect(toStdout.stdout).toBe(served);
    const file = join(dir, 'export.csv');
    const toFile = await tracker(['export', '--target', 'port-container-throughput', '--out', file]);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe((await app.inject('/v1/targets/port-container-throughput/observations?format=csv')).body);
    expect((await tracker(['export'])).code).toBe(2);
    const unwritable = await tracker(['export', '--plan', 'tianjin-jjj-2027', '--out', join(dir, 'no-such-folder', 'x.csv')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write .*x\.csv: ENOENT/);
  });

  it('withdraws a figure with its reason, and refuses a stale version', async () => {
    const file = await writeCsv('withdraw.csv', [csvRow('1999-01-01', '1999-12-31', '1000')]);
    expect((await tracker(['import', file], { key: TEST_ADMIN_KEY })).code).toBe(0);
    const series = (await app.inject('/v1/targets/port-container-throughput/observations?limit=500')).json();
    const figure = series.items.find((o: { period: { start: string } }) => o.period.start === '1999-01-01');
    const stale = await tracker(['withdraw', figure.id, '--reason', 'test', '--version', String(figure.version + 1)], { key: TEST_ADMIN_KEY });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/412/);
    const run = await tracker(['withdraw', figure.id, '--reason', 'entered against the wrong target'], { key: TEST_ADMIN_KEY });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`withdrew ${figure.id}\n`);
    const withdrawn = (await app.inject(`/v1/observations/${figure.id}`)).json();
    expect(withdrawn.withdrawn.reason).toBe('entered against the wrong target');
  });
});
