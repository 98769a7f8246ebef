// The load generator. bench/run.ts forks it as a child process so that it never shares an event loop
// (or, on a 2-core machine, a core) with the servers it measures: in one loop, the generator's own work
// would be billed to the server. It answers each job sent over IPC with one LoadResult.
import http from 'node:http';

export interface LoadJob {
  url: string;
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** A second stop condition, so a run stays bounded even against an unexpectedly fast target. */
  maxRequests: number;
}

export interface LoadResult {
  /** Responses received, whatever their status. */
  requests: number;
  /** Non-2xx responses plus requests that got no response (refused, reset, timed out). */
  errors: number;
  firstError: string | null;
  elapsedMs: number;
  p50Ms: number;
  p99Ms: number;
  meanBodyBytes: number;
}

interface Sample {
  latenciesMs: number[];
  errors: number;
  firstError: string | null;
  bodyBytes: number;
}

const REQUEST_TIMEOUT_MS = 5_000;

function get(agent: http.Agent, target: URL): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ agent, host: target.hostname, port: target.port, path: target.pathname + target.search }, (res) => {
      let bytes = 0;
      // Read the whole body: a response is only complete (and its socket reusable) once it is consumed.
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no response within ${REQUEST_TIMEOUT_MS} ms`)));
  });
}

/** `connections` closed loops, each sending its next request as soon as the previous one answers. */
async function drive(agent: http.Agent, target: URL, job: LoadJob, ms: number, sample: Sample | null): Promise<void> {
  const deadline = performance.now() + ms;
  let started = 0;
  const loop = async () => {
    while (performance.now() < deadline && started < job.maxRequests) {
      started++;
      const t0 = performance.now();
      try {
        const { status, bytes } = await get(agent, target);
        if (!sample) continue;
        sample.latenciesMs.push(performance.now() - t0);
        sample.bodyBytes += bytes;
        if (status < 200 || status >= 300) {
          sample.errors++;
          sample.firstError ??= `HTTP ${status}`;
        }
      } catch (error) {
        if (!sample) continue;
        sample.errors++;
        sample.firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export async function measure(job: LoadJob): Promise<LoadResult> {
  const target = new URL(job.url);
  // One socket per loop, kept alive: we measure request handling, not TCP handshakes.
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  try {
    // Warm-up lets the JIT, the sockets and any caches settle; its numbers are thrown away.
    await drive(agent, target, job, job.warmupMs, null);
    const sample: Sample = { latenciesMs: [], errors: 0, firstError: null, bodyBytes: 0 };
    const start = performance.now();
    await drive(agent, target, job, job.durationMs, sample);
    const elapsedMs = performance.now() - start;
    const sorted = Float64Array.from(sample.latenciesMs).sort();
    const requests = sample.latenciesMs.length;
    return {
      requests,
      errors: sample.errors,
      firstError: sample.firstError,
      elapsedMs,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      meanBodyBytes: requests ? sample.bodyBytes / requests : 0,
    };
  } finally {
    // Close this scenario's sockets so the next one starts clean and the servers can close promptly.
    agent.destroy();
  }
}

// Only act as the child when forked with an IPC channel; importing this file for its types does nothing.
if (process.send) {
  process.on('message', (job: LoadJob) => {
    measure(job).then(
      (result) => process.send?.(result),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
  // An orphaned generator must not outlive bench/run.ts.
  process.on('disconnect', () => process.exit(0));
}
