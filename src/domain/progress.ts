import { calendarYearOf, isWholeCalendarYear, isWholeYear, isYearToDate, monthsCovered, type Period } from './periods.js';

export const COMPARATORS = ['at_least', 'more_than', 'about', 'at_most'] as const;
export const MEASURES = ['annual', 'level', 'cumulative', 'ratio'] as const;
export const QUALIFIERS = ['exact', 'about', 'more_than', 'at_least', 'less_than'] as const;
export const MILESTONE_STATES = ['not_started', 'under_way', 'completed'] as const;
export const STATUSES = ['achieved', 'not_achieved', 'no_comparable_data', 'no_data'] as const;
export const BOUNDS = ['exact', 'lower_bound', 'upper_bound', 'approximate'] as const;

export type Comparator = (typeof COMPARATORS)[number];
export type Measure = (typeof MEASURES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type MilestoneState = (typeof MILESTONE_STATES)[number];
export type Status = (typeof STATUSES)[number];
export type Bound = (typeof BOUNDS)[number];
export type Direction = 'up' | 'down';

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
  /** The source's publication date at whatever precision is known (YYYY, YYYY-MM, YYYY-MM-DD). */
  sourcePublishedOn: string | null;
}

export interface StateReport {
  id: string;
  state: MilestoneState;
  period: Period;
  sourcePublishedOn: string | null;
}

export interface Estimate {
  value: number;
  method: 'yoy' | 'pro_rata';
  from: string;
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

export interface MilestoneProgress {
  status: Status;
  state: MilestoneState | null;
  basis: string | null;
}

export function directionOf(comparator: Comparator): Direction {
  return comparator === 'at_most' ? 'down' : 'up';
}

/** Newest first: by period end, then by how recent the source is, then by id for a stable order. */
export function byRecency<T extends { id: string; period: Period; sourcePublishedOn: string | null }>(a: T, b: T): number {
  return (
    b.period.end.localeCompare(a.period.end) ||
    (b.sourcePublishedOn ?? '').localeCompare(a.sourcePublishedOn ?? '') ||
    b.id.localeCompare(a.id)
  );
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

function comparableFigures(figures: readonly Figure[], measure: Measure): Figure[] {
  return measure === 'annual' ? figures.filter((figure) => isWholeYear(figure.period)) : [...figures];
}

/**
 * A full-year estimate from a year-to-date figure newer than the basis:
 * the previous full year grown by the stated year-on-year rate when both are
 * known, otherwise the figure scaled up to twelve months.
 */
export function estimateFullYear(latest: Figure, figures: readonly Figure[], goal: QuantityGoal): Estimate | null {
  if (!isYearToDate(latest.period)) return null;
  const previousYear = calendarYearOf(latest.period) - 1;
  const previous = figures
    .filter((figure) => isWholeCalendarYear(figure.period) && calendarYearOf(figure.period) === previousYear)
    .sort(byRecency)[0];
  const value =
    latest.yearOnYearPercent !== null && previous
      ? previous.value * (1 + latest.yearOnYearPercent / 100)
      : (latest.value * 12) / monthsCovered(latest.period);
  if (!Number.isFinite(value)) return null;
  return {
    value,
    method: latest.yearOnYearPercent !== null && previous ? 'yoy' : 'pro_rata',
    from: latest.id,
    percentComplete: percentComplete(value, goal),
    gapToTarget: gapToTarget(value, goal),
  };
}

export function quantityProgress(goal: QuantityGoal, figures: readonly Figure[]): QuantityProgress {
  const direction = directionOf(goal.comparator);
  const newestFirst = [...figures].sort(byRecency);
  const basis = comparableFigures(newestFirst, goal.measure)[0] ?? null;
  const latest = newestFirst[0];
  const estimate =
    goal.measure === 'annual' && latest && latest !== basis && (!basis || latest.period.end > basis.period.end)
      ? estimateFullYear(latest, figures, goal)
      : null;
  if (!basis) {
    return {
      direction,
      status: figures.length === 0 ? 'no_data' : 'no_comparable_data',
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

export function milestoneProgress(reports: readonly StateReport[]): MilestoneProgress {
  const latest = [...reports].sort(byRecency)[0];
  if (!latest) return { status: 'no_data', state: null, basis: null };
  return { status: latest.state === 'completed' ? 'achieved' : 'not_achieved', state: latest.state, basis: latest.id };
}
