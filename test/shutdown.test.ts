import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TEST_ADMIN_KEY } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'tracker-shutdown-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let child: ChildProcess | undefined;
const sockets: Socket[] = [];
afterEach(() => {
  sockets.splice(0).forEach((socket) => socket.destroy());
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** The service as a user starts it: `npm start` (npm, a shell, then node) or node itself. */
async function start(how: 'npm' | 'node', settings: Record<string, string> = {}) {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: join(folder, `${port}.db`),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    TRACKER_ADMIN_KEY: TEST_ADMIN_KEY,
    ...settings,
  };
  child = how === 'npm' ? spawn('npm', ['start'], { env, stdio: 'ignore' }) : spawn(process.execPath, ['dist/server.js'], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (await fetch(`${url}/health`).then((response) => response.ok, () => false)) return { url, port, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service did not start');
}

const exited = (process: ChildProcess) => (process.exitCode !== null || process.signalCode !== null ? Promise.resolve() : once(process, 'exit'));
const reachable = (url: string) => fetch(`${url}/health`).then(() => true, () => false);

async function timeToExit(process: ChildProcess, signal: NodeJS.Signals): Promise<number> {
  const started = Date.now();
  process.kill(signal);
  await exited(process);
  return Date.now() - started;
}

describe('shutdown', () => {
  it('SIGTERM to `npm start` stops the server it started: nothing is left serving', async () => {
    const service = await start('npm');
    expect(await timeToExit(service.process, 'SIGTERM')).toBeLessThan(10_000);
    expect(await reachable(service.url)).toBe(false);
  });

  it('SIGINT lets a request under way finish, and the process exits', async () => {
    const service = await start('node');
    const header = 'targetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,quote';
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const day = new Date(Date.UTC(1950, 0, 1 + i)).toISOString().slice(0, 10);
      return `port-container-throughput,${day},${day},${i}.5,万标准箱,xinhua-tianjin-2024-year-review,q${i}`;
    });
    const importing = fetch(`${service.url}/v1/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'content-type': 'text/csv' },
      body: [header, ...rows].join('\n'),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopping = timeToExit(service.process, 'SIGINT');
    const answer = await importing;
    expect(answer.status).toBe(200);
    expect((await answer.json()).observations.created).toBe(20_000);
    expect(await stopping).toBeLessThan(10_000);
  });

  it('does not wait for idle keep-alive connections or clients that never finish a request', async () => {
    const service = await start('node', { SHUTDOWN_TIMEOUT_MS: '1500', HEADERS_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '60000', KEEP_ALIVE_TIMEOUT_MS: '60000' });
    const open = (bytes: string) => {
      const socket = connect(service.port, '127.0.0.1', () => socket.write(bytes));
      socket.on('error', () => undefined);
      sockets.push(socket);
    };
    open('GET /health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    open('GET /health HTTP/1.1\r\nHost: x\r\n');
    open('POST /v1/imports HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\ntargetId');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await timeToExit(service.process, 'SIGTERM')).toBeLessThan(5_000);
  });
});
