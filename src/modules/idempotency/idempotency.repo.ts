import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Connection } from '../../db/database.js';

export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface IdempotencyRecord {
  requestHash: string;
  state: 'in_progress' | 'done';
  claimedBy: string | null;
  claimExpiresAt: string | null;
  answer: StoredAnswer | null;
}

/** A claim on an Idempotency-Key: who sent it (the API key), the key, and the instance working on it. */
export interface Claim {
  owner: string;
  key: string;
  instance: string;
}

export function idempotencyRepo({ db, tables, engine }: Connection) {
  const { idempotencyKeys: keys } = tables;
  const isClaim = (claim: Claim) => and(eq(keys.owner, claim.owner), eq(keys.key, claim.key), eq(keys.claimedBy, claim.instance));
  const byKey = engine.prepared('idempotency.byKey', () =>
    db
      .select()
      .from(keys)
      .where(and(eq(keys.owner, sql.placeholder('owner')), eq(keys.key, sql.placeholder('key'))))
      .limit(1),
  );

  return {
    async find(owner: string, key: string): Promise<IdempotencyRecord | undefined> {
      const [row] = await byKey.execute({ owner, key });
      if (!row) return undefined;
      return {
        requestHash: row.requestHash,
        state: row.state,
        claimedBy: row.claimedBy,
        claimExpiresAt: row.claimExpiresAt,
        answer: row.state === 'done' ? { status: row.responseStatus!, headers: row.responseHeaders ?? {}, body: row.responseBody! } : null,
      };
    },

    /** Claims a key nobody holds; false when someone does (or did). */
    async claim(claim: Claim, requestHash: string, expiresAt: string, at: string): Promise<boolean> {
      const rows = await db
        .insert(keys)
        .values({
          owner: claim.owner,
          key: claim.key,
          requestHash,
          state: 'in_progress',
          claimedBy: claim.instance,
          claimExpiresAt: expiresAt,
          createdAt: at,
        })
        .onConflictDoNothing()
        .returning({ key: keys.key });
      return rows.length === 1;
    },

    /** Takes over a claim whose holder let it expire (it crashed, or lost its connection); false if it is still held. */
    async takeOver(claim: Claim, expiresAt: string, at: string): Promise<boolean> {
      const rows = await db
        .update(keys)
        .set({ claimedBy: claim.instance, claimExpiresAt: expiresAt })
        .where(and(eq(keys.owner, claim.owner), eq(keys.key, claim.key), eq(keys.state, 'in_progress'), lt(keys.claimExpiresAt, at)))
        .returning({ key: keys.key });
      return rows.length === 1;
    },

    /** Extends a claim this instance still holds while its request runs. */
    async renew(claim: Claim, expiresAt: string): Promise<void> {
      await db.update(keys).set({ claimExpiresAt: expiresAt }).where(and(isClaim(claim), eq(keys.state, 'in_progress')));
    },

    /** Records the answer; false when the claim was lost to another instance meanwhile. */
    async complete(claim: Claim, answer: StoredAnswer): Promise<boolean> {
      const rows = await db
        .update(keys)
        .set({
          state: 'done',
          claimedBy: null,
          claimExpiresAt: null,
          responseStatus: answer.status,
          responseHeaders: answer.headers,
          responseBody: answer.body,
        })
        .where(isClaim(claim))
        .returning({ key: keys.key });
      return rows.length === 1;
    },

    /** Frees a claim whose request failed on the server's side, so that a retry can run it. */
    async release(claim: Claim): Promise<void> {
      await db.delete(keys).where(and(isClaim(claim), eq(keys.state, 'in_progress')));
    },

    /** Forgets answers (and abandoned claims) recorded before `before`. */
    async purge(before: string): Promise<void> {
      await db.delete(keys).where(and(lt(keys.createdAt, before), or(eq(keys.state, 'done'), lt(keys.claimExpiresAt, before))));
    },
  };
}

export type IdempotencyRepo = ReturnType<typeof idempotencyRepo>;
