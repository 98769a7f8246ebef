import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.js';
import { insertAuditEntries } from './audit.repo.js';
import type { AuditEvent } from './audit.schemas.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** What a write changed, when the handler says so; otherwise one event is read off the route and the reply. */
    auditEvents: AuditEvent[] | null;
  }
}

const ACTIONS: Record<string, string> = { POST: 'create', PATCH: 'update', DELETE: 'withdraw' };

function entityTypeOf(routeUrl: string | undefined): string {
  const collection = (routeUrl ?? '').split('/').filter((part) => part && !part.startsWith(':') && part !== 'v1').pop() ?? 'unknown';
  return collection.replace(/ies$/, 'y').replace(/s$/, '');
}

function eventFromReply(request: FastifyRequest, payload: unknown): AuditEvent {
  let body: Record<string, unknown> = {};
  try {
    if (typeof payload === 'string') body = JSON.parse(payload);
  } catch {
    // A reply that is not JSON names no entity; the route and key still go on record.
  }
  const params = request.params as Record<string, string | undefined>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const entityType = entityTypeOf(request.routeOptions.url);
  const entityId = text(body.id) ?? text(body.code);
  return {
    action: entityType === 'key' && request.method === 'DELETE' ? 'revoke' : (ACTIONS[request.method] ?? request.method),
    entityType,
    entityId,
    // A target or indicator is filed under itself, so that filtering by it finds its creation and changes too.
    targetId: (entityType === 'target' ? entityId : text(body.targetId)) ?? params.targetId ?? null,
    indicatorId: (entityType === 'indicator' ? entityId : text(body.indicatorId)) ?? params.indicatorId ?? null,
  };
}

/** Records every successful write with the key that made it. */
export function registerAudit(app: FastifyInstance, db: Db) {
  app.decorateRequest('auditEvents', null);
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.caller || ['GET', 'HEAD', 'OPTIONS'].includes(request.method) || reply.statusCode >= 400) return payload;
    const events = request.auditEvents ?? [eventFromReply(request, payload)];
    insertAuditEntries(
      db,
      events.map((event) => ({
        entityId: null,
        targetId: null,
        indicatorId: null,
        ...event,
        keyId: request.caller!.keyId,
        keyName: request.caller!.name,
        method: request.method,
        path: request.url,
        requestId: request.id,
      })),
    );
    return payload;
  });
}
