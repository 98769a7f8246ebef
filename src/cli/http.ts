import { setTimeout as sleep } from 'node:timers/promises';
import { createTrackerClient, type Problem, type TrackerClient } from '../client/index.js';
import { RefusedError, UnavailableError, UsageError } from './errors.js';
import { note } from './output.js';
import { VERSION } from './version.js';

export const DEFAULT_URL = 'http://127.0.0.1:3000';
/** How long tracker waits for an answer to begin, and then for each piece of it (--timeout, TRACKER_TIMEOUT). */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** Waits before the second and third attempt of a request that is safe to repeat. */
const RETRY_DELAYS_MS = [300, 1000];
/** Answers a proxy gives while the service restarts; worth a retry. A 500 is a bug and is not. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);
/** How long a retry waits for a first attempt the service is still running (a large import takes seconds). */
const MAX_WAIT_FOR_FIRST_ATTEMPT_MS = 120_000;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const causeOf = (error: unknown) => (error as { cause?: { code?: string; message?: string } }).cause;

/** fetch refuses the ports browsers block (1, 22, 25, …) without trying them: no retry can help. */
const isBlockedPort = (error: unknown) => causeOf(error)?.message === 'bad port';

/** Why fetch failed, from the system error it wraps: ECONNREFUSED, ENOTFOUND, … */
function networkReason(error: unknown, url: string): string {
  if (isBlockedPort(error)) return `fetch does not connect to port ${new URL(url).port}, one of the ports browsers block`;
  const cause = causeOf(error);
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** Says why, so that a second progress report or a pause is not a mystery. */
async function retryAfter(failure: string, attempt: number, attempts: number): Promise<void> {
  note(`tracker: ${failure}; trying again (${attempt + 1} of ${attempts})`);
  await sleep(RETRY_DELAYS_MS[attempt - 1]);
}

/** A GET, or a POST the service deduplicates by its Idempotency-Key, can be sent again; a DELETE twice would be refused. */
const repeatable = (request: Request) => request.method === 'GET' || request.headers.has('idempotency-key');

/**
 * The service, through the typed client (src/client/), with what a command line needs around it:
 * retries of what is safe to repeat, a timeout per attempt, and answers turned into exit codes.
 */
export class Client {
  readonly api: TrackerClient;

  constructor(
    readonly baseUrl: string,
    private readonly apiKey: string | undefined,
    readonly timeoutMs: number,
  ) {
    this.api = createTrackerClient({
      baseUrl,
      apiKey,
      userAgent: `tracker-cli/${VERSION}`,
      transport: (request) => this.send(() => request.clone(), { repeatable: repeatable(request) }),
    });
  }

  static fromEnv(env: NodeJS.ProcessEnv, timeoutSeconds = DEFAULT_TIMEOUT_SECONDS): Client {
    const raw = env.TRACKER_URL || DEFAULT_URL;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UsageError(`TRACKER_URL is not a URL: "${raw}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`TRACKER_URL must be an http(s) URL: "${raw}"`);
    // Kept as typed, less any trailing slash, so that a service mounted under a path prefix keeps it.
    return new Client(raw.replace(/\/+$/, ''), env.TRACKER_API_KEY || undefined, timeoutSeconds * 1000);
  }

  /** The answer's data, or the refusal as an error with the service's detail and field errors. */
  async call<D>(pending: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
    let result: Awaited<typeof pending>;
    try {
      result = await pending;
    } catch (error) {
      if (error instanceof SyntaxError) throw new UnavailableError(`${this.baseUrl} answered without JSON: is TRACKER_URL the tracker service?`);
      throw error;
    }
    if (result.response.ok) return result.data as D;
    throw this.refusal(result.response, (typeof result.error === 'object' ? result.error : undefined) as Problem | undefined);
  }

  /** Every item of a paged list, following nextCursor to the last page. */
  async all<T>(page: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const next = await page(cursor);
      items.push(...next.items);
      cursor = next.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }

  /** The error a 4xx (or 5xx) answer stands for. */
  refusal(response: Response, problem: Partial<Problem> = {}): RefusedError | UnavailableError {
    const summary = `${response.status} ${problem.title ?? response.statusText}${problem.detail ? `: ${problem.detail}` : ''}`;
    if (response.status >= 500) return new UnavailableError(`the service failed: ${summary}`);
    const lines = (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
    if (response.status === 401 && !this.apiKey) lines.push('TRACKER_API_KEY is not set');
    return new RefusedError(summary, lines);
  }

  /**
   * Sends a request made afresh for each attempt (a streamed body cannot be sent twice), each attempt
   * given up after the timeout; repeats it when that is safe and the failure is one a retry can mend.
   */
  async send(attemptRequest: () => Request, { repeatable }: { repeatable: boolean }): Promise<Response> {
    const attempts = repeatable ? RETRY_DELAYS_MS.length + 1 : 1;
    let waitedMs = 0;
    for (let attempt = 1; ; attempt += 1) {
      const request = attemptRequest();
      let response: Response;
      try {
        response = await this.fetchWithin(request);
      } catch (error) {
        if (error instanceof UnavailableError) throw error;
        const failure = `cannot reach the service at ${this.baseUrl}: ${networkReason(error, request.url)}`;
        if (attempt < attempts && !isBlockedPort(error)) {
          await retryAfter(failure, attempt, attempts);
          continue;
        }
        throw new UnavailableError(failure);
      }
      const stillRunning = response.status === 409 && repeatable && Number(response.headers.get('retry-after')) > 0;
      if (stillRunning && waitedMs < MAX_WAIT_FOR_FIRST_ATTEMPT_MS) {
        // An earlier attempt whose connection dropped is still being served: its answer will be replayed.
        const pause = Number(response.headers.get('retry-after')) * 1000;
        await response.body?.cancel();
        note('tracker: the service is still working on the first attempt; waiting for its answer');
        await sleep(pause);
        waitedMs += pause;
        attempt -= 1;
        continue;
      }
      if (TRANSIENT_STATUSES.has(response.status) && attempt < attempts) {
        await response.body?.cancel();
        await retryAfter(`the service answered ${response.status} ${response.statusText}`, attempt, attempts);
        continue;
      }
      return response;
    }
  }

  /**
   * fetch, with the timeout on each wait rather than on the whole exchange: for the answer's headers,
   * then for each piece of its body, so that a long export keeps flowing while a stalled one is given up.
   */
  private async fetchWithin(request: Request): Promise<Response> {
    const { timeoutMs } = this;
    const controller = new AbortController();
    const stalled = (what: string) => () =>
      controller.abort(new UnavailableError(`${what} from ${this.baseUrl} within ${timeoutMs / 1000} s (--timeout, TRACKER_TIMEOUT)`));
    const timer = setTimeout(stalled('no answer'), timeoutMs);
    let response: Response;
    try {
      response = await fetch(request, { signal: controller.signal });
    } catch (error) {
      throw controller.signal.aborted ? controller.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
    if (!response.body) return response;
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(into) {
        const wait = setTimeout(stalled('the answer stopped arriving'), timeoutMs);
        try {
          const { done, value } = await reader.read();
          if (done) into.close();
          else into.enqueue(value);
        } catch (error) {
          throw controller.signal.aborted ? controller.signal.reason : error;
        } finally {
          clearTimeout(wait);
        }
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  /** Headers every request carries, for a request made by hand (a streamed upload). */
  headers(extra: Record<string, string>): Headers {
    const headers = new Headers({ accept: 'application/json', 'user-agent': `tracker-cli/${VERSION}`, ...extra });
    if (this.apiKey) headers.set('authorization', `Bearer ${this.apiKey}`);
    return headers;
  }
}

/** A number of seconds from an option or a variable; undefined when not given. */
export function secondsFrom(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`${name} must be a number of seconds greater than 0, not "${text}"`);
  return seconds;
}
