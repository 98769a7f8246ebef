import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { now } from '../db/database.js';
import type { Claim } from '../modules/idempotency/idempotency.repo.js';
import { hookWhen } from './hooks.js';
import { ProblemError } from './problem.js';
import { REPLAYED_HEADERS } from './write.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** This request's claim on its Idempotency-Key, until its answer is recorded. */
    idempotency: Claim | null;
  }
  interface FastifyContextConfig {
    /** false for a route whose answer must not be kept for replay. */
    replayable?: boolean;
  }
}

const HEADER = 'idempotency-key';

function fingerprint(request: FastifyRequest): string {
  const body = request.bodyDigest ?? (typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null));
  return createHash('sha256').update(`${request.method} ${request.url}\n${body}`).digest('hex');
}

const later = (ms: number) => new Date(Date.now() + ms).toISOString();

/**
 * `Idempotency-Key` on a POST: a retry with the same key and body gets the first answer again without
 * a second write; the same key with another body is 422; a retry while the first request is still
 * running is 409. A claim belongs to the instance that made it until it expires, so that several
 * instances share keys and none deletes another's claims.
 */
/**
 * `claimLeaseMs`: how long a claim holds unless renewed. The instance renews it while the request runs,
 * so that only a claim whose instance died (or lost its database) lapses, and a retry takes it over
 * once the lease has run out; the 409 before then says how long that is.
 */
export function registerIdempotency(app: FastifyInstance, options: { ttlHours: number; claimLeaseMs: number }) {
  app.decorateRequest('idempotency', null);
  /** Names this process's claims. */
  const instance = randomUUID();
  const bookkeeping = { advancesDataVersion: false };
  const heartbeats = new WeakMap<FastifyRequest, NodeJS.Timeout>();

  function keepAlive(request: FastifyRequest, claim: Claim) {
    let renewing = false;
    const beat = setInterval(() => {
      if (renewing) return;
      renewing = true;
      app.store
        .transaction((tx) => tx.idempotency.renew(claim, later(options.claimLeaseMs)), bookkeeping)
        .catch((error) => request.log.warn({ err: error }, 'could not renew the claim on an Idempotency-Key'))
        .finally(() => (renewing = false));
    }, options.claimLeaseMs / 3);
    beat.unref();
    heartbeats.set(request, beat);
  }

  function stopKeepingAlive(request: FastifyRequest) {
    clearInterval(heartbeats.get(request));
    heartbeats.delete(request);
  }

  async function release(request: FastifyRequest) {
    stopKeepingAlive(request);
    const claim = request.idempotency;
    request.idempotency = null;
    if (claim) await app.store.transaction((tx) => tx.idempotency.release(claim), bookkeeping).catch(() => {});
  }

  // An answer holding a secret (a new API key) is never stored, so the key is not honoured there.
  const honoursKey = (request: FastifyRequest) =>
    request.method === 'POST' && typeof request.headers[HEADER] === 'string' && request.caller !== null && request.routeOptions.config?.replayable !== false;

  app.addHook('preHandler', hookWhen(honoursKey, async (request, reply) => {
    const key = request.headers[HEADER] as string;
    if (key.length < 1 || key.length > 200) {
      throw new ProblemError('invalid-request', 'Idempotency-Key must be 1 to 200 characters', {
        errors: [{ field: 'headers.idempotency-key', message: 'use a fresh random value, such as a UUID, for each logical request' }],
      });
    }
    const claim: Claim = { owner: request.caller!.keyId, key, instance };
    const hash = fingerprint(request);
    const { store } = app;
    const expiresAt = later(options.claimLeaseMs);
    // Read first, outside any transaction: a retry of a running request is answered at once, without
    // waiting for the write lock that request may hold.
    let stored = await store.idempotency.find(claim.owner, claim.key);
    const claimable = !stored || (stored.requestHash === hash && stored.state === 'in_progress' && stored.claimExpiresAt! < now());
    if (claimable) {
      const claimed = await store.transaction(async (tx) => {
        const at = now();
        await tx.idempotency.purge(new Date(Date.now() - options.ttlHours * 3_600_000).toISOString());
        return stored ? tx.idempotency.takeOver(claim, expiresAt, at) : tx.idempotency.claim(claim, hash, expiresAt, at);
      }, bookkeeping);
      if (claimed) {
        request.idempotency = claim;
        keepAlive(request, claim);
        return;
      }
      stored = await store.idempotency.find(claim.owner, claim.key);
    }
    if (stored && stored.requestHash !== hash) {
      throw new ProblemError(
        'idempotency-key-reused',
        `Idempotency-Key "${key}" was first used for a different request; use a new key for a new request`,
      );
    }
    if (!stored?.answer) {
      // A running request answers soon; a claim whose instance died is free once its lease runs out.
      const untilFree = stored?.claimExpiresAt ? Math.ceil((Date.parse(stored.claimExpiresAt) - Date.now()) / 1000) : 1;
      throw new ProblemError(
        'request-in-progress',
        `The first request with Idempotency-Key "${key}" is still running (or its instance stopped: its claim lapses within ${Math.max(untilFree, 1)} s); retry after it has answered`,
        { headers: { 'retry-after': String(Math.min(Math.max(untilFree, 1), 5)) } },
      );
    }
    for (const [name, value] of Object.entries(stored.answer.headers)) reply.header(name, value);
    return reply
      .code(stored.answer.status)
      .header('idempotent-replayed', 'true')
      .serializer((payload: string) => payload)
      .send(stored.answer.body);
  }));

  // A write's answer is recorded in its own transaction (src/http/write.ts). What is left here is a
  // refusal (4xx), kept for replay, or a server error or an answer that says when to retry
  // (Retry-After), which frees the key for that retry.
  async function recordRefusal(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const claim = request.idempotency!;
    if (reply.statusCode >= 500 || reply.hasHeader('retry-after') || typeof payload !== 'string') return release(request);
    request.idempotency = null;
    const headers = Object.fromEntries(
      REPLAYED_HEADERS.flatMap((name) => (reply.getHeader(name) !== undefined ? [[name, String(reply.getHeader(name))]] : [])),
    );
    await app.store
      .transaction((tx) => tx.idempotency.complete(claim, { status: reply.statusCode, headers, body: payload }), bookkeeping)
      .catch((error) => request.log.warn({ err: error }, 'could not record the answer for its Idempotency-Key'));
  }

  app.addHook('onSend', (request, reply, payload, done) => {
    if (!request.idempotency) return done(null, payload);
    recordRefusal(request, reply, payload).then(() => done(null, payload), done);
  });

  app.addHook('onResponse', (request, _reply, done) => {
    stopKeepingAlive(request);
    done();
  });
  app.addHook('onRequestAbort', release);
}
