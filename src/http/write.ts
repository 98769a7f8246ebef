import type { FastifyReply, FastifyRequest } from 'fastify';
import { now } from '../db/database.js';
import { WriteCollision } from '../db/errors.js';
import type { Change, WriteContext } from '../modules/write-context.js';

export interface WriteAnswer {
  status: 200 | 201 | 202;
  body: unknown;
  /** The URL of what was created, for a 201. */
  location?: string;
  /** Answer, but write nothing (a dry run). */
  rollBack?: boolean;
}

/** Ends a transaction without committing, once its answer is made. */
class RolledBack extends Error {}

/** Audit entries per statement batch, with a pause between batches. */
const AUDIT_CHUNK = 1000;

/** Runs of a write the database rolled back for colliding with a concurrent one, before its 409 goes out. */
const COLLISION_ATTEMPTS = 4;

/** Headers an answer is replayed with, besides its body and status. */
export const REPLAYED_HEADERS = ['content-type', 'location', 'etag'] as const;

/**
 * Runs a write in one transaction with everything that must commit with it: its audit entries
 * (from the changes the service reports) and, for a request with an Idempotency-Key, the answer
 * kept for a replay. The answer is serialised before the commit, sent after it: a 2xx means committed.
 */
export async function runWrite(request: FastifyRequest, reply: FastifyReply, work: (write: WriteContext) => Promise<WriteAnswer>) {
  // A collision rolled everything back: the same work runs again from the start, as the client's retry would.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runWriteOnce(request, reply, work);
    } catch (error) {
      if (!(request.server.store.translateError(error) instanceof WriteCollision) || attempt === COLLISION_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random()));
    }
  }
}

async function runWriteOnce(request: FastifyRequest, reply: FastifyReply, work: (write: WriteContext) => Promise<WriteAnswer>) {
  const { store } = request.server;
  const caller = request.caller!;
  const claim = request.idempotency;
  const at = now();
  let payload = '';
  const done = store.transaction(async (tx, pause) => {
    const changes: Change[] = [];
    const answer = await work({ tx, actor: caller.name, at, pause, record: (change) => changes.push(change) });
    reply.code(answer.status).type('application/json; charset=utf-8');
    if (answer.location) reply.header('location', answer.location);
    payload = reply.serialize(answer.body) as string;
    if (answer.rollBack) throw new RolledBack();
    for (let start = 0; start < changes.length; start += AUDIT_CHUNK) {
      await tx.audit.insertMany(
        changes.slice(start, start + AUDIT_CHUNK).map((change) => ({
          planId: null,
          targetId: null,
          indicatorId: null,
          ...change,
          at,
          keyId: caller.keyId,
          keyName: caller.name,
          method: request.method,
          path: request.url,
          requestId: String(request.id),
        })),
      );
      await pause();
    }
    if (claim) {
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.flatMap((name) => (reply.getHeader(name) !== undefined ? [[name, String(reply.getHeader(name))]] : [])),
      );
      // Losing the claim means another instance took it over after it expired: its answer stands, this one rolls back.
      if (!(await tx.idempotency.complete(claim, { status: answer.status, headers, body: payload }))) {
        throw new Error(`the claim on Idempotency-Key "${claim.key}" expired before this request finished`);
      }
    }
  });
  try {
    await done;
    request.idempotency = null;
  } catch (error) {
    // A dry run's claim (if any) is recorded as a refusal's would be, after the rollback.
    if (!(error instanceof RolledBack)) throw error;
  }
  return reply.send(payload);
}
