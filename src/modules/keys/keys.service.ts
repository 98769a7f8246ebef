import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { conflict, notFound } from '../../http/problem.js';
import { findKey, findKeyByName, insertKey, revokeKey } from './keys.repo.js';
import type { ApiKey, KeyInput } from './keys.schemas.js';

/** Keys are long random secrets, so a plain SHA-256 is enough to store them without storing them. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function createKey(db: Db, input: KeyInput, createdBy: string): ApiKey & { secret: string } {
  if (findKeyByName(db, input.name)) throw conflict(`a key named "${input.name}" already exists`);
  const secret = `ptt_${randomBytes(24).toString('base64url')}`;
  const key = insertKey(db, {
    id: `key_${randomBytes(6).toString('hex')}`,
    name: input.name,
    scope: input.scope,
    createdBy,
    hash: hashSecret(secret),
  });
  return { ...key, secret };
}

export function requireKey(db: Db, keyId: string): ApiKey {
  const key = findKey(db, keyId);
  if (!key) throw notFound('key', keyId);
  return key;
}

export function revoke(db: Db, keyId: string, by: string): ApiKey {
  const key = requireKey(db, keyId);
  if (key.revokedAt) throw conflict(`key "${keyId}" was already revoked at ${key.revokedAt}`);
  return revokeKey(db, keyId, by);
}
