import { z } from 'zod';
import { BOUNDS, STATUSES } from '../../domain/progress.js';
import { COMPARATORS, MEASURES, MILESTONE_STATES } from '../../domain/vocabulary.js';
import { ASSESSMENT_STATUSES } from '../../domain/assessment.js';
import { bilingualSchema, calendarDateSchema } from '../../http/common.schemas.js';
import { actionAssessmentSchema, milestoneAssessmentSchema, quantityAssessmentSchema } from './assessment.schemas.js';
import { observationSchema } from '../observations/observations.schemas.js';

const statusSchema = z
  .enum(STATUSES)
  .describe(
    'achieved: the comparator holds for the basis (an `about` target within its tolerance or beyond; a milestone completed); not_achieved; no_comparable_data: figures exist but none can be compared with the target (an annual target with only part-year figures); no_data: no figure at all; not_assessed: an action (no completion point), whose latest state is reported but never judged',
  );

const common = {
  asOf: z.string().nullable().describe('The day the answer is as of (figures public by then, as they stood then); null for now'),
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
  assessment: quantityAssessmentSchema,
});

const stateProgress = {
  state: z.enum(MILESTONE_STATES).nullable().describe('The latest reported state'),
};

export const milestoneProgressSchema = z.object({
  ...common,
  ...stateProgress,
  kind: z.literal('milestone'),
  doneWhen: bilingualSchema,
  assessment: milestoneAssessmentSchema,
});

export const actionProgressSchema = z.object({
  ...common,
  ...stateProgress,
  kind: z.literal('action'),
  activity: bilingualSchema,
  assessment: actionAssessmentSchema,
});

export const targetProgressSchema = z.discriminatedUnion('kind', [quantityProgressSchema, milestoneProgressSchema, actionProgressSchema]);
z.globalRegistry.add(targetProgressSchema, { id: 'TargetProgress' });

/** Every assessment status, for counting: a quantity's, and a milestone's or an action's state. */
export const ASSESSMENT_COUNT_KEYS = [...ASSESSMENT_STATUSES, ...MILESTONE_STATES, 'no_report'] as const;
export type AssessmentCountKey = (typeof ASSESSMENT_COUNT_KEYS)[number];

const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object({
    ...(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as Record<K, z.ZodNumber>),
    total: z.number().int(),
  });

export const statusCountsSchema = countsOf(STATUSES).describe('How many targets have each status');
export const assessmentCountsSchema = countsOf(ASSESSMENT_COUNT_KEYS).describe(
  "How many targets have each assessment: a quantity's status, a milestone's or an action's latest state",
);

export interface ProgressGroup {
  itemId: string;
  number: string;
  title: { zh: string; en: string };
  counts: z.output<typeof assessmentCountsSchema>;
  targets: z.output<typeof targetProgressSchema>[];
  children: ProgressGroup[];
}
export const progressGroupSchema: z.ZodType<ProgressGroup> = z.object({
  itemId: z.string(),
  number: z.string(),
  title: bilingualSchema,
  counts: assessmentCountsSchema.describe('Over this item and everything under it'),
  targets: z.array(targetProgressSchema).describe('The targets placed on this item itself'),
  get children() {
    return z.array(progressGroupSchema);
  },
});
z.globalRegistry.add(progressGroupSchema, { id: 'ProgressGroup' });

const planProgressCommon = {
  planId: z.string(),
  asOf: z.string().nullable(),
  counts: statusCountsSchema,
  assessmentCounts: assessmentCountsSchema,
};

export const planProgressSchema = z.discriminatedUnion('view', [
  z.object({ ...planProgressCommon, view: z.literal('tree'), groups: z.array(progressGroupSchema).describe("The plan's parts and tasks, as its tree") }),
  z.object({ ...planProgressCommon, view: z.literal('flat'), targets: z.array(targetProgressSchema) }),
]);
z.globalRegistry.add(planProgressSchema, { id: 'PlanProgress' });

export const progressQuerySchema = z.object({
  asOf: calendarDateSchema
    .optional()
    .describe(
      'Answer as of the end of this day: only figures whose source was public by then (a source dated to a month or a year counts from its end), each as it stood then',
    ),
});

export const planProgressQuerySchema = progressQuerySchema.extend({
  view: z.enum(['tree', 'flat']).default('tree').describe("tree: targets grouped by the plan's parts and tasks; flat: one list"),
});

export type TargetProgress = z.output<typeof targetProgressSchema>;
export type PlanProgress = z.output<typeof planProgressSchema>;
