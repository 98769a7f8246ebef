import { z } from 'zod';
import { MEASURES } from '../../domain/vocabulary.js';
import { bilingualSchema, idSchema, instantSchema, MAX, paginationQuerySchema, slugSchema, textSchema, unitCodeSchema } from '../../http/common.schemas.js';

export const indicatorInputSchema = z.object({
  id: slugSchema.describe('Unique within its plan'),
  planId: idSchema,
  itemId: idSchema.describe('The plan item whose progress the indicator informs'),
  name: bilingualSchema,
  unit: unitCodeSchema.describe('Base unit code, see GET /v1/units'),
  measure: z.enum(MEASURES),
  geography: textSchema(100).describe('What the figures cover: Tianjin, Hebei, Beijing-Tianjin-Hebei...'),
  note: textSchema(MAX.note).nullable().default(null),
});

export const indicatorSchema = indicatorInputSchema.extend({ createdAt: instantSchema });
z.globalRegistry.add(indicatorSchema, { id: 'Indicator' });

export const indicatorParamsSchema = z.object({ indicatorId: idSchema });
export const planIndicatorParamsSchema = z.object({ planId: idSchema, indicatorId: idSchema });
export const indicatorListQuerySchema = paginationQuerySchema.extend({
  planId: idSchema.optional(),
  itemId: idSchema.optional(),
});

export type IndicatorInput = z.output<typeof indicatorInputSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
/** An indicator named by its plan and id, or by its id alone (the first one created with it). */
export interface IndicatorRef {
  planId?: string;
  indicatorId: string;
}

/** The two URLs of an indicator, as for targets: under its plan, and by id alone (the first created with it). */
export const INDICATOR_PATHS = [
  {
    path: '/v1/plans/:planId/indicators/:indicatorId',
    params: planIndicatorParamsSchema,
    ref: (p: { planId?: string; indicatorId: string }): IndicatorRef => p,
    scope: 'Plan',
    where: 'by its plan and id',
  },
  {
    path: '/v1/indicators/:indicatorId',
    params: indicatorParamsSchema,
    ref: (p: { indicatorId: string }): IndicatorRef => ({ indicatorId: p.indicatorId }),
    scope: '',
    where: 'by id alone: the first indicator created with that id',
  },
] as const;
