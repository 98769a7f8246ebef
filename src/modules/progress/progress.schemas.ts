import { z } from 'zod';
import { BOUNDS, STATUSES } from '../../domain/progress.js';
import { COMPARATORS, MEASURES, MILESTONE_STATES } from '../../domain/vocabulary.js';
import { bilingualSchema } from '../../http/common.schemas.js';
import { observationSchema } from '../observations/observations.schemas.js';

const statusSchema = z
  .enum(STATUSES)
  .describe(
    'achieved: the comparator holds for the basis (an `about` target within its tolerance or beyond; a milestone completed); not_achieved; no_comparable_data: figures exist but none can be compared with the target (an annual target with only part-year figures); no_data: no figure at all; not_assessed: an action (no completion point), whose latest state is reported but never judged',
  );

const common = {
  targetId: z.string(),
  planId: z.string(),
  itemId: z.string(),
  name: bilingualSchema,
  deadline: z.string(),
  status: statusSchema,
  basis: observationSchema.nullable().describe('The observation the numbers come from'),
  observationCount: z.number().int().describe('Current (not withdrawn) figures of the target'),
};

const boundSchema = z.enum(BOUNDS);

export const estimateSchema = z
  .object({
    value: z.number(),
    method: z
      .enum(['yoy', 'pro_rata'])
      .describe('yoy: the previous calendar year × (1 + the stated year-on-year rate); pro_rata: scaled to twelve months'),
    from: z.string().describe('The part-year observation the estimate is made from'),
    year: z.number().int().describe('The calendar year estimated'),
    bound: boundSchema.describe('What the figure it rests on makes of it: a yoy estimate from a "more than" year is a lower bound'),
    percentComplete: z.number().nullable(),
    gapToTarget: z.number().nullable(),
  })
  .describe('A full-year estimate from a part-year figure newer than the basis');

export const quantityProgressSchema = z.object({
  ...common,
  kind: z.literal('quantity'),
  unit: z.string(),
  targetValue: z.number(),
  comparator: z.enum(COMPARATORS),
  measure: z.enum(MEASURES),
  direction: z.enum(['up', 'down']).describe('up: more is better; down: less is better (ranks, at_most)'),
  percentComplete: z.number().nullable().describe('Not capped at 100; null without a basis'),
  percentCompleteBound: boundSchema
    .nullable()
    .describe("What the basis's qualifier makes of the percentage: a 'more than' figure makes it a lower bound going up"),
  gapToTarget: z.number().nullable().describe("In the target's unit; positive while there is still some way to go"),
  progressFromBaseline: z.number().nullable().describe('Percent of the way from the baseline to the target'),
  estimate: estimateSchema.nullable(),
});

const stateProgress = {
  state: z.enum(MILESTONE_STATES).nullable().describe('The latest reported state'),
};

export const milestoneProgressSchema = z.object({
  ...common,
  ...stateProgress,
  kind: z.literal('milestone'),
  doneWhen: bilingualSchema,
});

export const actionProgressSchema = z.object({
  ...common,
  ...stateProgress,
  kind: z.literal('action'),
  activity: bilingualSchema,
});

export const targetProgressSchema = z.discriminatedUnion('kind', [quantityProgressSchema, milestoneProgressSchema, actionProgressSchema]);
z.globalRegistry.add(targetProgressSchema, { id: 'TargetProgress' });

export const planProgressSchema = z.object({
  planId: z.string(),
  counts: z.object({
    ...Object.fromEntries(STATUSES.map((status) => [status, z.number().int()])),
    total: z.number().int(),
  }) as z.ZodObject<Record<(typeof STATUSES)[number] | 'total', z.ZodNumber>>,
  targets: z.array(targetProgressSchema),
});
z.globalRegistry.add(planProgressSchema, { id: 'PlanProgress' });

export type TargetProgress = z.output<typeof targetProgressSchema>;
export type PlanProgress = z.output<typeof planProgressSchema>;
