// Load through autocannon's programmatic API: a warm-up whose numbers are thrown away, then a fixed duration.
// autocannon runs in the benchmark's own process; the servers under load are other processes (bench/servers.ts).
import autocannon from 'autocannon';

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** A measured run that saw fewer answers is run once more, longer (up to maxSeconds). */
  minAnswers: number;
  maxSeconds: number;
}

export interface LoadResult {
  /** Completed requests per second over the measured duration. */
  rps: number;
  requests: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  /** Body bytes of one answer (fetched once before the load). */
  bodyBytes: number;
  /** When the measured run started and ended, in µs of the monotonic clock (the one V8's profiles use). */
  window: { startUs: number; endUs: number };
  /** Request errors (refused, reset, timed out) and non-2xx answers, warm-up included. */
  failures: number;
  firstFailure: string | null;
}

async function run(url: string, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    // Samples every 250 ms, so that the run stops within 250 ms of its duration (autocannon checks on a sample).
    sampleInt: 250,
    // A slow route under 50 connections queues: a request can wait for 49 others. Only a request unanswered
    // for this long counts as failed.
    timeout: 120,
  });
}

/** autocannon's `errors` already count its time-outs. */
const failuresOf = (result: autocannon.Result) => result.errors + result.non2xx;

/** One answer's body, checked to be 2xx. */
export async function probe(url: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

/**
 * A warm-up, then the measured run, each once `settle` says the servers are idle (autocannon stops by
 * dropping the requests in flight, which a server then still works off). A measured run that saw fewer
 * than `minAnswers` answers says little: it is run once more, longer (up to `maxSeconds`).
 */
export async function load(url: string, options: LoadOptions, settle: () => Promise<void>): Promise<LoadResult> {
  const first = await probe(url);
  let failures = first.status >= 200 && first.status < 300 ? 0 : 1;
  let firstFailure = failures ? `HTTP ${first.status}: ${first.bytes.toString().slice(0, 300)}` : null;
  if (options.warmupSeconds > 0) {
    await settle();
    const warmup = await run(url, options.connections, options.warmupSeconds);
    failures += failuresOf(warmup);
  }
  const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
  await settle();
  let window = { startUs: monotonicUs(), endUs: 0 };
  let result = await run(url, options.connections, options.seconds);
  window.endUs = monotonicUs();
  failures += failuresOf(result);
  // Too few answers to measure a rate: a route slower than about minAnswers ÷ duration, or answers that come
  // in bursts (on PostgreSQL, 50 plan requests interleave and finish together). Run once more, longer: as
  // long as the rate seen predicts for minAnswers answers (with 20 % to spare), or maxSeconds when it saw
  // too few answers to predict anything.
  if (result.requests.total < options.minAnswers) {
    const total = result.requests.total;
    const seconds = Math.min(options.maxSeconds, total >= 5 ? Math.ceil((options.seconds * 1.2 * options.minAnswers) / total) : options.maxSeconds);
    await settle();
    window = { startUs: monotonicUs(), endUs: 0 };
    result = await run(url, options.connections, seconds);
    window.endUs = monotonicUs();
    failures += failuresOf(result);
  }
  if (failures && !firstFailure) {
    const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code}×${count ?? 0}`).join(' ');
    firstFailure = `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx} (status codes: ${codes})`;
  }
  return {
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bodyBytes: first.bytes.length,
    window,
    failures,
    firstFailure,
  };
}
