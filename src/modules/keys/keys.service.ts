import { createHash, randomBytes } from 'node:crypto';
import type { Repos } from '../../db/store.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import type { WriteContext } from '../write-context.js';
import type { ApiKey, KeyInput } from './keys.schemas.js';

/** Keys are long random secrets, so a plain SHA-256 is enough to store them without storing them. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export async function createKey(write: WriteContext, input: KeyInput): Promise<ApiKey & { secret: string }> {
  const existing = await write.tx.keys.findByName(input.name);
  if (existing) throw new Conflict(`a key named "${input.name}" already exists`, { kind: 'key', id: existing.id });
  const secret = `ptt_${randomBytes(24).toString('base64url')}`;
  const key = await write.tx.keys.insert({
    id: `key-${randomBytes(6).toString('hex')}`,
    name: input.name,
    scope: input.scope,
    createdBy: write.actor,
    hash: hashSecret(secret),
  });
  write.record({ action: 'create', entityType: 'key', entityId: key.id });
  return { ...key, secret };
}

export async function requireKey(repos: Repos, keyId: string): Promise<ApiKey> {
  const key = await repos.keys.find(keyId);
  if (!key) throw new NotFound('key', keyId);
  return key;
}

export async function revokeKey(write: WriteContext, keyId: string): Promise<ApiKey> {
  const key = await requireKey(write.tx, keyId);
  if (key.revokedAt) throw new Conflict(`key "${keyId}" was already revoked at ${key.revokedAt}`, { kind: 'key', id: keyId });
  const revoked = await write.tx.keys.revoke(keyId, write.actor);
  write.record({ action: 'revoke', entityType: 'key', entityId: keyId });
  return revoked;
}
