/**
 * Progress assessment: is a target on track to be met by its deadline?
 *
 * Pure maths, no I/O. The caller gathers a handful of inputs with indexed queries (the earliest and the latest
 * comparable figure, the newest part-year figure, the full-year estimate, whether the target is achieved) and
 * this module turns them into a status with every number behind it, so that a reader can redo each by hand.
 *
 * ## The method, and where it comes from
 *
 * It follows the progress measure of the UN Statistics Division's SDG Progress Chart as open-sdg implements it
 * (sdg-build, `sdg/ProgressMeasure.py`, "methodology 2", itself Statistics Canada's adaptation of Eurostat's):
 *
 *   observed rate  r_obs = (y_latest / y_base)^(1 / (t_latest − t_base)) − 1      (compound annual growth)
 *   required rate  r_req = (y_target / y_base)^(1 / (t_target − t_base)) − 1
 *   ratio          R     = r_obs / r_req
 *   achieved first; R ≥ 0.95 on track; 0.6 ≤ R < 0.95 needs acceleration; 0 ≤ R < 0.6 limited progress;
 *   R < 0 deterioration.
 *
 * Where this service departs from open-sdg, and why:
 * - **Required rate from the latest value, not from the base year.** open-sdg measures both rates from the base
 *   year (2015 by default), so its required rate is fixed for the life of the target. Issue 11 asks instead for
 *   the rate still needed from where things stand now: from the latest comparable value, or from the full-year
 *   estimate when that is newer. This answers "is the current pace enough for what is left", which is what a
 *   plan tracker is asked; it is harsher than open-sdg once a target has fallen behind.
 * - **Observed rate from the earliest comparable figure the caller holds**, not from a configured base year; when
 *   there is only one figure, from the plan's stated baseline to it, and failing that the stated year-on-year
 *   rate (同比) of the newest figure. open-sdg needs two yearly data points and has no year-on-year fallback.
 * - **Going down** (at_most, ranks): open-sdg multiplies by a direction sign d = −1 and divides by |r_req|. Here
 *   the same rule is applied to the reciprocal 1/value, as the issue asks: a rank going from 30th to 24th is
 *   1/30 → 1/24, a growth of (30/24)^(1/Δ) − 1. Both put falling values on the good side; the reciprocal keeps
 *   "a rate" meaning a growth rate in both directions and keeps the projection a compound curve.
 * - **Cumulative targets** (running totals such as investment over a plan period) use linear paces, yearly
 *   increments observed against yearly increments required: compound growth of a running total is not
 *   meaningful (it slows by construction as the total grows). open-sdg has no such case.
 * - **Dated figures** (level, ratio, cumulative) measure time in days / 365.25 between dates, not whole years;
 *   annual targets use whole calendar years, as open-sdg does.
 * - **Thresholds** 0.95 / 0.6 / 0 are open-sdg's defaults (its "substantial", "moderate", "limited",
 *   "deterioration"), which the issue adopts under its own names. The UNSD Progress Chart itself uses other cut
 *   points and five trend bands (as we recall them, not checked here: ≥ 0.95, 0.5, 0.1, −0.1 splitting on track,
 *   fair, marginal, stagnation, regression); this service does not follow those.
 * - **Zero values**: open-sdg replaces a zero base or target by 0.001 with a warning; here a compound rate with a
 *   value ≤ 0 is `insufficient_data` / `non_positive_value`, because a substitute would invent a number.
 * - **Deadline reached**: open-sdg has no case for it (its base is always before the target year). Here, when the
 *   value measured from is for the deadline's year or later and the target is not achieved, there is no time
 *   left to compare rates over; the status is `deadline_reached` (see below).
 * - **Bounds**: a figure reported as "more than 22 M" is a lower bound. Open-sdg has no notion of it; here each
 *   number carries a bound (see {@link joinBounds}).
 *
 * ## Units
 * - Rates are **fractions per year** (0.04 for 4 %/yr) for the compound methods, and **base units per year**
 *   for `linear_pace`. Going down, rates are those of the reciprocal (compound) or of the negated value
 *   (linear), so that a positive rate is always progress: see `scale` in the answer.
 * - Nothing is rounded here; the HTTP layer rounds.
 */
import { directionOf, percentBound, type Bound, type Direction, type Estimate, type QuantityGoal } from './progress.js';
import type { MilestoneState, Qualifier } from './vocabulary.js';

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

/**
 * `achieved` is checked first (it is decided elsewhere, by `isAchieved` on the basis figure).
 * `deadline_reached` is added to the list: the value measured from is for the deadline's year (annual)
 * or date (dated figures) or later and the target is not achieved, so no time is left over which to require a
 * rate. None of the listed statuses says that honestly: `deterioration` would claim a falling trend,
 * `limited_progress` a slow one, `insufficient_data` would deny data we have. For an estimate of the deadline's
 * own year it reads "the deadline year is under way and the estimate falls short".
 */
export const ASSESSMENT_STATUSES = [
  'achieved',
  'on_track',
  'needs_acceleration',
  'limited_progress',
  'deterioration',
  'deadline_reached',
  'insufficient_data',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const INSUFFICIENT_REASONS = [
  'no_figure',
  'no_comparable_figure',
  'single_figure_without_rate',
  'level_without_baseline',
  'non_positive_value',
  'not_computable',
] as const;
export type InsufficientReason = (typeof INSUFFICIENT_REASONS)[number];

export const INSUFFICIENT_REASON_TEXT: Readonly<Record<InsufficientReason, string>> = {
  no_figure: 'There is no figure for this target.',
  no_comparable_figure:
    'There are only part-year figures, and none gives a full-year estimate: there is no value comparable with the target to measure from.',
  single_figure_without_rate:
    'There is one comparable figure, no stated baseline and no stated year-on-year rate: a single point gives no pace.',
  level_without_baseline:
    'There is one figure for this level, and neither a stated baseline nor a stated year-on-year rate: a single point gives no pace.',
  non_positive_value:
    'A compound growth rate needs positive values; a figure, the baseline or the target is zero or negative ' +
    '(or a stated rate is −100 % or less).',
  not_computable: 'The rates overflow or underflow the arithmetic for these values; no number would be meaningful.',
};

/**
 * - `compound_annual_rate`: (to / from)^(1/Δyears) − 1 between two values (two comparable figures, or the stated
 *   baseline and the latest figure).
 * - `stated_year_on_year`: the newest figure's stated year-on-year rate, as a fraction.
 * - `linear_pace`: (to − from) / Δyears, for cumulative targets.
 */
export const ASSESSMENT_METHODS = ['compound_annual_rate', 'stated_year_on_year', 'linear_pace'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/**
 * How values are turned into "progress values" before any rate is taken, so that a positive rate is progress:
 * `value` going up; `reciprocal` (1/value) going down with compound rates; `negated` (−value) going down with
 * linear paces.
 */
export type ProgressScale = 'value' | 'reciprocal' | 'negated';

/** Ratio thresholds (observed / required), inclusive lower ends: 0.95 → on_track, 0.6 → needs_acceleration, 0 → limited_progress. */
export const THRESHOLDS = { onTrack: 0.95, needsAcceleration: 0.6, limitedProgress: 0 } as const;

/**
 * A projected year later than this is not given (`beyond_horizon`). Plan targets run five to fifteen years; a
 * trend extrapolated three generations ahead says nothing, and a year such as 2317 would look more precise than
 * it is. 2100 is the horizon of long-range official projections (UN World Population Prospects, IPCC scenarios).
 */
export const REACH_HORIZON_YEAR = 2100;

/** Dated figures measure time in days / 365.25 (the mean Julian year), so four calendar years are exactly 4. */
export const DAYS_PER_YEAR = 365.25;

// ---------------------------------------------------------------------------------------------------------------
// Bounds
// ---------------------------------------------------------------------------------------------------------------

/**
 * A bound says where the true value may lie against the point value given: `exact`; `lower_bound` (true ≥ point);
 * `upper_bound` (true ≤ point); `approximate` (either side).
 *
 * Propagation through a function that is monotonic in each input: an input the function increases with passes
 * its bound on unchanged; an input it decreases with passes it on flipped ({@link flipBound}); the output's bound
 * is the {@link joinBounds} of all the contributions. So (22 M, lower bound) as the start of a required growth
 * rate gives a required rate that is an upper bound (the rate falls as the start rises).
 */
export function flipBound(bound: Bound): Bound {
  if (bound === 'lower_bound') return 'upper_bound';
  if (bound === 'upper_bound') return 'lower_bound';
  return bound;
}

/**
 * `exact` is neutral; equal bounds stay; a lower and an upper bound feeding one number, or anything `approximate`,
 * make it `approximate` (the errors may cancel or add: no side can be promised).
 */
export function joinBounds(...bounds: readonly Bound[]): Bound {
  let joined: Bound = 'exact';
  for (const bound of bounds) {
    if (bound === 'exact' || bound === joined) continue;
    joined = joined === 'exact' ? bound : 'approximate';
  }
  return joined;
}

/** The bound a figure's qualifier puts on its value: "more than 22 M" is a lower bound on the value. */
export function valueBound(qualifier: Qualifier): Bound {
  // percentBound going up bounds value/target, which moves with the value: the same bound as the value's.
  return percentBound(qualifier, 'up');
}

/** A number with its bound. */
export interface Bounded {
  value: number;
  bound: Bound;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------------------

/** The quantity goal (as in progress.ts) with its deadline, an ISO date (YYYY-MM-DD). */
export interface AssessmentGoal extends QuantityGoal {
  deadline: string;
}

interface FigureBase {
  id: string;
  /** In the target's base unit. */
  value: number;
  qualifier: Qualifier;
  /** The stated year-on-year change in percent (4 for +4 %), or null. */
  yearOnYearPercent: number | null;
}

/** A whole calendar-year figure for an annual target. */
export interface YearFigure extends FigureBase {
  year: number;
}

/** A dated figure for a level, ratio or cumulative target: `date` is the end of its period. */
export interface DatedFigure extends FigureBase {
  date: string;
}

export type ComparableFigure = YearFigure | DatedFigure;

/** The newest figure overall when it is a part-year figure newer than the latest comparable one. */
export interface PartYearFigure {
  id: string;
  yearOnYearPercent: number | null;
  periodEnd: string;
}

/** The full-year estimate (progress.ts `estimateFullYear`), with the year it is for and the bound of its value. */
export interface AssessmentEstimate extends Pick<Estimate, 'value' | 'method' | 'from'> {
  year: number;
  bound: Bound;
}

export interface AssessmentInput {
  goal: AssessmentGoal;
  /** Whether the target is met by the basis figure (progress.ts `isAchieved`); checked first. */
  achieved: boolean;
  /** The cut the caller gathered the inputs at (figures known by then), echoed for the reader; null for "now". */
  asOf: string | null;
  /** The earliest comparable figure, or null. May be the same figure as `latest`. */
  earliest: ComparableFigure | null;
  /** The latest comparable figure, or null. */
  latest: ComparableFigure | null;
  partYear: PartYearFigure | null;
  estimate: AssessmentEstimate | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------------

/** A value the assessment measured from or to, placed in time. */
export interface AssessmentPoint {
  source: 'figure' | 'baseline' | 'estimate';
  /** The figure's id; for an estimate, the id of the part-year figure it is from; null for a baseline. */
  id: string | null;
  value: number;
  /** Annual targets: the calendar year. Dated figures: the year of `date`. */
  year: number;
  /** Dated figures: the date the time is measured from (days / 365.25); null for annual targets (whole years). */
  date: string | null;
  bound: Bound;
}

export interface ObservedBasis {
  method: AssessmentMethod;
  /** Compound and linear methods: the two values, and the years between them. */
  from: AssessmentPoint | null;
  to: AssessmentPoint | null;
  spanYears: number | null;
  /** The stated year-on-year method: the figure the rate is stated for. */
  stated: { id: string; yearOnYearPercent: number } | null;
}

export interface RequiredBasis {
  /** The latest comparable figure, or the estimate when it is for a later year. */
  from: AssessmentPoint;
  /** Years from `from` to the deadline: deadline year − year (annual), or days / 365.25 (dated). */
  spanYears: number;
}

export type RatioReason = 'no_observed_rate' | 'no_required_rate' | 'target_value_already_met' | 'not_computable';
export type ProjectionReason = 'no_rate' | 'not_growing' | 'beyond_horizon' | 'deadline_not_ahead' | 'not_computable';

export interface Projection {
  deadlineYear: number;
  /** The value expected at the deadline on the observed trend (in the target's unit, not the progress scale). */
  projectedValue: Bounded | null;
  projectedValueReason: ProjectionReason | null;
  /** The first calendar year in which the trend reaches the target value (annual: whole years after `from`). */
  reachedYear: Bounded | null;
  /** Years from the required rate's `from` point until the trend reaches the target value, unrounded. */
  yearsToTarget: number | null;
  reachedYearReason: ProjectionReason | null;
}

export interface QuantityAssessment {
  status: AssessmentStatus;
  /** Set when status is `insufficient_data`, null otherwise. */
  reason: InsufficientReason | null;
  /** One sentence saying why, in words (no numbers: the numbers are below). */
  explanation: string;
  method: AssessmentMethod | null;
  direction: Direction;
  scale: ProgressScale;
  thresholds: typeof THRESHOLDS;
  inputs: {
    asOf: string | null;
    achieved: boolean;
    target: {
      value: number;
      comparator: AssessmentGoal['comparator'];
      measure: AssessmentGoal['measure'];
      tolerancePercent: number;
      deadline: string;
      deadlineYear: number;
    };
    baseline: AssessmentGoal['baseline'];
    earliest: AssessmentPoint | null;
    latest: AssessmentPoint | null;
    partYear: PartYearFigure | null;
    estimate: AssessmentEstimate | null;
    observed: ObservedBasis | null;
    required: RequiredBasis | null;
  };
  /** Per year, on the progress scale: a fraction (compound) or base units (linear); positive is progress. */
  observedRate: Bounded | null;
  requiredRate: Bounded | null;
  ratio: Bounded | null;
  ratioReason: RatioReason | null;
  projection: Projection;
  /**
   * The status is computed on point values. When its inputs are bounded, so is the status, on the order
   * deterioration < limited_progress < needs_acceleration < on_track: `lower_bound` means "this status or
   * better", `upper_bound` "this status or worse", `approximate` either. Null for the statuses off that order.
   */
  statusBound: Bound | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;

function dayNumber(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

const yearOfDate = (date: string): number => {
  dayNumber(date);
  return Number(date.slice(0, 4));
};

function spanYears(from: { year: number; date: string | null }, to: { year: number; date: string | null }): number {
  if (from.date === null || to.date === null) return to.year - from.year;
  return (dayNumber(to.date) - dayNumber(from.date)) / DAYS_PER_YEAR;
}

// ---------------------------------------------------------------------------------------------------------------
// The assessment
// ---------------------------------------------------------------------------------------------------------------

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** The status for a ratio of observed to required rate. Boundaries are inclusive at their lower end. */
export function statusOfRatio(ratio: number): 'on_track' | 'needs_acceleration' | 'limited_progress' | 'deterioration' {
  if (ratio >= THRESHOLDS.onTrack) return 'on_track';
  if (ratio >= THRESHOLDS.needsAcceleration) return 'needs_acceleration';
  if (ratio >= THRESHOLDS.limitedProgress) return 'limited_progress';
  return 'deterioration';
}

const EXPLANATIONS: Readonly<Record<Exclude<AssessmentStatus, 'insufficient_data'>, string>> = {
  achieved: 'The target is met by the latest comparable figure.',
  on_track: 'The observed rate is at least 95 % of the rate required to reach the target by the deadline.',
  needs_acceleration: 'The observed rate is at least 60 % but less than 95 % of the rate required to reach the target by the deadline.',
  limited_progress: 'The observed rate is at least zero but less than 60 % of the rate required to reach the target by the deadline.',
  deterioration: 'The observed trend moves away from the target.',
  deadline_reached:
    "The value measured from is for the deadline's year (or date) or later and does not achieve the target: " +
    'no time is left to require a rate over.',
};

const ALREADY_MET_ON_TRACK =
  'The value measured from already equals or passes the target value without counting as achieved ' +
  '(by its qualifier, or because it is an estimate); the observed trend keeps it there at the deadline.';
const ALREADY_MET_DETERIORATION =
  'The value measured from already equals or passes the target value without counting as achieved, ' +
  'but the observed trend takes it back short of the target by the deadline.';

/**
 * Assess a quantity target. Rules, in order:
 *
 * 1. **From where** (required rate and projection): the latest comparable figure, or the full-year estimate when
 *    it is for a later year (annual targets only: estimates exist only for them).
 * 2. **Observed rate**: between the earliest and latest comparable figures when they are apart in time;
 *    otherwise from the plan's stated baseline to the latest figure; otherwise the stated year-on-year rate of
 *    the newest figure (the part-year one when there is one). Two figures come before the baseline (both are
 *    reported the same way, where a plan's baseline may be defined differently); both come before the stated
 *    rate, because a multi-year span says more than one year's change, and the issue gives the stated rate
 *    only "when that is all there is". Cumulative targets do not use a stated rate (the year-on-year change of a
 *    running total is not its yearly increment).
 * 3. **Status**: `achieved` first; no value to measure from → `insufficient_data` (`no_figure`, or
 *    `no_comparable_figure` when only part-year figures exist); no time left before the deadline →
 *    `deadline_reached`; a value ≤ 0 under a compound rate → `insufficient_data` / `non_positive_value`; no
 *    observed rate → `insufficient_data` (`single_figure_without_rate` for annual targets,
 *    `level_without_baseline` for the others); a required rate ≤ 0 (the value measured from already equals or
 *    passes the target value, yet the target is not achieved: "nearly 20" against "at least 20", or an estimate
 *    past the target) → no ratio; `on_track` if the trend still meets the target value at the deadline,
 *    `deterioration` if it takes the value back short; otherwise the ratio against the thresholds.
 * 4. **Numbers** are computed whenever they can be, whatever the status (an achieved target still shows its
 *    pace); a number that is not finite is null, never NaN or Infinity.
 *
 * The target value itself is aimed at, without the `about` tolerance (which only decides `achieved`).
 * For annual targets a baseline counts as the calendar year of its date. A malformed date (deadline, figure,
 * baseline) is a caller's bug and throws a RangeError rather than answering NaN.
 */
export function assessQuantity(input: AssessmentInput): QuantityAssessment {
  const { goal } = input;
  const direction = directionOf(goal.comparator);
  const annual = goal.measure === 'annual';
  const linear = goal.measure === 'cumulative';
  const scale: ProgressScale = direction === 'up' ? 'value' : linear ? 'negated' : 'reciprocal';

  /** A value on the progress scale, where up is progress. */
  const progress = (value: number): number => (scale === 'reciprocal' ? 1 / value : scale === 'negated' ? -value : value);
  const unprogress = (p: number): number => (scale === 'reciprocal' ? 1 / p : scale === 'negated' ? -p : p);
  /** The bound of a value's progress: reciprocal and negation both reverse the order. */
  const progressBound = (bound: Bound): Bound => (scale === 'value' ? bound : flipBound(bound));

  const deadline = { year: yearOfDate(goal.deadline), date: annual ? null : goal.deadline };

  const figurePoint = (figure: ComparableFigure): AssessmentPoint => {
    const year = 'year' in figure ? figure.year : yearOfDate(figure.date);
    const date = annual ? null : 'date' in figure ? figure.date : `${figure.year}-12-31`;
    return { source: 'figure', id: figure.id, value: figure.value, year, date, bound: valueBound(figure.qualifier) };
  };

  const latestFigure = input.latest ?? input.earliest;
  const earliestFigure = input.earliest ?? input.latest;
  const latest = latestFigure ? figurePoint(latestFigure) : null;
  const distinct = earliestFigure && earliestFigure !== latestFigure && earliestFigure.id !== latestFigure?.id;
  const earliest = distinct ? figurePoint(earliestFigure) : latest;
  const baseline: AssessmentPoint | null = goal.baseline
    ? {
        source: 'baseline',
        id: null,
        value: goal.baseline.value,
        year: yearOfDate(goal.baseline.date),
        date: annual ? null : goal.baseline.date,
        bound: 'exact',
      }
    : null;
  const estimate: AssessmentPoint | null =
    annual && input.estimate && (!latest || input.estimate.year > latest.year)
      ? {
          source: 'estimate',
          id: input.estimate.from,
          value: input.estimate.value,
          year: input.estimate.year,
          date: null,
          bound: input.estimate.bound,
        }
      : null;
  const from = estimate ?? latest;

  // ---- Observed basis (rule 2).
  const between = (a: AssessmentPoint, b: AssessmentPoint): ObservedBasis => ({
    method: linear ? 'linear_pace' : 'compound_annual_rate',
    from: a,
    to: b,
    spanYears: spanYears(a, b),
    stated: null,
  });
  let observed: ObservedBasis | null = null;
  if (latest && earliest && earliest !== latest && spanYears(earliest, latest) > 0) {
    observed = between(earliest, latest);
  } else if (latest && baseline && spanYears(baseline, latest) > 0) {
    observed = between(baseline, latest);
  } else if (!linear) {
    const newest = input.partYear ?? latestFigure;
    if (newest && newest.yearOnYearPercent !== null) {
      const stated = { id: newest.id, yearOnYearPercent: newest.yearOnYearPercent };
      observed = { method: 'stated_year_on_year', from: null, to: null, spanYears: null, stated };
    }
  }

  // Compound rates need positive values; a stated rate needs 1 + g > 0.
  const compoundValues = [
    ...(observed?.from ? [observed.from.value] : []),
    ...(observed?.to ? [observed.to.value] : []),
    ...(observed?.stated ? [1 + observed.stated.yearOnYearPercent / 100] : []),
    ...(from ? [from.value] : []),
    goal.targetValue,
  ];
  const nonPositive = !linear && compoundValues.some((value) => !(value > 0));

  // ---- Observed rate (on the progress scale).
  let observedRate: Bounded | null = null;
  if (observed && !nonPositive) {
    if (observed.stated) {
      const g = observed.stated.yearOnYearPercent / 100;
      // Going down, the reciprocal changes by 1/(1 + g) − 1 when the value changes by g.
      const rate = finite(scale === 'reciprocal' ? 1 / (1 + g) - 1 : g);
      if (rate !== null) observedRate = { value: rate, bound: 'exact' };
    } else if (observed.from && observed.to && observed.spanYears) {
      const [a, b, span] = [observed.from, observed.to, observed.spanYears];
      const rate = finite(
        linear ? (progress(b.value) - progress(a.value)) / span : Math.pow(progress(b.value) / progress(a.value), 1 / span) - 1,
      );
      // Increasing in the later value's progress, decreasing in the earlier one's.
      if (rate !== null) observedRate = { value: rate, bound: joinBounds(progressBound(b.bound), flipBound(progressBound(a.bound))) };
    }
  }

  // ---- Required rate.
  const pTarget = progress(goal.targetValue);
  const required: RequiredBasis | null = from ? { from, spanYears: spanYears(from, deadline) } : null;
  let requiredRate: Bounded | null = null;
  if (required && required.spanYears > 0 && !nonPositive) {
    const pFrom = progress(required.from.value);
    const rate = finite(linear ? (pTarget - pFrom) / required.spanYears : Math.pow(pTarget / pFrom, 1 / required.spanYears) - 1);
    // Decreasing in the progress of the value measured from; the target is exact.
    if (rate !== null) requiredRate = { value: rate, bound: flipBound(progressBound(required.from.bound)) };
  }

  // ---- Ratio.
  let ratio: Bounded | null = null;
  let ratioReason: RatioReason | null = null;
  if (!observedRate) ratioReason = 'no_observed_rate';
  else if (!requiredRate) ratioReason = 'no_required_rate';
  else if (requiredRate.value <= 0) ratioReason = 'target_value_already_met';
  else {
    const value = finite(observedRate.value / requiredRate.value);
    // r_obs / r_req falls as r_req rises when r_obs > 0, rises with it when r_obs < 0, ignores it when r_obs = 0.
    const fromRequired = observedRate.value > 0 ? flipBound(requiredRate.bound) : observedRate.value < 0 ? requiredRate.bound : 'exact';
    if (value === null) ratioReason = 'not_computable';
    else ratio = { value, bound: joinBounds(observedRate.bound, fromRequired) };
  }

  // ---- Projection.
  const projection = project();

  function project(): Projection {
    const none = (reason: ProjectionReason): Projection => ({
      deadlineYear: deadline.year,
      projectedValue: null,
      projectedValueReason: reason,
      reachedYear: null,
      yearsToTarget: null,
      reachedYearReason: reason,
    });
    if (!required || nonPositive) return none(nonPositive ? 'not_computable' : 'no_rate');
    const start = required.from;
    const pFrom = progress(start.value);
    // The projected value rises with the start and with the rate; the year reached falls with both.
    const trendBound = joinBounds(progressBound(start.bound), observedRate?.bound ?? 'exact');
    const at = (years: number, r: number): number => (linear ? pFrom + r * years : pFrom * Math.pow(1 + r, years));

    let projectedValue: Bounded | null = null;
    let projectedValueReason: ProjectionReason | null = null;
    if (!observedRate) projectedValueReason = 'no_rate';
    else if (required.spanYears <= 0) projectedValueReason = 'deadline_not_ahead';
    else {
      const value = finite(unprogress(at(required.spanYears, observedRate.value)));
      if (value === null) projectedValueReason = 'not_computable';
      else projectedValue = { value, bound: scale === 'value' ? trendBound : flipBound(trendBound) };
    }

    const reached = (years: number, year: number | null, reason: ProjectionReason | null, bound: Bound) => ({
      deadlineYear: deadline.year,
      projectedValue,
      projectedValueReason,
      reachedYear: year === null ? null : { value: year, bound },
      yearsToTarget: years,
      reachedYearReason: reason,
    });
    if (pFrom >= pTarget) return reached(0, start.year, null, flipBound(progressBound(start.bound)));
    if (!observedRate) return { ...none('no_rate'), projectedValue, projectedValueReason };
    const r = observedRate.value;
    if (r <= 0) return { ...none('not_growing'), projectedValue, projectedValueReason };
    const years = linear ? (pTarget - pFrom) / r : Math.log(pTarget / pFrom) / Math.log1p(r);
    if (!Number.isFinite(years)) return { ...none('beyond_horizon'), projectedValue, projectedValueReason };
    let year: number;
    if (start.date === null) {
      // Whole years: the first n with at(n) ≥ target; the check guards the ceiling against rounding in the logs.
      let n = Math.ceil(years);
      if (n > 0 && at(n - 1, r) >= pTarget) n -= 1;
      else if (at(n, r) < pTarget) n += 1;
      year = start.year + n;
    } else {
      year = new Date((dayNumber(start.date) + years * DAYS_PER_YEAR) * MS_PER_DAY).getUTCFullYear();
    }
    if (!Number.isFinite(year) || year > REACH_HORIZON_YEAR) {
      return { ...none('beyond_horizon'), projectedValue, projectedValueReason, yearsToTarget: years };
    }
    return reached(years, year, null, flipBound(trendBound));
  }

  // ---- Status (rule 3).
  let status: AssessmentStatus;
  let reason: InsufficientReason | null = null;
  let explanation: string;
  let statusBound: Bound | null = null;
  if (input.achieved) {
    status = 'achieved';
  } else if (!from) {
    status = 'insufficient_data';
    reason = input.partYear ? 'no_comparable_figure' : 'no_figure';
  } else if (required && required.spanYears <= 0) {
    status = 'deadline_reached';
  } else if (nonPositive) {
    status = 'insufficient_data';
    reason = 'non_positive_value';
  } else if (!observed) {
    status = 'insufficient_data';
    reason = annual ? 'single_figure_without_rate' : 'level_without_baseline';
  } else if (!observedRate || !requiredRate) {
    status = 'insufficient_data';
    reason = 'not_computable';
  } else if (requiredRate.value <= 0) {
    // Already at or past the target value: judged by where the trend leaves the value at the deadline.
    const meets = projection.projectedValue !== null && progress(projection.projectedValue.value) >= pTarget;
    status = meets ? 'on_track' : 'deterioration';
    statusBound = projection.projectedValue ? progressBound(projection.projectedValue.bound) : null;
  } else if (!ratio) {
    status = 'insufficient_data';
    reason = 'not_computable';
  } else {
    status = statusOfRatio(ratio.value);
    statusBound = ratio.bound;
  }
  if (status === 'insufficient_data') explanation = INSUFFICIENT_REASON_TEXT[reason!];
  else if (ratioReason === 'target_value_already_met' && (status === 'on_track' || status === 'deterioration'))
    explanation = status === 'on_track' ? ALREADY_MET_ON_TRACK : ALREADY_MET_DETERIORATION;
  else explanation = EXPLANATIONS[status];

  return {
    status,
    reason,
    explanation,
    method: observed?.method ?? null,
    direction,
    scale,
    thresholds: THRESHOLDS,
    inputs: {
      asOf: input.asOf,
      achieved: input.achieved,
      target: {
        value: goal.targetValue,
        comparator: goal.comparator,
        measure: goal.measure,
        tolerancePercent: goal.tolerancePercent,
        deadline: goal.deadline,
        deadlineYear: deadline.year,
      },
      baseline: goal.baseline,
      earliest,
      latest,
      partYear: input.partYear,
      estimate: input.estimate,
      observed,
      required,
    },
    observedRate,
    requiredRate,
    ratio,
    ratioReason,
    projection,
    statusBound,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Milestones and actions
// ---------------------------------------------------------------------------------------------------------------

/** The latest state report of a milestone or action: its id, state, and the end of the period it reports on. */
export interface LatestState {
  id: string;
  state: MilestoneState;
  date: string;
}

export type MilestoneStatus = MilestoneState | 'no_report';

export interface MilestoneAssessment {
  kind: 'milestone';
  status: MilestoneStatus;
  basis: LatestState | null;
  explanation: string;
}

export interface ActionAssessment {
  kind: 'action';
  /** The latest reported state, never judged on or off track: an action has no completion point to aim at. */
  status: MilestoneStatus;
  basis: LatestState | null;
  explanation: string;
}

const STATE_TEXT: Readonly<Record<MilestoneStatus, string>> = {
  completed: 'The latest report says it is completed.',
  under_way: 'The latest report says it is under way.',
  not_started: 'The latest report says it has not started.',
  no_report: 'No report on its state.',
};

/** A milestone: its latest reported state (`completed`, `under_way`, `not_started`), or `no_report`. */
export function assessMilestone(latest: LatestState | null): MilestoneAssessment {
  const status: MilestoneStatus = latest?.state ?? 'no_report';
  return { kind: 'milestone', status, basis: latest, explanation: STATE_TEXT[status] };
}

/** An action with no completion point: its latest state only, or `no_report`; never on or off track. */
export function assessAction(latest: LatestState | null): ActionAssessment {
  const status: MilestoneStatus = latest?.state ?? 'no_report';
  return {
    kind: 'action',
    status,
    basis: latest,
    explanation: `${STATE_TEXT[status]} An action has no completion point, so it is not judged on or off track.`,
  };
}
