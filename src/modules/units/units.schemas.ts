import { z } from 'zod';
import { bilingualSchema, paginationQuerySchema, textSchema, unitCodeSchema } from '../../http/common.schemas.js';

export const unitSchema = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'must be a short code of letters, digits and underscores: TEU, km, person_trips')
    .describe('The base unit every value is stored in'),
  name: bilingualSchema,
  aliases: z
    .array(textSchema(10))
    .max(50)
    .describe('Words documents print for this unit, without 万/亿 (the service applies those itself): 标准箱, 標準箱. A word names one unit only'),
});
z.globalRegistry.add(unitSchema, { id: 'Unit' });

export const unitParamsSchema = z.object({ code: unitCodeSchema });
export const unitListQuerySchema = paginationQuerySchema;

export type Unit = z.output<typeof unitSchema>;
