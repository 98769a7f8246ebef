import { z } from 'zod';
import { paginationQuerySchema } from '../../http/common.schemas.js';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  keyId: z.string(),
  keyName: z.string(),
  method: z.string(),
  path: z.string(),
  action: z.string().describe('create, update, withdraw, import, revoke'),
  entityType: z.string(),
  entityId: z.string().nullable(),
  targetId: z.string().nullable(),
  indicatorId: z.string().nullable(),
  requestId: z.string().nullable(),
});
z.globalRegistry.add(auditEntrySchema, { id: 'AuditEntry' });

const instant = z.iso.datetime({ offset: true }).or(z.iso.date());

export const auditQuerySchema = paginationQuerySchema.extend({
  key: z.string().min(1).optional().describe('A key id or name'),
  targetId: z.string().min(1).optional(),
  indicatorId: z.string().min(1).optional(),
  since: instant.optional().describe('From this instant (ISO 8601), inclusive'),
  until: instant.optional().describe('Before this instant (ISO 8601), exclusive'),
});

export type AuditEntry = z.output<typeof auditEntrySchema>;
export type AuditEvent = Pick<AuditEntry, 'action' | 'entityType'> &
  Partial<Pick<AuditEntry, 'entityId' | 'targetId' | 'indicatorId'>>;
