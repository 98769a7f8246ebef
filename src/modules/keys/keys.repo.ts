import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { now, type Connection } from '../../db/database.js';
import { after } from '../../db/keyset.js';
import type { ApiKey } from './keys.schemas.js';

export function keysRepo({ db, tables, engine }: Connection) {
  const { apiKeys } = tables;
  const toKey = ({ hash: _hash, ...row }: typeof apiKeys.$inferSelect): ApiKey => row;
  const byHash = engine.prepared('keys.byHash', () => db.select().from(apiKeys).where(eq(apiKeys.hash, sql.placeholder('hash'))).limit(1));

  return {
    /** The key a secret's hash belongs to: every authenticated request asks this. */
    async findByHash(hash: string): Promise<ApiKey | undefined> {
      const [row] = await byHash.execute({ hash });
      return row && toKey(row);
    },

    async find(id: string): Promise<ApiKey | undefined> {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
      return row && toKey(row);
    },

    async findByName(name: string): Promise<ApiKey | undefined> {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.name, name)).limit(1);
      return row && toKey(row);
    },

    async list(filter: { includeRevoked: boolean; after?: string; limit: number }): Promise<ApiKey[]> {
      const rows = await db
        .select()
        .from(apiKeys)
        .where(and(filter.includeRevoked ? undefined : isNull(apiKeys.revokedAt), filter.after ? after([apiKeys.id], [filter.after]) : undefined))
        .orderBy(asc(apiKeys.id))
        .limit(filter.limit);
      return rows.map(toKey);
    },

    async insert(key: Pick<ApiKey, 'id' | 'name' | 'scope' | 'createdBy'> & { hash: string }): Promise<ApiKey> {
      const [row] = await db.insert(apiKeys).values(key).returning();
      return toKey(row);
    },

    async revoke(id: string, by: string): Promise<ApiKey> {
      const [row] = await db.update(apiKeys).set({ revokedAt: now(), revokedBy: by }).where(eq(apiKeys.id, id)).returning();
      return toKey(row);
    },
  };
}

export type KeysRepo = ReturnType<typeof keysRepo>;
