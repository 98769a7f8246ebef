import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../domain/vocabulary.js';
import { idSchema, instantSchema, paginationQuerySchema } from '../../http/common.schemas.js';

export const auditEntrySchema = z.object({
  id: z.string().describe('audit-<n>: entries are numbered in the order they were written'),
  at: instantSchema,
  keyId: z.string(),
  keyName: z.string(),
  method: z.string(),
  path: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  entityId: z.string().nullable(),
  planId: z.string().nullable(),
  targetId: z.string().nullable(),
  indicatorId: z.string().nullable(),
  requestId: z.string().nullable(),
});
z.globalRegistry.add(auditEntrySchema, { id: 'AuditEntry' });

const instant = z.iso.datetime({ offset: true }).or(z.iso.date());

export const auditQuerySchema = paginationQuerySchema.extend({
  key: idSchema.optional().describe('A key id or name'),
  planId: idSchema.optional(),
  targetId: idSchema.optional(),
  indicatorId: idSchema.optional(),
  since: instant.optional().describe('From this instant (ISO 8601), inclusive'),
  until: instant.optional().describe('Before this instant (ISO 8601), exclusive'),
});

export type AuditEntry = z.output<typeof auditEntrySchema>;
