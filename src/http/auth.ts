import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Scope } from '../domain/vocabulary.js';
import { hashSecret } from '../modules/keys/keys.service.js';
import { hookWhen } from './hooks.js';
import { ProblemError } from './problem.js';
import type { AuthFailureLimiter } from './protection.js';

export interface Caller {
  keyId: string;
  name: string;
  scope: Scope;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** What a route needs: `public` for liveness and documentation; otherwise read for reads and write for writes. */
    scope?: Scope | 'public';
  }
}

const RANK: Record<Scope, number> = { read: 1, write: 2, admin: 3 };
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const ENV_ADMIN: Caller = { keyId: 'key-tracker-admin-key', name: 'TRACKER_ADMIN_KEY', scope: 'admin' };

export interface AuthOptions {
  adminKey?: string;
  readAccess: 'public' | 'key';
  failures: AuthFailureLimiter;
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="tracker"' };

function unauthorized(detail: string): ProblemError {
  return new ProblemError(
    'unauthorized',
    `${detail}. Send "Authorization: Bearer <key>"; keys are made with \`tracker keys create\` or POST /v1/keys`,
    { headers: CHALLENGE },
  );
}

function scopeNeeded(request: FastifyRequest): Scope | 'public' {
  const declared = request.routeOptions.config?.scope;
  if (declared) return declared;
  if (request.url.startsWith('/docs')) return 'public';
  return READ_METHODS.has(request.method) ? 'read' : 'write';
}

export function registerAuth(app: FastifyInstance, options: AuthOptions) {
  const adminHash = options.adminKey ? Buffer.from(hashSecret(options.adminKey), 'hex') : undefined;

  async function identify(secret: string): Promise<Caller | undefined> {
    const hash = hashSecret(secret);
    if (adminHash && timingSafeEqual(adminHash, Buffer.from(hash, 'hex'))) return ENV_ADMIN;
    const key = await app.store.keys.findByHash(hash);
    if (!key) return undefined;
    if (key.revokedAt) throw unauthorized(`The key "${key.name}" was revoked at ${key.revokedAt}`);
    return { keyId: key.id, name: key.name, scope: key.scope };
  }

  app.decorateRequest('caller', null);
  /** The scope a request's key must have, or null for one that needs no key and sends none. */
  const keyScopeNeeded = (request: FastifyRequest): Scope | null => {
    const needed = scopeNeeded(request);
    if (needed === 'public' || (!request.headers.authorization && needed === 'read' && options.readAccess === 'public')) return null;
    return needed;
  };

  app.addHook('onRequest', hookWhen((request) => keyScopeNeeded(request) !== null, async (request) => {
    const needed = keyScopeNeeded(request)!;
    const header = request.headers.authorization;
    options.failures.check(request.ip);
    let caller: Caller | undefined;
    try {
      if (!header) throw unauthorized('This request needs an API key');
      const secret = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      if (!secret) throw unauthorized('The Authorization header is not a Bearer key');
      caller = await identify(secret);
      if (!caller) throw unauthorized('The key is not known');
    } catch (error) {
      options.failures.failed(request.ip);
      throw error;
    }
    if (RANK[caller.scope] < RANK[needed]) {
      throw new ProblemError('forbidden', `The key "${caller.name}" has scope ${caller.scope}; this request needs ${needed}`);
    }
    request.caller = caller;
  }));
}
