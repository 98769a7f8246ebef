import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers.js';

// The README's examples run as a reader pastes them: each ```sh block that calls curl, in bash, from
// the repository's root, against a service started as the README says (seeded, with its admin key).
// Only the address changes, to the port the test service listens on.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const README_ADMIN_KEY = 'change-me-to-a-long-secret';

interface Example {
  line: number;
  script: string;
  /** Statuses the block announces with `# → NNN`, in order: each must be answered (curl -i prints it). */
  expected: number[];
}

function curlExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const match of markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    const script = match[1]!;
    if (!/\bcurl\b/.test(script)) continue;
    const expected = [...script.matchAll(/# → (\d{3})/g)].map((status) => Number(status[1]));
    examples.push({ line: markdown.slice(0, match.index).split('\n').length, script, expected });
  }
  return examples;
}

const hasCurl = (() => {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasCurl) console.warn('curl is not installed: the README examples are not run (apt-get install curl)');

function bash(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd: ROOT, timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.skipIf(!hasCurl)('the README', () => {
  let app: FastifyInstance;
  let address: string;

  beforeAll(async () => {
    app = await buildTestApp({ seed: true, TRACKER_ADMIN_KEY: README_ADMIN_KEY });
    address = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => app.close());

  const examples = curlExamples(README);

  it('has curl examples for reading, revalidating, keys, figures and imports', () => {
    const all = examples.map((example) => example.script).join('\n');
    for (const path of ['/progress', '?asOf=', 'if-none-match', '/v1/keys', '/observations', '/v1/imports']) expect(all).toContain(path);
  });

  // In order: a later example may rely on what an earlier one did, as it would for a reader.
  it.each(examples.map((example) => [example.line, example] as const))('example at line %i runs as written', async (_line, example) => {
    const run = await bash(example.script.replaceAll('localhost:3000', address.replace('http://', '')));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const statuses = [...run.stdout.matchAll(/^HTTP\/[\d.]+ (\d{3})/gm)].map((status) => Number(status[1]));
    expect(statuses).toEqual(example.expected);
    if (example.expected.length === 0) expect(run.stdout.length).toBeGreaterThan(0);
  });

  it('ships the example CSV as the service exports those figures, so importing it changes nothing', async () => {
    const exported = await Promise.all(
      ['port-container-throughput', 'sea-rail-container-volume'].map(async (target) => (await app.inject({ url: `/v1/targets/${target}/observations?format=csv` })).body),
    );
    const [first, second] = exported.map((csv) => csv.split('\r\n'));
    const expected = [...first!.filter(Boolean), ...second!.slice(1)].join('\r\n');
    expect(readFileSync(new URL('../docs/examples/figures.csv', import.meta.url), 'utf8')).toBe(expected);
  });
});
