import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema.js';
import type { ApiKey } from './keys.schemas.js';

const toKey = ({ hash: _hash, ...row }: typeof apiKeys.$inferSelect): ApiKey => row;

export function findKeyByHash(db: Db, hash: string): ApiKey | undefined {
  const row = db.select().from(apiKeys).where(eq(apiKeys.hash, hash)).get();
  return row && toKey(row);
}

export function findKey(db: Db, id: string): ApiKey | undefined {
  const row = db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
  return row && toKey(row);
}

export function findKeyByName(db: Db, name: string): ApiKey | undefined {
  const row = db.select().from(apiKeys).where(eq(apiKeys.name, name)).get();
  return row && toKey(row);
}

export function listKeys(db: Db, filter: { includeRevoked: boolean; after?: string; limit: number }): ApiKey[] {
  return db
    .select()
    .from(apiKeys)
    .where(
      and(filter.includeRevoked ? undefined : isNull(apiKeys.revokedAt), filter.after ? gt(apiKeys.id, filter.after) : undefined),
    )
    .orderBy(asc(apiKeys.id))
    .limit(filter.limit)
    .all()
    .map(toKey);
}

export function insertKey(db: Db, key: Pick<ApiKey, 'id' | 'name' | 'scope' | 'createdBy'> & { hash: string }): ApiKey {
  return toKey(db.insert(apiKeys).values(key).returning().get());
}

export function revokeKey(db: Db, id: string, by: string): ApiKey {
  return toKey(
    db
      .update(apiKeys)
      .set({ revokedAt: new Date().toISOString(), revokedBy: by })
      .where(eq(apiKeys.id, id))
      .returning()
      .get()!,
  );
}
