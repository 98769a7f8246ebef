import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';
import { ProblemError } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { owner: string; key: string } | null;
  }
  interface FastifyContextConfig {
    /** false for a route whose answer must not be kept for replay. */
    replayable?: boolean;
  }
}

const HEADER = 'idempotency-key';
const REPLAYED_HEADERS = ['content-type', 'location'];

function fingerprint(request: FastifyRequest): string {
  const body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null);
  return createHash('sha256').update(`${request.method} ${request.url}\n${body}`).digest('hex');
}

/**
 * `Idempotency-Key` on a POST: a retry with the same key and body gets the
 * first answer again without a second write; the same key with another body
 * is 422; a retry while the first request is still running is 409.
 */
export function registerIdempotency(app: FastifyInstance, db: Db, options: { ttlHours: number }) {
  app.decorateRequest('idempotency', null);
  // A claim still in progress at start-up belongs to a process that died: nothing will ever finish it.
  db.delete(idempotencyKeys).where(eq(idempotencyKeys.state, 'in_progress')).run();

  const release = (request: FastifyRequest) => {
    const claim = request.idempotency;
    if (claim) db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.owner, claim.owner), eq(idempotencyKeys.key, claim.key))).run();
  };

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[HEADER];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.caller) return;
    // An answer holding a secret (a new API key) is never stored, so the key is not honoured there.
    if (request.routeOptions.config?.replayable === false) return;
    if (key.length < 1 || key.length > 200) {
      throw new ProblemError(400, 'Idempotency-Key must be 1 to 200 characters', [
        { field: 'headers.idempotency-key', message: 'use a fresh random value, such as a UUID, for each logical request' },
      ]);
    }
    const owner = request.caller.keyId;
    const hash = fingerprint(request);
    const expired = new Date(Date.now() - options.ttlHours * 3_600_000).toISOString();
    db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, expired)).run();
    const stored = db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key)))
      .get();
    if (!stored) {
      db.insert(idempotencyKeys).values({ owner, key, requestHash: hash, state: 'in_progress' }).run();
      request.idempotency = { owner, key };
      return;
    }
    if (stored.requestHash !== hash) {
      throw new ProblemError(422, `Idempotency-Key "${key}" was first used for a different request; use a new key for a new request`);
    }
    if (stored.state === 'in_progress') {
      reply.header('retry-after', '1');
      throw new ProblemError(409, `The first request with Idempotency-Key "${key}" is still running; retry after it has answered`);
    }
    request.auditEvents = [];
    for (const [name, value] of Object.entries(stored.responseHeaders ?? {})) reply.header(name, value);
    return reply
      .code(stored.responseStatus!)
      .header('idempotent-replayed', 'true')
      .serializer((payload: string) => payload)
      .send(stored.responseBody);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    // A server error leaves nothing to replay: the key is freed for a retry.
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      release(request);
    } else {
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.flatMap((name) => (reply.getHeader(name) !== undefined ? [[name, String(reply.getHeader(name))]] : [])),
      );
      db.update(idempotencyKeys)
        .set({ state: 'done', responseStatus: reply.statusCode, responseHeaders: headers, responseBody: payload })
        .where(and(eq(idempotencyKeys.owner, claim.owner), eq(idempotencyKeys.key, claim.key)))
        .run();
    }
    request.idempotency = null;
    return payload;
  });

  app.addHook('onRequestAbort', async (request) => release(request));
}
