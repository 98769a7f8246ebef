import { z } from 'zod';
import { COMPARATORS, MEASURES, TARGET_KINDS } from '../../domain/vocabulary.js';
import {
  bilingualSchema,
  calendarDateSchema,
  idSchema,
  MAX,
  paginationQuerySchema,
  reportedOutputSchema,
  reportedSchema,
  slugSchema,
  textSchema,
  unitCodeSchema,
  instantSchema,
} from '../../http/common.schemas.js';

export { TARGET_KINDS };

const comparatorSchema = z
  .enum(COMPARATORS)
  .describe('at_least (达到, 以上), more_than (突破, 超过), about (左右), at_most (a rank such as 前18位: lower is better)');
const measureSchema = z
  .enum(MEASURES)
  .describe(
    'annual: a yearly flow, measured by calendar-year figures; level: a stock or state at a moment; cumulative: a running total since a start date; ratio: a share or intensity in percent',
  );
const baselineSchema = z.object({ value: z.number().describe('In the base unit'), date: calendarDateSchema });

const commonInput = {
  id: slugSchema.describe('Unique within its plan'),
  planId: idSchema,
  itemId: idSchema.describe('The plan item the target belongs to'),
  name: bilingualSchema,
  deadline: calendarDateSchema.optional().describe("Defaults to the plan's deadline"),
  clause: textSchema(MAX.clause).describe('The verbatim sentence of the plan that sets the target'),
  note: textSchema(MAX.note).nullable().default(null),
};

export const quantityTargetInputSchema = z
  .object({
    ...commonInput,
    kind: z.literal('quantity'),
    unit: unitCodeSchema.describe('Base unit code (see GET /v1/units): TEU, km, CNY, USD, percent, count, rank'),
    targetValue: z.number().positive().optional().describe('In the base unit: 27 million TEU is 27000000'),
    reported: reportedSchema.optional().describe('The target as the plan prints it ({value: 2700, unit: "万标准箱"}); converted exactly'),
    comparator: comparatorSchema,
    measure: measureSchema,
    tolerancePercent: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('For `about` targets only, when the plan states one; without it the service applies its own default'),
    baseline: baselineSchema.nullable().default(null),
  })
  .refine((target) => target.targetValue !== undefined || target.reported !== undefined, {
    message: 'give targetValue (in the base unit) or reported (as printed)',
    path: ['targetValue'],
  });

const verbSchema = bilingualSchema;

export const milestoneTargetInputSchema = z.object({
  ...commonInput,
  kind: z.literal('milestone'),
  doneWhen: verbSchema.describe("The plan's completion point: 建成 completed, 投产 in production, 通车 open to traffic"),
});

export const actionTargetInputSchema = z.object({
  ...commonInput,
  kind: z.literal('action'),
  activity: verbSchema.describe(
    "The plan's verb for work with no completion point (建设 build, 打造 develop, 推进 push forward): its state is reported, never judged done",
  ),
});

export const targetInputSchema = z.discriminatedUnion('kind', [
  quantityTargetInputSchema,
  milestoneTargetInputSchema,
  actionTargetInputSchema,
]);

export const targetPatchSchema = z
  .object({
    itemId: idSchema,
    name: bilingualSchema,
    deadline: calendarDateSchema,
    clause: textSchema(MAX.clause),
    note: textSchema(MAX.note).nullable(),
    unit: unitCodeSchema,
    targetValue: z.number().positive(),
    reported: reportedSchema,
    comparator: comparatorSchema,
    measure: measureSchema,
    tolerancePercent: z.number().min(0).max(100).nullable(),
    baseline: baselineSchema.nullable(),
    doneWhen: verbSchema,
    activity: verbSchema,
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
  createdAt: instantSchema,
};

export const TOLERANCE_SOURCES = ['target', 'service_default'] as const;

export const quantityTargetSchema = z.object({
  ...commonOutput,
  kind: z.literal('quantity'),
  unit: z.string(),
  targetValue: z.number(),
  reported: reportedOutputSchema.nullable(),
  comparator: z.enum(COMPARATORS),
  measure: z.enum(MEASURES),
  tolerancePercent: z
    .number()
    .nullable()
    .describe('How far below an `about` target still counts as reaching it; null for other comparators'),
  toleranceSource: z
    .enum(TOLERANCE_SOURCES)
    .nullable()
    .describe("target: stated for this target; service_default: the plan states none (左右 alone), so the service's own default applies"),
  baseline: baselineSchema.nullable(),
});
export const milestoneTargetSchema = z.object({ ...commonOutput, kind: z.literal('milestone'), doneWhen: verbSchema });
export const actionTargetSchema = z.object({ ...commonOutput, kind: z.literal('action'), activity: verbSchema });
export const targetSchema = z.discriminatedUnion('kind', [quantityTargetSchema, milestoneTargetSchema, actionTargetSchema]);
z.globalRegistry.add(targetSchema, { id: 'Target' });

export const targetParamsSchema = z.object({ targetId: idSchema });
export const planTargetParamsSchema = z.object({ planId: idSchema, targetId: idSchema });
export const targetListQuerySchema = paginationQuerySchema.extend({
  planId: idSchema.optional(),
  itemId: idSchema.optional(),
  kind: z.enum(TARGET_KINDS).optional(),
  unit: unitCodeSchema.optional(),
  q: textSchema(100).optional().describe('Words to find in the name, in Chinese or English'),
});

export type TargetInput = z.output<typeof targetInputSchema>;
export type TargetPatch = z.output<typeof targetPatchSchema>;
export type Target = z.output<typeof targetSchema>;
export type QuantityTarget = z.output<typeof quantityTargetSchema>;
export type TargetListQuery = z.output<typeof targetListQuerySchema>;
/** A target named by its plan and id, or by its id alone (the first target created with it). */
export interface TargetRef {
  planId?: string;
  targetId: string;
}

/**
 * The two URLs of a target: under its plan (plan-scoped ids), and by id alone, which names the first
 * target created with that id (so URLs from before plan-scoped ids keep working).
 */
export const TARGET_PATHS = [
  {
    path: '/v1/plans/:planId/targets/:targetId',
    params: planTargetParamsSchema,
    ref: (p: { planId?: string; targetId: string }): TargetRef => p,
    /** Names the operation on this URL form: getPlanTarget, getTarget. */
    scope: 'Plan',
    where: 'by its plan and id',
  },
  {
    path: '/v1/targets/:targetId',
    params: targetParamsSchema,
    ref: (p: { targetId: string }): TargetRef => ({ targetId: p.targetId }),
    scope: '',
    where: 'by id alone: the first target created with that id, whichever plan reused it later',
  },
] as const;
