import { z } from 'zod';
import { MEASURES } from '../../domain/progress.js';
import { bilingualSchema, paginationQuerySchema, slugSchema } from '../../http/common.schemas.js';

export const indicatorInputSchema = z.object({
  id: slugSchema,
  planId: z.string().min(1),
  itemId: z.string().min(1).describe('The plan item whose progress the indicator informs'),
  name: bilingualSchema,
  unit: z.string().min(1).describe('Base unit code, see GET /v1/units'),
  measure: z.enum(MEASURES),
  geography: z.string().trim().min(1).describe('What the figures cover: Tianjin, Hebei, Beijing-Tianjin-Hebei...'),
  note: z.string().trim().min(1).nullable().default(null),
});

export const indicatorSchema = indicatorInputSchema.extend({ createdAt: z.string() });
z.globalRegistry.add(indicatorSchema, { id: 'Indicator' });

export const indicatorParamsSchema = z.object({ indicatorId: z.string().min(1) });
export const indicatorListQuerySchema = paginationQuerySchema.extend({
  planId: z.string().min(1).optional(),
  itemId: z.string().min(1).optional(),
});

export type IndicatorInput = z.output<typeof indicatorInputSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
