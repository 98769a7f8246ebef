import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RefusedError, UnavailableError, UsageError } from './errors.js';
import { note } from './output.js';

export const DEFAULT_URL = 'http://127.0.0.1:3000';

/** Waits before the second and third attempt of a request that is safe to repeat. */
const RETRY_DELAYS_MS = [300, 1000];
/** Answers a proxy gives while the service restarts; worth a retry. A 500 is a bug and is not. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);
/** How long a retry waits for a first attempt the service is still running (a large import takes seconds). */
const MAX_WAIT_FOR_FIRST_ATTEMPT_MS = 120_000;

interface Problem {
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Query = Record<string, string | undefined>;

export interface PostOptions {
  query?: Query;
  json?: unknown;
  /** A streamed body; a function so that a retry can send it again from the start. */
  stream?: () => ReadableStream<Uint8Array>;
  contentType?: string;
  /**
   * Send an Idempotency-Key, one per call and the same on every attempt: the service answers a repeated
   * request with its first answer instead of writing twice, which is what makes retrying a POST safe.
   */
  idempotent?: boolean;
}

/** A path with its interpolated ids encoded: api`/v1/targets/${id}`. */
export function api(strings: TemplateStringsArray, ...ids: string[]): string {
  return strings.reduce((path, part, i) => path + part + (i < ids.length ? encodeURIComponent(ids[i]) : ''), '');
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

export class Client {
  constructor(
    readonly baseUrl: string,
    private readonly apiKey?: string,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv): Client {
    const raw = env.TRACKER_URL || DEFAULT_URL;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UsageError(`TRACKER_URL is not a URL: "${raw}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`TRACKER_URL must be an http(s) URL: "${raw}"`);
    // Kept as typed, less any trailing slash, so that a service mounted under a path prefix keeps it.
    return new Client(raw.replace(/\/+$/, ''), env.TRACKER_API_KEY || undefined);
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', path, { query });
  }

  /** Every item of a paged list, following nextCursor to the last page. */
  async getAll<T>(path: string, query: Query = {}): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.get<Page<T>>(path, { ...query, limit: '200', cursor });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }

  post<T>(path: string, options: PostOptions): Promise<T> {
    return this.request<T>('POST', path, options);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path, {});
  }

  private url(path: string, query: Query = {}): string {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return `${this.baseUrl}${path}${params.size ? `?${params}` : ''}`;
  }

  private async request<T>(method: string, path: string, options: PostOptions): Promise<T> {
    const url = this.url(path, options.query);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    if (options.contentType) headers['content-type'] = options.contentType;
    if (options.idempotent) headers['idempotency-key'] = randomUUID();
    // A GET, or a POST the service deduplicates, can be repeated; a DELETE twice would be refused the second time.
    const attempts = method === 'GET' || options.idempotent ? RETRY_DELAYS_MS.length + 1 : 1;

    let waitedMs = 0;
    for (let attempt = 1; ; attempt += 1) {
      const body = options.stream ? options.stream() : options.json !== undefined ? JSON.stringify(options.json) : undefined;
      // Aborted once the attempt is over, so that a streamed body stops being read (and its progress reported)
      // when the connection failed, or when the service answered before reading it all (401, 413).
      const attemptOver = new AbortController();
      try {
        let response: Response;
        try {
          // duplex: 'half' is what fetch requires of a streamed request body.
          response = await fetch(url, { method, headers, body, duplex: 'half', signal: attemptOver.signal } as RequestInit);
        } catch (error) {
          const failure = `cannot reach the service at ${this.baseUrl}: ${networkReason(error, url)}`;
          if (attempt < attempts && !isBlockedPort(error)) {
            await retryAfter(failure, attempt, attempts);
            continue;
          }
          throw new UnavailableError(failure);
        }
        const stillRunning = response.status === 409 && options.idempotent && Number(response.headers.get('retry-after')) > 0;
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
        return await this.read<T>(response, method, url);
      } finally {
        attemptOver.abort();
      }
    }
  }

  private async read<T>(response: Response, method: string, url: string): Promise<T> {
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (response.ok) {
      if (body === undefined) {
        throw new UnavailableError(`${method} ${url} answered ${response.status} without JSON: is TRACKER_URL the tracker service?`);
      }
      return body as T;
    }
    const problem = (body ?? {}) as Problem;
    const summary = `${response.status} ${problem.title ?? response.statusText}${problem.detail ? `: ${problem.detail}` : ''}`;
    if (response.status >= 500) throw new UnavailableError(`the service failed: ${summary}`);
    const lines = (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
    if (response.status === 401 && !this.apiKey) lines.push('TRACKER_API_KEY is not set');
    throw new RefusedError(summary, lines);
  }
}
