import type { Socket } from 'node:net';
import helmet from 'helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyUnderPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { INEXACT_MESSAGE, inexactNumbers } from './exact-numbers.js';
import { hookWhen } from './hooks.js';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, ProblemError, sendProblem, type ProblemCode } from './problem.js';

export interface ProtectionOptions {
  /** Writes one API key may make a minute; 0 for no limit. */
  writesPerMinute: number;
  /** Requests with a missing, unknown or revoked key one address may make a minute before it is refused with 429; 0 for no limit. */
  authFailuresPerMinute: number;
  /** Longest event-loop delay before requests are refused with 503; 0 to never refuse. */
  maxEventLoopDelayMs: number;
  /** Largest resident memory before requests are refused with 503; 0 to never refuse. */
  maxRssBytes: number;
}

const MINUTE = 60_000;

/**
 * Helmet's headers, worked out once: @fastify/helmet runs helmet anew for every request, parsing the
 * policy each time (a tenth of a cached answer's cost), although the headers never change.
 */
function helmetHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = { setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value), removeHeader: () => {} };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })({} as never, response as never, () => {});
  return headers;
}

/**
 * Failed authentications counted per address in fixed one-minute windows: past the limit, every
 * request from that address is refused with 429 until the window ends, so that keys cannot be guessed.
 */
export class AuthFailureLimiter {
  private readonly windows = new Map<string, { start: number; failures: number }>();

  constructor(private readonly perMinute: number) {}

  private window(address: string) {
    const now = Date.now();
    let window = this.windows.get(address);
    if (!window || now - window.start >= MINUTE) {
      window = { start: now, failures: 0 };
      this.windows.set(address, window);
      if (this.windows.size > 100_000) this.windows.clear();
    }
    return window;
  }

  /** Throws 429 when the address has failed too often this minute. */
  check(address: string) {
    if (!this.perMinute) return;
    const window = this.window(address);
    if (window.failures < this.perMinute) return;
    const retryAfter = Math.ceil((window.start + MINUTE - Date.now()) / 1000);
    throw new ProblemError('too-many-requests', `Too many requests with a missing or wrong API key from this address; retry after ${retryAfter} s`, {
      headers: { 'retry-after': String(retryAfter) },
    });
  }

  failed(address: string) {
    if (this.perMinute) this.window(address).failures += 1;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function registerProtection(app: FastifyInstance, options: ProtectionOptions) {
  // Security headers. The CSP allows the documentation page's own scripts and styles and nothing from elsewhere.
  const securityHeaders = helmetHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });

  if (options.maxEventLoopDelayMs || options.maxRssBytes) {
    await app.register(fastifyUnderPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      maxRssBytes: options.maxRssBytes,
      retryAfter: 5,
      pressureHandler: (request, reply, type, value) => {
        sendProblem(request, reply, 'unavailable', `The service is overloaded (${type}: ${Math.round(Number(value))}); retry shortly`, {
          headers: { 'retry-after': '5' },
        });
      },
    });
  }

  if (options.writesPerMinute) {
    // Reads are not limited: their routes get no rate-limit hook at all, rather than one that lets them pass.
    app.addHook('onRoute', (route: RouteOptions) => {
      if ([route.method].flat().every((method) => READS.has(method))) route.config = { ...route.config, rateLimit: false };
    });
    await app.register(fastifyRateLimit, {
      global: true,
      max: options.writesPerMinute,
      timeWindow: MINUTE,
      hook: 'preHandler',
      keyGenerator: (request: FastifyRequest) => request.caller?.keyId ?? request.ip,
      errorResponseBuilder: (_request, context) =>
        new ProblemError('too-many-requests', `More than ${context.max} writes a minute with this key; retry after ${context.after}`, {
          headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
        }),
    });
  }

  // JSON bodies (and JSON merge patches, RFC 7396, which PATCH takes) are read as the default parser
  // reads them, once every number in them is known to be held exactly: JSON.parse would turn 1e-400
  // into 0 and 12345678901234567890 into another number.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser(['application/json', 'application/merge-patch+json'], { parseAs: 'string' }, (request, body, done) => {
    if (request.method !== 'PATCH' && request.headers['content-type']?.toLowerCase().includes('merge-patch')) {
      done(new ProblemError('unsupported-media-type', `application/merge-patch+json is a body for PATCH only; send ${request.method} application/json`), undefined);
      return;
    }
    const inexact = inexactNumbers(body as string);
    if (inexact.length) {
      done(
        new ProblemError('invalid-request', 'A number in the body cannot be held exactly', {
          errors: inexact.map(({ path, literal }) => ({ field: `body.${path}`, message: INEXACT_MESSAGE(literal) })),
        }),
        undefined,
      );
      return;
    }
    parseJson(request, body as string, done);
  });
}

/** Once the service begins to close, every new request is a 503 problem asking to retry (elsewhere). */
export function answerWhileClosing(app: FastifyInstance) {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook(
    'onRequest',
    hookWhen(
      () => closing,
      async (request, reply) => {
        reply.header('connection', 'close');
        return sendProblem(request, reply, 'unavailable', 'The service is shutting down; retry shortly', { headers: { 'retry-after': '5' } });
      },
    ),
  );
}

/** Every method a path is registered with, so that another method on it is a 405 that lists them. */
export function answerOtherMethods(app: FastifyInstance) {
  const methods = new Map<string, Set<string>>();
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.config && (route.config as { methodNotAllowed?: boolean }).methodNotAllowed) return;
    const set = methods.get(route.url) ?? new Set<string>();
    for (const method of [route.method].flat()) set.add(method);
    methods.set(route.url, set);
  });
  // Registered as a plugin: routes added straight onto the root after app.after() leave avvio with a
  // pending step, and any route added later (a test's) would never become ready.
  return () =>
    app.register(async (scope) => {
      for (const [url, allowed] of methods) {
        if (allowed.has('GET')) allowed.add('HEAD');
        const others = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => !allowed.has(method));
        const allow = [...allowed, 'OPTIONS'].sort().join(', ');
        // OPTIONS says what the path takes (a CORS preflight is answered before it, by the CORS plugin).
        scope.route({
          method: 'OPTIONS',
          url,
          config: { scope: 'public', methodNotAllowed: true } as never,
          schema: { hide: true },
          handler: (_request, reply) => reply.code(204).header('allow', allow).send(),
        });
        if (!others.length) continue;
        scope.route({
          method: others,
          url,
          config: { scope: 'public', methodNotAllowed: true } as never,
          schema: { hide: true },
          handler: (request, reply) => sendProblem(request, reply, 'method-not-allowed', `${request.method} is not a method of ${url}; it takes ${allow}`, { headers: { allow } }),
        });
      }
    });
}

/** A problem written straight to a socket, for a request too malformed to reach Fastify (431, 414, 400). */
export function answerClientError(error: NodeJS.ErrnoException & { bytesParsed?: number }, socket: Socket) {
  if (!socket.writable) return socket.destroy();
  const codes: Record<string, ProblemCode> = {
    HPE_HEADER_OVERFLOW: 'request-header-too-large',
    HPE_URI_TOO_LONG: 'uri-too-long',
    ERR_HTTP_REQUEST_TIMEOUT: 'request-timeout',
  };
  const code = codes[error.code ?? ''] ?? 'invalid-request';
  const { status, title } = PROBLEM_TYPES[code];
  const body = JSON.stringify({ type: `/problems/${code}`, title, status, detail: `The request could not be read: ${error.code ?? error.message}` });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
