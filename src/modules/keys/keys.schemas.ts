import { z } from 'zod';
import { SCOPES, type Scope } from '../../domain/vocabulary.js';
import { booleanQuerySchema, idSchema, instantSchema, paginationQuerySchema } from '../../http/common.schemas.js';

export { SCOPES, type Scope };

export const keyInputSchema = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'must be 1 to 64 letters, digits, dots, underscores, @ or hyphens')
    .describe('Who or what uses the key; recorded with every write it makes'),
  scope: z.enum(SCOPES).describe('read: reads only; write: reads and data writes; admin: everything, keys and the audit log too'),
});

export const keySchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(SCOPES),
  createdAt: instantSchema,
  createdBy: z.string().nullable(),
  revokedAt: instantSchema.nullable(),
  revokedBy: z.string().nullable(),
});
z.globalRegistry.add(keySchema, { id: 'ApiKey' });

export const createdKeySchema = keySchema.extend({
  secret: z.string().describe('The key itself: shown this once, stored only as a hash'),
});

export const keyParamsSchema = z.object({ keyId: idSchema });
export const keyListQuerySchema = paginationQuerySchema.extend({
  includeRevoked: booleanQuerySchema,
});

export type ApiKey = z.output<typeof keySchema>;
export type KeyInput = z.output<typeof keyInputSchema>;
