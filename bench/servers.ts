// The processes under load: the service as `npm start` runs it (node dist/server.js) and the bare Fastify
// baselines (bench/bare-server.mjs). Each is its own process on 127.0.0.1, so that neither shares an
// event loop with the load generator; every one is stopped when the benchmark ends, however it ends.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './dataset.js';

export const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface Server {
  url: string;
  pid: number;
  /** Lines the process wrote to stdout after it started (the service's warn/error log lines): the first 20, and how many. */
  log: { first: string[]; count: number };
  stop(): Promise<void>;
  /** Resolves when the process exits on its own (a crash, while it should be serving). */
  exited: Promise<number | null>;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Compiles src/ to dist/ (`npm run build`) when dist/ is missing or older than src/. */
export function ensureBuilt(log: (line: string) => void): void {
  const server = join(ROOT, 'dist/server.js');
  if (existsSync(server) && newestMtime(join(ROOT, 'dist')) >= newestMtime(join(ROOT, 'src'))) return;
  log('dist/ is missing or older than src/: npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

function track(child: ChildProcess, name: string, stderr: string[], stdout: string[] = []): { exited: Promise<number | null>; stop: () => Promise<void> } {
  running.add(child);
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    running.delete(child);
    resolve(code);
  }));
  let stopping = false;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
  exited.then((code) => {
    if (!stopping) process.stderr.write(`${name} (pid ${child.pid}) exited on its own, code ${code} signal ${child.signalCode}\n${stderr.join('')}${stdout.join('\n')}\n`);
  });
  return { exited, stop };
}

export interface ServiceOptions {
  databaseUrl: string;
  postgresSchema?: string;
  /** Extra node flags (--cpu-prof …). */
  nodeArgs?: string[];
  /** More environment variables for the service (--service-env), set last. */
  env?: Record<string, string>;
  name: string;
}

/** The service as `npm start` runs it: node dist/server.js, with the benchmark's environment. */
export async function startService(options: ServiceOptions): Promise<Server> {
  const port = await freePort();
  const stderr: string[] = [];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'dist/server.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      ...(options.postgresSchema ? { DATABASE_SCHEMA: options.postgresSchema } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_ON_START: 'false',
      TRACKER_ADMIN_KEY: ADMIN_KEY,
      ...options.env,
    },
  });
  const lastLines: string[] = [];
  const { exited, stop } = track(child, options.name, stderr, lastLines);
  const log = { first: [] as string[], count: 0 };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    log.count += 1;
    if (log.first.length < 20) log.first.push(line);
    lastLines.push(line);
    if (lastLines.length > 20) lastLines.shift();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited during start-up:\n${stderr.join('')}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.name} did not answer /health within 180 s:\n${stderr.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, pid: child.pid!, log, stop, exited };
}

/** A bare Fastify baseline (bench/bare-server.mjs). */
export async function startBare(args: string[], name: string): Promise<Server> {
  const stderr: string[] = [];
  const child = spawn(process.execPath, [join(ROOT, 'bench/bare-server.mjs'), ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, NODE_ENV: 'production' },
  });
  const { exited, stop } = track(child, name, stderr);
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    exited.then((code) => {
      throw new Error(`${name} exited (code ${code}) before listening:\n${stderr.join('')}`);
    }),
  ]);
  const { address } = JSON.parse(first) as { address: string };
  return { url: address, pid: child.pid!, log: { first: [], count: 0 }, stop, exited };
}

/** CPU time (user + system) a process has used, in clock ticks (1/100 s), or null once it is gone. */
function cpuTicks(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until every process is idle (at most 1 tick of CPU in each of two consecutive 100 ms windows), so
 * that a run never starts while a server still works off the requests a previous run abandoned when it
 * stopped. Gives up after `maxMs` and says how long it waited.
 */
export async function settle(pids: number[], maxMs = 120_000): Promise<{ waitedMs: number; settled: boolean }> {
  const started = performance.now();
  let last = pids.map(cpuTicks);
  let quiet = 0;
  while (performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = pids.map(cpuTicks);
    const busy = now.some((ticks, i) => ticks !== null && last[i] !== null && ticks - last[i]! > 1);
    last = now;
    quiet = busy ? 0 : quiet + 1;
    if (quiet >= 2) return { waitedMs: performance.now() - started, settled: true };
  }
  return { waitedMs: performance.now() - started, settled: false };
}
