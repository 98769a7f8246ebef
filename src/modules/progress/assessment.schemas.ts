import { z } from 'zod';
import { ASSESSMENT_METHODS, ASSESSMENT_STATUSES, INSUFFICIENT_REASONS, THRESHOLDS } from '../../domain/assessment.js';
import { BOUNDS } from '../../domain/progress.js';
import { COMPARATORS, MEASURES, MILESTONE_STATES } from '../../domain/vocabulary.js';

/** How assessment answers are documented: every number with what it rests on, so that a reader can redo it. */

const bound = z.enum(BOUNDS);
const bounded = z
  .object({ value: z.number(), bound })
  .describe('A number and what the bounds of its inputs make of it: lower_bound means "this or more"');

const point = z
  .object({
    source: z.enum(['figure', 'baseline', 'estimate']),
    id: z.string().nullable().describe('The observation (or the part-year observation an estimate is made from); null for a baseline'),
    value: z.number(),
    year: z.number().int(),
    date: z.string().nullable().describe('For dated measures (level, ratio, cumulative): the period end; null for calendar years'),
    bound,
  })
  .describe('A value the rates are measured between');

export const quantityAssessmentSchema = z
  .object({
    kind: z.literal('quantity'),
    status: z
      .enum(ASSESSMENT_STATUSES)
      .describe(
        'achieved; on_track (observed ≥ 95 % of the required rate); needs_acceleration (60–95 %); limited_progress (0–60 %); deterioration (moving away); deadline_reached (no time left and not achieved); insufficient_data (see reason)',
      ),
    reason: z.enum(INSUFFICIENT_REASONS).nullable().describe('Why it cannot be judged, for insufficient_data'),
    explanation: z.string(),
    method: z
      .enum(ASSESSMENT_METHODS)
      .nullable()
      .describe('How the observed rate was measured: compound_annual_rate between two values, stated_year_on_year (同比), linear_pace for running totals'),
    direction: z.enum(['up', 'down']),
    scale: z
      .enum(['value', 'reciprocal', 'negated'])
      .describe('Rates are taken on the value going up, on 1/value going down (ranks), on −value for running totals going down: a positive rate is progress'),
    thresholds: z.object({ onTrack: z.literal(THRESHOLDS.onTrack), needsAcceleration: z.literal(THRESHOLDS.needsAcceleration), limitedProgress: z.literal(THRESHOLDS.limitedProgress) }),
    inputs: z.object({
      asOf: z.string().nullable(),
      achieved: z.boolean(),
      target: z.object({
        value: z.number(),
        comparator: z.enum(COMPARATORS),
        measure: z.enum(MEASURES),
        tolerancePercent: z.number(),
        deadline: z.string(),
        deadlineYear: z.number().int(),
      }),
      baseline: z.object({ value: z.number(), date: z.string() }).nullable(),
      earliest: point.nullable(),
      latest: point.nullable(),
      partYear: z.object({ id: z.string(), yearOnYearPercent: z.number().nullable(), periodEnd: z.string() }).nullable(),
      estimate: z
        .object({ value: z.number(), method: z.enum(['yoy', 'pro_rata']), from: z.string(), year: z.number().int(), bound })
        .nullable(),
      observed: z
        .object({
          method: z.enum(ASSESSMENT_METHODS),
          from: point.nullable(),
          to: point.nullable(),
          spanYears: z.number().nullable(),
          stated: z.object({ id: z.string(), yearOnYearPercent: z.number() }).nullable(),
        })
        .nullable()
        .describe('What the observed rate was measured over'),
      required: z
        .object({ from: point, spanYears: z.number() })
        .nullable()
        .describe('Where the required rate is measured from: the latest comparable value, or the full-year estimate when that is newer'),
    }),
    observedRate: bounded.nullable().describe('Per year: a fraction (0.04 is 4 %) for compound rates, base units for linear paces'),
    requiredRate: bounded.nullable().describe('The rate needed from `inputs.required.from` to reach the target value by the deadline'),
    ratio: bounded.nullable().describe('observedRate / requiredRate, compared with the thresholds'),
    ratioReason: z.enum(['no_observed_rate', 'no_required_rate', 'target_value_already_met', 'not_computable']).nullable(),
    projection: z.object({
      deadlineYear: z.number().int(),
      projectedValue: bounded.nullable().describe('The value expected at the deadline on the observed trend'),
      projectedValueReason: z.enum(['no_rate', 'not_growing', 'beyond_horizon', 'deadline_not_ahead', 'not_computable']).nullable(),
      reachedYear: bounded.nullable().describe('The year the target value would be reached at the observed pace'),
      yearsToTarget: z.number().nullable(),
      reachedYearReason: z.enum(['no_rate', 'not_growing', 'beyond_horizon', 'deadline_not_ahead', 'not_computable']).nullable(),
    }),
    statusBound: bound
      .nullable()
      .describe('The status rests on bounded inputs: lower_bound means "this status or better", upper_bound "this or worse"'),
  })
  .describe('Will the target be met by its deadline at the pace reported? Every input is given, so each number can be redone by hand');

const latestState = z.object({ id: z.string(), state: z.enum(MILESTONE_STATES), date: z.string() });
const stateStatus = z.enum([...MILESTONE_STATES, 'no_report']);

export const milestoneAssessmentSchema = z.object({
  kind: z.literal('milestone'),
  status: stateStatus.describe('The latest reported state, or no_report'),
  basis: latestState.nullable(),
  explanation: z.string(),
});

export const actionAssessmentSchema = z.object({
  kind: z.literal('action'),
  status: stateStatus.describe('The latest reported state, never judged on or off track: an action has no completion point'),
  basis: latestState.nullable(),
  explanation: z.string(),
});
