import { calendarYearOf, isYearToDate, monthsCovered, type Period } from './periods.js';
import type { Comparator, Measure, MilestoneState, Qualifier } from './vocabulary.js';

export const STATUSES = ['achieved', 'not_achieved', 'no_comparable_data', 'no_data', 'not_assessed'] as const;
export const BOUNDS = ['exact', 'lower_bound', 'upper_bound', 'approximate'] as const;

export type Status = (typeof STATUSES)[number];
export type Bound = (typeof BOUNDS)[number];
export type Direction = 'up' | 'down';

/**
 * The tolerance of an `about` (左右) target when the plan states none, which is always: the plan
 * never says how far from "about 3.7 %" still counts. 2 % is this service's own convention, not
 * the plan's, and every answer says so (toleranceSource: service_default).
 */
export const DEFAULT_TOLERANCE_PERCENT = 2;

export interface Tolerance {
  percent: number;
  source: 'target' | 'service_default';
}

/** The tolerance that applies to a target: the one it states, else the default for `about`, else none. */
export function effectiveTolerance(comparator: Comparator, stated: number | null): Tolerance | null {
  if (comparator !== 'about') return null;
  return stated !== null ? { percent: stated, source: 'target' } : { percent: DEFAULT_TOLERANCE_PERCENT, source: 'service_default' };
}

export interface QuantityGoal {
  targetValue: number;
  comparator: Comparator;
  measure: Measure;
  tolerancePercent: number;
  baseline: { value: number; date: string } | null;
}

export interface Figure {
  id: string;
  value: number;
  period: Period;
  qualifier: Qualifier;
  yearOnYearPercent: number | null;
}

export interface Estimate {
  value: number;
  method: 'yoy' | 'pro_rata';
  from: string;
  /** The calendar year the estimate is for. */
  year: number;
  /** What the qualifier of the figure it rests on makes of it: a yoy estimate from "more than 22 M" is a lower bound. */
  bound: Bound;
  percentComplete: number | null;
  gapToTarget: number | null;
}

export interface QuantityProgress {
  direction: Direction;
  status: Status;
  basis: string | null;
  percentComplete: number | null;
  percentCompleteBound: Bound | null;
  gapToTarget: number | null;
  progressFromBaseline: number | null;
  estimate: Estimate | null;
}

export interface StateProgress {
  status: Status;
  state: MilestoneState | null;
  basis: string | null;
}

export function directionOf(comparator: Comparator): Direction {
  return comparator === 'at_most' ? 'down' : 'up';
}

/** Extreme inputs (1e308, 5e-324) can overflow; a number that is not finite is no answer. */
const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** Null when there is no meaningful ratio: a figure of zero or less for a target reached going down. */
export function percentComplete(value: number, goal: QuantityGoal): number | null {
  if (directionOf(goal.comparator) === 'up') return finite((100 * value) / goal.targetValue);
  return value > 0 ? finite((100 * goal.targetValue) / value) : null;
}

export function gapToTarget(value: number, goal: QuantityGoal): number | null {
  return finite(directionOf(goal.comparator) === 'up' ? goal.targetValue - value : value - goal.targetValue);
}

/**
 * Whether the comparator holds for a figure, read with its qualifier: "more than 20" reaches "more than 20",
 * but "nearly 20" (less_than) does not reach "at least 20", and "beyond 18th" does not reach "top 18".
 */
export function isAchieved(figure: Pick<Figure, 'value' | 'qualifier'>, goal: QuantityGoal): boolean {
  const { value, qualifier } = figure;
  const target = goal.targetValue;
  const justBelow = qualifier === 'less_than';
  const justAbove = qualifier === 'more_than';
  switch (goal.comparator) {
    case 'at_least':
      return justBelow ? value > target : value >= target;
    case 'more_than':
      return value > target || (value === target && justAbove);
    case 'about':
      // Reached going up: within the tolerance below the target, or beyond it.
      return value >= target * (1 - goal.tolerancePercent / 100);
    case 'at_most':
      return justAbove ? value < target : value <= target;
  }
}

/** How a figure's qualifier bounds the percent complete computed from it. */
export function percentBound(qualifier: Qualifier, direction: Direction): Bound {
  if (qualifier === 'exact') return 'exact';
  if (qualifier === 'about') return 'approximate';
  const figureIsFloor = qualifier === 'more_than' || qualifier === 'at_least';
  return figureIsFloor === (direction === 'up') ? 'lower_bound' : 'upper_bound';
}

/**
 * A full-year estimate from a year-to-date figure: the previous calendar year grown by the stated
 * year-on-year rate when both are known, otherwise the figure scaled up to twelve months. The
 * estimate is bounded the way the figure it rests on is.
 */
export function estimateFullYear(latest: Figure, previousYear: Figure | null, goal: QuantityGoal): Estimate | null {
  if (!isYearToDate(latest.period)) return null;
  const yoy = latest.yearOnYearPercent !== null && previousYear !== null;
  const value = yoy ? previousYear.value * (1 + latest.yearOnYearPercent! / 100) : (latest.value * 12) / monthsCovered(latest.period);
  if (!Number.isFinite(value)) return null;
  const direction = directionOf(goal.comparator);
  return {
    value,
    method: yoy ? 'yoy' : 'pro_rata',
    from: latest.id,
    year: calendarYearOf(latest.period),
    bound: percentBound((yoy ? previousYear : latest).qualifier, direction),
    percentComplete: percentComplete(value, goal),
    gapToTarget: gapToTarget(value, goal),
  };
}

/** What progress is computed from: a handful of figures found by indexed queries, never the whole history. */
export interface ProgressInputs {
  /** The newest comparable figure: a calendar year's for an annual target, the newest of any for others. */
  basis: Figure | null;
  /** The newest figure of any period. */
  latest: Figure | null;
  /** The calendar year before the latest figure's, when the latest covers part of a year. */
  previousYear: Figure | null;
}

export function quantityProgress(goal: QuantityGoal, { basis, latest, previousYear }: ProgressInputs): QuantityProgress {
  const direction = directionOf(goal.comparator);
  const estimate =
    goal.measure === 'annual' && latest && latest.id !== basis?.id && (!basis || latest.period.end > basis.period.end)
      ? estimateFullYear(latest, previousYear, goal)
      : null;
  if (!basis) {
    return {
      direction,
      status: latest ? 'no_comparable_data' : 'no_data',
      basis: null,
      percentComplete: null,
      percentCompleteBound: null,
      gapToTarget: null,
      progressFromBaseline: null,
      estimate,
    };
  }
  const baseline = goal.baseline;
  return {
    direction,
    status: isAchieved(basis, goal) ? 'achieved' : 'not_achieved',
    basis: basis.id,
    percentComplete: percentComplete(basis.value, goal),
    percentCompleteBound: percentBound(basis.qualifier, direction),
    gapToTarget: gapToTarget(basis.value, goal),
    progressFromBaseline:
      baseline && baseline.value !== goal.targetValue
        ? finite((100 * (basis.value - baseline.value)) / (goal.targetValue - baseline.value))
        : null,
    estimate,
  };
}

/** A milestone is achieved once its latest reported state is completed. */
export function milestoneProgress(latest: { id: string; state: MilestoneState } | null): StateProgress {
  if (!latest) return { status: 'no_data', state: null, basis: null };
  return { status: latest.state === 'completed' ? 'achieved' : 'not_achieved', state: latest.state, basis: latest.id };
}

/** An action (建设, 推进: no completion point) reports its latest state and is never judged achieved or not. */
export function actionProgress(latest: { id: string; state: MilestoneState } | null): StateProgress {
  if (!latest) return { status: 'no_data', state: null, basis: null };
  return { status: 'not_assessed', state: latest.state, basis: latest.id };
}
