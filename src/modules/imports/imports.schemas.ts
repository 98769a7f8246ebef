import { z } from 'zod';
import { booleanQuerySchema, decimalSchema, idSchema, reportedSchema } from '../../http/common.schemas.js';
import { observationInputSchema } from '../observations/observations.schemas.js';
import { sourceInputSchema } from '../sources/sources.schemas.js';

export const importRowSchema = observationInputSchema
  .extend({
    reported: reportedSchema
      .extend({ printed: decimalSchema.optional().describe('As an export gives it: the number as printed, which wins over value') })
      .transform(({ printed, ...reported }) => (printed === undefined ? reported : { ...reported, value: printed }))
      .optional(),
    planId: idSchema.optional().describe('The plan of the target or indicator; without it, the first one created with that id'),
    targetId: idSchema.optional(),
    indicatorId: idSchema.optional(),
  })
  .refine((row) => (row.targetId === undefined) !== (row.indicatorId === undefined), {
    message: 'give exactly one of targetId and indicatorId',
    path: ['targetId'],
  })
  .describe('An observation of a target or an indicator; fields left null are taken as absent');

export const importJsonSchema = z.object({
  sources: z.array(sourceInputSchema).optional().describe('Sources the rows cite that the service does not know yet; listed before the observations'),
  observations: z.array(importRowSchema).describe('Also accepted under `items`, as GET …/observations returns them'),
});

export const importQuerySchema = z.object({
  dryRun: booleanQuerySchema.describe('Check everything and report what would change, writing nothing'),
});

const changeSchema = z.object({
  row: z.number().int().describe('1-based position of the row in the request'),
  id: z.string(),
  action: z.enum(['created', 'revised']),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  sources: z.object({ created: z.array(z.string()) }),
  observations: z.object({
    created: z.number().int(),
    revised: z.number().int(),
    unchanged: z.number().int(),
    withdrawn: z.number().int().describe('Rows matching a withdrawn figure: left withdrawn'),
  }),
  changes: z.array(changeSchema).describe('What was (or would be) created or revised, at most 1000 entries'),
  changesOmitted: z.number().int().describe('Changes beyond the first 1000, not listed'),
});
z.globalRegistry.add(importResultSchema, { id: 'ImportResult' });

export type ImportRow = z.output<typeof importRowSchema>;
export type ImportResult = z.output<typeof importResultSchema>;
