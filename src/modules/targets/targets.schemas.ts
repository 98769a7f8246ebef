import { z } from 'zod';
import { COMPARATORS, MEASURES } from '../../domain/progress.js';
import {
  bilingualSchema,
  calendarDateSchema,
  paginationQuerySchema,
  reportedOutputSchema,
  reportedSchema,
  slugSchema,
} from '../../http/common.schemas.js';

export const TARGET_KINDS = ['quantity', 'milestone'] as const;

const comparatorSchema = z
  .enum(COMPARATORS)
  .describe('at_least (达到), more_than (突破, 超过, 以上), about (左右), at_most (a rank such as 前18位: lower is better)');
const measureSchema = z
  .enum(MEASURES)
  .describe(
    'annual: a yearly flow, measured by whole-year figures; level: a stock or state at a moment; cumulative: a running total since a start date; ratio: a share or intensity in percent',
  );
const baselineSchema = z.object({ value: z.number().describe('In the base unit'), date: calendarDateSchema });

const commonInput = {
  id: slugSchema,
  planId: z.string().min(1),
  itemId: z.string().min(1).describe('The plan item the target belongs to'),
  name: bilingualSchema,
  deadline: calendarDateSchema.optional().describe("Defaults to the plan's deadline"),
  clause: z.string().trim().min(1).describe('The verbatim sentence of the plan that sets the target'),
  note: z.string().trim().min(1).nullable().default(null),
};

export const quantityTargetInputSchema = z
  .object({
    ...commonInput,
    kind: z.literal('quantity'),
    unit: z.string().min(1).describe('Base unit code (see GET /v1/units): TEU, km, CNY, USD, percent, count, rank'),
    targetValue: z.number().positive().optional().describe('In the base unit: 27 million TEU is 27000000'),
    reported: reportedSchema.optional().describe('The target as the plan prints it ({value: 2700, unit: "万标准箱"}); converted exactly'),
    comparator: comparatorSchema,
    measure: measureSchema,
    tolerancePercent: z.number().min(0).max(100).optional().describe('For `about` targets only; defaults to 2'),
    baseline: baselineSchema.nullable().default(null),
  })
  .refine((target) => target.targetValue !== undefined || target.reported !== undefined, {
    message: 'give targetValue (in the base unit) or reported (as printed)',
    path: ['targetValue'],
  });

export const milestoneTargetInputSchema = z.object({
  ...commonInput,
  kind: z.literal('milestone'),
  doneWhen: bilingualSchema.describe('What counts as done: 建成 completed, 投产 in production, 启动建设 construction started'),
});

export const targetInputSchema = z.discriminatedUnion('kind', [quantityTargetInputSchema, milestoneTargetInputSchema]);

export const targetPatchSchema = z
  .object({
    itemId: z.string().min(1),
    name: bilingualSchema,
    deadline: calendarDateSchema,
    clause: z.string().trim().min(1),
    note: z.string().trim().min(1).nullable(),
    unit: z.string().min(1),
    targetValue: z.number().positive(),
    reported: reportedSchema,
    comparator: comparatorSchema,
    measure: measureSchema,
    tolerancePercent: z.number().min(0).max(100),
    baseline: baselineSchema.nullable(),
    doneWhen: bilingualSchema,
  })
  .partial()
  .strict()
  .describe('Any of the fields to change; the kind, plan and id of a target never change');

const commonOutput = {
  id: z.string(),
  planId: z.string(),
  itemId: z.string(),
  name: bilingualSchema,
  deadline: z.string(),
  clause: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
};

export const quantityTargetSchema = z.object({
  ...commonOutput,
  kind: z.literal('quantity'),
  unit: z.string(),
  targetValue: z.number(),
  reported: reportedOutputSchema.nullable(),
  comparator: z.enum(COMPARATORS),
  measure: z.enum(MEASURES),
  tolerancePercent: z.number().nullable(),
  baseline: baselineSchema.nullable(),
});
export const milestoneTargetSchema = z.object({ ...commonOutput, kind: z.literal('milestone'), doneWhen: bilingualSchema });
export const targetSchema = z.discriminatedUnion('kind', [quantityTargetSchema, milestoneTargetSchema]);
z.globalRegistry.add(targetSchema, { id: 'Target' });

export const targetParamsSchema = z.object({ targetId: z.string().min(1) });
export const targetListQuerySchema = paginationQuerySchema.extend({
  planId: z.string().min(1).optional(),
  itemId: z.string().min(1).optional(),
  kind: z.enum(TARGET_KINDS).optional(),
  unit: z.string().min(1).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Words to find in the name, in Chinese or English'),
});

export type TargetInput = z.output<typeof targetInputSchema>;
export type TargetPatch = z.output<typeof targetPatchSchema>;
export type Target = z.output<typeof targetSchema>;
export type QuantityTarget = z.output<typeof quantityTargetSchema>;
export type TargetListQuery = z.output<typeof targetListQuerySchema>;
