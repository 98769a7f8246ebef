import { z } from 'zod';
import { MILESTONE_STATES, QUALIFIERS, VERSION_ACTIONS } from '../../domain/vocabulary.js';
import {
  booleanQuerySchema,
  idSchema,
  MAX,
  paginationQuerySchema,
  patchSchemaOf,
  periodSchema,
  reportedOutputSchema,
  reportedSchema,
  slugSchema,
  textSchema,
  instantSchema,
} from '../../http/common.schemas.js';

const qualifierSchema = z
  .enum(QUALIFIERS)
  .describe('exact; about (左右, 约); more_than (突破, 超过, 超, 余, 多); at_least (以上: the number itself included); less_than (近, 接近)');

/** A fall cannot exceed 100 %; a rise of more than a thousandfold is not a figure a report prints. */
const yearOnYearSchema = z.number().min(-100).max(100_000).describe('同比: +4 for 增长4%, -2.1 for 下降2.1%');

export const observationInputSchema = z.object({
  id: slugSchema.optional().describe('A readable id; generated when left out'),
  reported: reportedSchema
    .optional()
    .describe('The figure as the document prints it, in its own scale: {value: 2024.19, unit: "万标准箱"}'),
  value: z
    .number()
    .refine(Number.isFinite, 'must be a finite number')
    .optional()
    .describe('The figure in the base unit; give this or reported (or both, if they agree)'),
  state: z.enum(MILESTONE_STATES).optional().describe('For a milestone or an action, instead of a value'),
  period: periodSchema.describe(
    "What the figure covers: a whole year, part of a year, or one day for an \"as of\" figure. It cannot end after the source's publication date (read at that date's precision) or after today",
  ),
  qualifier: qualifierSchema.optional().describe('Defaults to exact for a figure'),
  yearOnYearPercent: yearOnYearSchema.optional(),
  sourceId: idSchema,
  quote: textSchema(MAX.quote).describe('The verbatim sentence the figure comes from'),
  note: textSchema(MAX.note).nullable().optional(),
});

export const observationSchema = z.object({
  id: z.string(),
  planId: z.string(),
  targetId: z.string().nullable(),
  indicatorId: z.string().nullable(),
  unit: z.string().nullable().describe('The base unit of `value` (null for a state)'),
  value: z.number().nullable().describe('In the base unit of the target or indicator'),
  reported: reportedOutputSchema.nullable(),
  state: z.enum(MILESTONE_STATES).nullable(),
  period: z.object({ start: z.string(), end: z.string() }),
  qualifier: z.enum(QUALIFIERS).nullable(),
  yearOnYearPercent: z.number().nullable(),
  sourceId: z.string(),
  quote: z.string(),
  note: z.string().nullable(),
  version: z.number().int().describe('1 when created; one more with each revision or withdrawal'),
  createdAt: instantSchema,
  createdBy: z.string().nullable().describe('The key that recorded it (`seed` for the shipped data)'),
  updatedAt: instantSchema.nullable(),
  updatedBy: z.string().nullable(),
  withdrawn: z
    .object({ at: instantSchema, by: z.string(), reason: z.string() })
    .nullable()
    .describe('Set once the figure is withdrawn: it then counts for no progress but stays readable with its history'),
});
z.globalRegistry.add(observationSchema, { id: 'Observation' });

export const observationPatchSchema = patchSchemaOf(observationInputSchema.omit({ id: true }))
  .extend({
    qualifier: qualifierSchema.nullable().optional().describe('null resets it to exact'),
    yearOnYearPercent: yearOnYearSchema.nullable().optional().describe('null removes it'),
    note: textSchema(MAX.note).nullable().optional().describe('null removes it'),
  })
  .describe('The fields to correct; null clears an optional one. The earlier version is kept in the history');

export const withdrawalSchema = z.object({
  reason: textSchema(MAX.reason).describe('Why the figure is withdrawn; required'),
});

export const observationListQuerySchema = paginationQuerySchema.extend({
  includeWithdrawn: booleanQuerySchema.describe('Also list withdrawn figures'),
  format: z.enum(['json', 'csv']).optional().describe('csv for the import columns (every page at once); also chosen by `Accept: text/csv`'),
});

export const observationVersionSchema = z.object({
  version: z.number().int(),
  action: z.enum(VERSION_ACTIONS),
  at: instantSchema,
  by: z.string(),
  reason: z.string().nullable(),
  observation: observationSchema.describe('The observation as it stood in this version'),
});
z.globalRegistry.add(observationVersionSchema, { id: 'ObservationVersion' });

export const observationParamsSchema = z.object({ observationId: idSchema });

export type ObservationInput = z.output<typeof observationInputSchema>;
export type Observation = z.output<typeof observationSchema>;
export type ObservationPatch = z.output<typeof observationPatchSchema>;
export type ObservationVersion = z.output<typeof observationVersionSchema>;
