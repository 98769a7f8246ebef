import { describe, expect, it } from 'vitest';
import {
  assessAction,
  assessMilestone,
  assessQuantity,
  flipBound,
  joinBounds,
  REACH_HORIZON_YEAR,
  statusOfRatio,
  THRESHOLDS,
  valueBound,
  type AssessmentGoal,
  type AssessmentInput,
  type DatedFigure,
  type YearFigure,
} from '../../src/domain/assessment.js';

const goal = (overrides: Partial<AssessmentGoal>): AssessmentGoal => ({
  targetValue: 100,
  comparator: 'at_least',
  measure: 'annual',
  tolerancePercent: 2,
  baseline: null,
  deadline: '2027-12-31',
  ...overrides,
});

const input = (overrides: Partial<AssessmentInput>): AssessmentInput => ({
  goal: goal({}),
  achieved: false,
  asOf: null,
  earliest: null,
  latest: null,
  partYear: null,
  estimate: null,
  ...overrides,
});

const year = (id: string, calendarYear: number, value: number, overrides: Partial<YearFigure> = {}): YearFigure => ({
  id,
  year: calendarYear,
  value,
  qualifier: 'exact',
  yearOnYearPercent: null,
  ...overrides,
});

const dated = (id: string, date: string, value: number, overrides: Partial<DatedFigure> = {}): DatedFigure => ({
  id,
  date,
  value,
  qualifier: 'exact',
  yearOnYearPercent: null,
  ...overrides,
});

/** Every number anywhere in the answer is finite: no NaN, no Infinity. */
function expectAllFinite(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) expectAllFinite(inner);
}

// Dates chosen so that spans are whole multiples of 365.25 days:
// 2019-12-31 → 2023-12-31 is 366 (2020) + 3 × 365 = 1461 days = 4 years exactly,
// 2023-12-31 → 2027-12-31 is 366 (2024) + 3 × 365 = 1461 days = 4 years exactly.

describe('seeded example: Tianjin Port container throughput, at least 27 M TEU in 2027', () => {
  const throughput = goal({ targetValue: 27_000_000, deadline: '2027-12-31' });
  const fullYear2023 = year('y2023', 2023, 22_000_000, { qualifier: 'more_than' });
  const janToOct2024 = { id: 'jan-oct-2024', yearOnYearPercent: 4, periodEnd: '2024-10-31' };
  // 2023's "more than 22 M" × 1.04 = 22 880 000, a lower bound because its base is.
  const estimate2024 = { value: 22_880_000, year: 2024, method: 'yoy' as const, from: 'jan-oct-2024', bound: 'lower_bound' as const };
  const assessment = assessQuantity(
    input({ goal: throughput, asOf: '2024-12-01', earliest: fullYear2023, latest: fullYear2023, partYear: janToOct2024, estimate: estimate2024 }),
  );

  it('observes the stated +4 % (the only calendar year gives no span) and requires from the newer 2024 estimate', () => {
    expect(assessment.method).toBe('stated_year_on_year');
    expect(assessment.inputs.observed!.stated).toEqual({ id: 'jan-oct-2024', yearOnYearPercent: 4 });
    // 4 / 100 = 0.04, exact: the rate is stated.
    expect(assessment.observedRate).toEqual({ value: 0.04, bound: 'exact' });
    expect(assessment.inputs.required!.from).toMatchObject({ source: 'estimate', id: 'jan-oct-2024', value: 22_880_000, year: 2024 });
    // 2027 − 2024 = 3 years. 27 / 22.88 = 1.180070; its cube root: 1.05674 × 1.05674 = 1.116700, × 1.05674 = 1.180062
    // (a hair under 1.180070) → 1.056743 − 1 = 0.056743.
    expect(assessment.inputs.required!.spanYears).toBe(3);
    expect(assessment.requiredRate!.value).toBeCloseTo(0.056743, 6);
  });

  it('is needs_acceleration: 0.04 / 0.056743 = 0.7049, between 0.6 and 0.95', () => {
    expect(assessment.ratio!.value).toBeCloseTo(0.70494, 5);
    expect(assessment.status).toBe('needs_acceleration');
    expect(assessment.reason).toBeNull();
    expect(assessment.thresholds).toEqual({ onTrack: 0.95, needsAcceleration: 0.6, limitedProgress: 0 });
  });

  it('projects 25.74 M for 2027 and reaches 27 M in 2029', () => {
    // 1.04³ = 1.0816 × 1.04 = 1.124864; × 22 880 000 = 25 736 888.32.
    expect(assessment.projection.deadlineYear).toBe(2027);
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(25_736_888.32, 4);
    // 2028: × 1.04 = 26 766 363.85 < 27 M; 2029: × 1.04 = 27 837 018.41 ≥ 27 M.
    // In logs: ln(1.180070) / ln(1.04) = 0.165574 / 0.039221 = 4.2216 years → 5 whole years after 2024.
    expect(assessment.projection.yearsToTarget).toBeCloseTo(4.2216, 4);
    expect(assessment.projection.reachedYear!.value).toBe(2029);
  });

  it('carries the "more than" base to the answer', () => {
    // The start (22.88 M) is a lower bound: the true start is higher, so less growth is needed → required rate ≤ point.
    expect(assessment.requiredRate!.bound).toBe('upper_bound');
    // Exact observed over a required rate that is an upper bound: the ratio is a lower bound, the status "or better".
    expect(assessment.ratio!.bound).toBe('lower_bound');
    expect(assessment.statusBound).toBe('lower_bound');
    // A higher start gives a higher 2027 value, reached sooner.
    expect(assessment.projection.projectedValue!.bound).toBe('lower_bound');
    expect(assessment.projection.reachedYear!.bound).toBe('upper_bound');
  });

  it('shows every input', () => {
    expect(assessment.inputs).toMatchObject({
      asOf: '2024-12-01',
      achieved: false,
      target: { value: 27_000_000, comparator: 'at_least', measure: 'annual', deadline: '2027-12-31', deadlineYear: 2027 },
      latest: { source: 'figure', id: 'y2023', value: 22_000_000, year: 2023, date: null, bound: 'lower_bound' },
      partYear: janToOct2024,
      estimate: estimate2024,
    });
    expect(assessment.direction).toBe('up');
    expect(assessment.scale).toBe('value');
    expectAllFinite(assessment);
  });

  it('as of mid-2024, before the January–October figure, has a single figure and no rate', () => {
    const earlier = assessQuantity(input({ goal: throughput, asOf: '2024-06-30', earliest: fullYear2023, latest: fullYear2023 }));
    expect(earlier.status).toBe('insufficient_data');
    expect(earlier.reason).toBe('single_figure_without_rate');
    expect(earlier.explanation).toMatch(/one comparable figure/);
    expect(earlier.inputs.asOf).toBe('2024-06-30');
    expect(earlier.observedRate).toBeNull();
    expect(earlier.ratio).toBeNull();
    expect(earlier.ratioReason).toBe('no_observed_rate');
    // Still the required rate, from 2023: 27 / 22 = 1.227273 over 4 years: 1.0525² = 1.107756, ² = 1.227124 (just under);
    // 1.052532² = 1.107824, ² = 1.227274 → 0.052532, an upper bound (the base is "more than").
    expect(earlier.requiredRate!.value).toBeCloseTo(0.052532, 6);
    expect(earlier.requiredRate!.bound).toBe('upper_bound');
    expect(earlier.projection.projectedValue).toBeNull();
    expect(earlier.projection.reachedYearReason).toBe('no_rate');
  });
});

describe('seeded example: sea-rail container volume, 2 M TEU in 2027', () => {
  // January–October 2024: 1 167 000 TEU, +17 % year on year; no 2023 figure, so the estimate is pro rata:
  // 1 167 000 × 12 / 10 = 1 400 400, approximate (a scale-up, not a count).
  const assessment = assessQuantity(
    input({
      goal: goal({ targetValue: 2_000_000 }),
      partYear: { id: 'jan-oct-2024', yearOnYearPercent: 17, periodEnd: '2024-10-31' },
      estimate: { value: 1_400_400, year: 2024, method: 'pro_rata', from: 'jan-oct-2024', bound: 'approximate' },
    }),
  );

  it('is on_track: +17 % observed against 12.6 % required', () => {
    expect(assessment.method).toBe('stated_year_on_year');
    expect(assessment.observedRate).toEqual({ value: 0.17, bound: 'exact' });
    // 2 000 000 / 1 400 400 = 1.428163 over 3 years: 1.12614² = 1.268191, × 1.12614 = 1.428160 → 0.126141.
    expect(assessment.requiredRate!.value).toBeCloseTo(0.126141, 6);
    // 0.17 / 0.126141 = 1.3477 ≥ 0.95.
    expect(assessment.ratio!.value).toBeCloseTo(1.3477, 4);
    expect(assessment.status).toBe('on_track');
    // An approximate start makes everything after it approximate.
    expect(assessment.requiredRate!.bound).toBe('approximate');
    expect(assessment.statusBound).toBe('approximate');
  });

  it('projects 2.24 M for 2027, reaching 2 M in 2027', () => {
    // 1.17² = 1.3689 → 2026: 1 917 007.56 < 2 M; 1.17³ = 1.601613 → 2027: 2 242 898.85 ≥ 2 M.
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(2_242_898.85, 2);
    // ln(1.428163) / ln(1.17) = 0.356398 / 0.157004 = 2.2699 → 3 whole years after 2024.
    expect(assessment.projection.yearsToTarget).toBeCloseTo(2.2699, 4);
    expect(assessment.projection.reachedYear).toEqual({ value: 2027, bound: 'approximate' });
  });
});

describe('seeded examples without enough data', () => {
  it('high-speed and intercity rail km, with no figure: insufficient_data / no_figure', () => {
    const assessment = assessQuantity(input({ goal: goal({ targetValue: 510, measure: 'level' }) }));
    expect(assessment).toMatchObject({
      status: 'insufficient_data',
      reason: 'no_figure',
      method: null,
      observedRate: null,
      requiredRate: null,
      ratio: null,
      statusBound: null,
      projection: { deadlineYear: 2027, projectedValue: null, reachedYear: null, reachedYearReason: 'no_rate' },
    });
    expect(assessment.explanation).toBe('There is no figure for this target.');
  });

  it('17 State Key Laboratories as of 2024-12-23 against 20: a level with one figure and no baseline', () => {
    const labs = dated('labs-2024', '2024-12-23', 17);
    const assessment = assessQuantity(input({ goal: goal({ targetValue: 20, measure: 'level' }), earliest: labs, latest: labs }));
    expect(assessment.status).toBe('insufficient_data');
    expect(assessment.reason).toBe('level_without_baseline');
    expect(assessment.observedRate).toBeNull();
    // The required pace is still shown. 2024-12-23 → 2027-12-31: 8 + 365 + 365 + 365 = 1103 days = 3.019849 years;
    // (20 / 17)^(1 / 3.019849) − 1 = exp(0.162519 / 3.019849) − 1 = exp(0.053817) − 1 = 0.055291.
    expect(assessment.inputs.required!.spanYears).toBeCloseTo(3.019849, 6);
    expect(assessment.requiredRate!.value).toBeCloseTo(0.055291, 6);
  });

  it('only a part-year figure that gives no estimate: no_comparable_figure', () => {
    const assessment = assessQuantity(input({ partYear: { id: 'q3', yearOnYearPercent: 5, periodEnd: '2024-09-30' } }));
    expect(assessment.status).toBe('insufficient_data');
    expect(assessment.reason).toBe('no_comparable_figure');
  });
});

describe('each status on annual figures, target 121 in 2024 from 100 in 2022', () => {
  // Required: (121 / 100)^(1/2) − 1 = 1.1 − 1 = 0.1 in each case below.
  const target = goal({ targetValue: 121, deadline: '2024-12-31' });
  const latest = year('y2022', 2022, 100);

  it('limited_progress: 96.04 → 100 over two years is +2.04 %/yr, a fifth of what is needed', () => {
    const assessment = assessQuantity(input({ goal: target, earliest: year('y2020', 2020, 96.04), latest }));
    expect(assessment.method).toBe('compound_annual_rate');
    expect(assessment.inputs.observed).toMatchObject({ from: { id: 'y2020', year: 2020 }, to: { id: 'y2022', year: 2022 }, spanYears: 2 });
    // (100 / 96.04)^(1/2) = 1 / 0.98 (as 0.98² = 0.9604) = 1.020408 → 0.020408.
    expect(assessment.observedRate!.value).toBeCloseTo(0.020408, 6);
    expect(assessment.requiredRate!.value).toBeCloseTo(0.1, 12);
    // 0.020408 / 0.1 = 0.20408, in [0, 0.6).
    expect(assessment.ratio!.value).toBeCloseTo(0.20408, 5);
    expect(assessment.status).toBe('limited_progress');
    // 2024: 100 × (1/0.98)² = 100 / 0.9604 = 104.1233.
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(104.1233, 4);
    // ln(1.21) / ln(1.020408) = 0.190620 / 0.020203 = 9.435 → 10 whole years → 2032.
    expect(assessment.projection.yearsToTarget).toBeCloseTo(9.4354, 4);
    expect(assessment.projection.reachedYear!.value).toBe(2032);
    expect(assessment.statusBound).toBe('exact');
  });

  it('deterioration: 100 → 81 over two years is −10 %/yr, a ratio of −1', () => {
    const assessment = assessQuantity(input({ goal: target, earliest: year('y2020', 2020, 100), latest: year('y2022', 2022, 81) }));
    // (81 / 100)^(1/2) = 0.9 → −0.1. Required from 81: (121 / 81)^(1/2) − 1 = 11/9 − 1 = 0.222222.
    expect(assessment.observedRate!.value).toBeCloseTo(-0.1, 12);
    expect(assessment.requiredRate!.value).toBeCloseTo(0.222222, 6);
    // −0.1 / 0.222222 = −0.45 < 0.
    expect(assessment.ratio!.value).toBeCloseTo(-0.45, 12);
    expect(assessment.status).toBe('deterioration');
    // 2024: 81 × 0.9² = 65.61; never reached going the wrong way.
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(65.61, 10);
    expect(assessment.projection.reachedYear).toBeNull();
    expect(assessment.projection.reachedYearReason).toBe('not_growing');
  });

  it('a flat trend is a ratio of exactly 0: limited_progress, never reached', () => {
    const assessment = assessQuantity(input({ goal: target, earliest: year('y2020', 2020, 100), latest }));
    // (100 / 100)^(1/2) − 1 = 0; 0 / 0.1 = 0, the lower end of limited_progress.
    expect(assessment.observedRate!.value).toBe(0);
    expect(assessment.ratio!.value).toBe(0);
    expect(assessment.status).toBe('limited_progress');
    expect(assessment.projection.projectedValue!.value).toBe(100);
    expect(assessment.projection.reachedYearReason).toBe('not_growing');
  });

  it('achieved is checked first, and the pace is still shown', () => {
    const assessment = assessQuantity(
      input({ goal: goal({ targetValue: 27_000_000 }), achieved: true, earliest: year('y2023', 2023, 22_000_000, { qualifier: 'more_than' }), latest: year('y2024', 2024, 28_000_000) }),
    );
    expect(assessment.status).toBe('achieved');
    expect(assessment.reason).toBeNull();
    expect(assessment.statusBound).toBeNull();
    // 28 / 22 − 1 = 0.272727; the earlier value is a floor, so the rate is at most this: an upper bound.
    expect(assessment.observedRate!.value).toBeCloseTo(0.272727, 6);
    expect(assessment.observedRate!.bound).toBe('upper_bound');
    // 28 M already passes 27 M: reached in the year measured from.
    expect(assessment.projection.reachedYear!.value).toBe(2024);
    expect(assessment.projection.yearsToTarget).toBe(0);
  });

  it('deadline_reached: the 2027 figure is in and falls short', () => {
    const assessment = assessQuantity(
      input({ goal: goal({ targetValue: 27_000_000 }), earliest: year('y2023', 2023, 22_000_000), latest: year('y2027', 2027, 25_000_000) }),
    );
    expect(assessment.status).toBe('deadline_reached');
    expect(assessment.reason).toBeNull();
    // 2027 − 2027 = 0 years left: no required rate, no ratio, no value "at the deadline" ahead of the figure.
    expect(assessment.inputs.required!.spanYears).toBe(0);
    expect(assessment.requiredRate).toBeNull();
    expect(assessment.ratioReason).toBe('no_required_rate');
    expect(assessment.projection.projectedValueReason).toBe('deadline_not_ahead');
    // But the pace says when: (25/22)^(1/4) = exp(0.127833 / 4) = exp(0.031958) → 0.032474;
    // ln(27/25) / ln(1.032474) = 0.076961 / 0.031958 = 2.408 → 3 whole years after 2027 → 2030.
    expect(assessment.observedRate!.value).toBeCloseTo(0.032474, 6);
    expect(assessment.projection.reachedYear!.value).toBe(2030);
  });
});

describe('the estimate, the baseline and the stated rate', () => {
  it('an estimate for a year no later than the latest figure is not measured from', () => {
    const assessment = assessQuantity(
      input({
        goal: goal({ targetValue: 27_000_000 }),
        latest: year('y2024', 2024, 23_000_000, { yearOnYearPercent: 4 }),
        estimate: { value: 22_880_000, year: 2024, method: 'yoy', from: 'jan-oct-2024', bound: 'exact' },
      }),
    );
    expect(assessment.inputs.required!.from).toMatchObject({ source: 'figure', id: 'y2024', year: 2024 });
    // With no newer part-year figure, the newest figure is the 2024 one: its stated +4 % is the observed rate.
    expect(assessment.inputs.observed!.stated).toEqual({ id: 'y2024', yearOnYearPercent: 4 });
  });

  it('a stated baseline and one figure give a compound rate, preferred to the stated year-on-year rate', () => {
    const assessment = assessQuantity(
      input({
        goal: goal({ targetValue: 27_000_000, baseline: { value: 20_000_000, date: '2020-12-31' } }),
        earliest: year('y2023', 2023, 22_000_000, { yearOnYearPercent: 4 }),
        latest: year('y2023', 2023, 22_000_000, { yearOnYearPercent: 4 }),
      }),
    );
    expect(assessment.method).toBe('compound_annual_rate');
    expect(assessment.inputs.observed).toMatchObject({ from: { source: 'baseline', id: null, value: 20_000_000, year: 2020 }, spanYears: 3 });
    // (22 / 20)^(1/3) − 1 = 1.1^(1/3) − 1: 1.03228² = 1.065602, × 1.03228 = 1.100000 → 0.032280.
    expect(assessment.observedRate!.value).toBeCloseTo(0.03228, 5);
    // Required from 2023: (27/22)^(1/4) − 1 = 0.052532 (worked above); 0.03228 / 0.052532 = 0.6145 → needs_acceleration.
    expect(assessment.ratio!.value).toBeCloseTo(0.6145, 4);
    expect(assessment.status).toBe('needs_acceleration');
  });

  it('a level with a baseline: 300 km at end 2019, 420 km at end 2023, 510 km by end 2027', () => {
    const km = dated('km-2023', '2023-12-31', 420);
    const assessment = assessQuantity(
      input({ goal: goal({ targetValue: 510, measure: 'level', baseline: { value: 300, date: '2019-12-31' } }), earliest: km, latest: km }),
    );
    expect(assessment.inputs.observed).toMatchObject({ from: { source: 'baseline', date: '2019-12-31' }, to: { id: 'km-2023' }, spanYears: 4 });
    // (420 / 300)^(1/4) = 1.4^(1/4): √1.4 = 1.183216, √1.183216 = 1.087757 → 0.087757.
    expect(assessment.observedRate!.value).toBeCloseTo(0.087757, 6);
    // (510 / 420)^(1/4) = 1.214286^(1/4): √ = 1.101946, √ = 1.049736 → 0.049736.
    expect(assessment.requiredRate!.value).toBeCloseTo(0.049736, 6);
    // 0.087757 / 0.049736 = 1.7645 → on_track.
    expect(assessment.ratio!.value).toBeCloseTo(1.7645, 4);
    expect(assessment.status).toBe('on_track');
    // At the deadline, four years on: 420 × 1.4 = 588.
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(588, 9);
    // ln(1.214286) / ln(1.087757) = 4 × 0.194156 / 0.336472 = 2.3081 years = 843.05 days after 2023-12-31:
    // 2024-12-31 is +366, 2025-12-31 is +731, so 2026-04-22 → 2026.
    expect(assessment.projection.yearsToTarget).toBeCloseTo(2.3081, 4);
    expect(assessment.projection.reachedYear!.value).toBe(2026);
  });
});

describe('going down: the same rule on the reciprocal', () => {
  // Shipping centre ranking: top 18 (at most 18) by the end of 2027.
  const rank = goal({ targetValue: 18, comparator: 'at_most', measure: 'level' });

  it('30th at end 2019 to 24th at end 2023: needs_acceleration', () => {
    const assessment = assessQuantity(input({ goal: rank, earliest: dated('r2019', '2019-12-31', 30), latest: dated('r2023', '2023-12-31', 24) }));
    expect(assessment.direction).toBe('down');
    expect(assessment.scale).toBe('reciprocal');
    // 1/30 → 1/24 over 4 years: (30 / 24)^(1/4) = 1.25^(1/4): √1.25 = 1.118034, √1.118034 = 1.057371 → 0.057371.
    expect(assessment.observedRate!.value).toBeCloseTo(0.057371, 6);
    // 1/24 → 1/18 over 4 years: (24 / 18)^(1/4) = 1.333333^(1/4): √ = 1.154701, √ = 1.074570 → 0.074570.
    expect(assessment.requiredRate!.value).toBeCloseTo(0.07457, 6);
    // 0.057371 / 0.074570 = 0.7694.
    expect(assessment.ratio!.value).toBeCloseTo(0.7694, 4);
    expect(assessment.status).toBe('needs_acceleration');
    // Four more years at the same pace divide the rank by 1.25 again: 24 / 1.25 = 19.2 at the deadline.
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(19.2, 9);
    // ln(24/18) / ln(1.057371) = 4 × 0.287682 / 0.223144 = 5.1569 years = 1883.56 days after 2023-12-31:
    // 2027-12-31 is +1461, 2028-12-31 is +1827, +56.56 more → 2029-02-25 → 2029.
    expect(assessment.projection.yearsToTarget).toBeCloseTo(5.1569, 4);
    expect(assessment.projection.reachedYear!.value).toBe(2029);
  });

  it('24th to 30th is deterioration', () => {
    const assessment = assessQuantity(input({ goal: rank, earliest: dated('r2019', '2019-12-31', 24), latest: dated('r2023', '2023-12-31', 30) }));
    // (24 / 30)^(1/4) − 1 = 0.8^(1/4) − 1: √0.8 = 0.894427, √ = 0.945742 → −0.054258.
    expect(assessment.observedRate!.value).toBeCloseTo(-0.054258, 6);
    expect(assessment.ratio!.value).toBeLessThan(0);
    expect(assessment.status).toBe('deterioration');
    expect(assessment.projection.reachedYearReason).toBe('not_growing');
  });

  it('"beyond 24th" bounds the answer the other way round', () => {
    const assessment = assessQuantity(
      input({ goal: rank, earliest: dated('r2019', '2019-12-31', 30), latest: dated('r2023', '2023-12-31', 24, { qualifier: 'more_than' }) }),
    );
    // The rank is 24 or worse: 1/rank is an upper bound, so the observed rate is an upper bound,
    // the required rate a lower bound (further from 18, more is needed), the ratio an upper bound ("or worse"),
    // the projected rank a lower bound (19.2 or worse), the year reached a lower bound (2029 or later).
    expect(assessment.observedRate!.bound).toBe('upper_bound');
    expect(assessment.requiredRate!.bound).toBe('lower_bound');
    expect(assessment.ratio!.bound).toBe('upper_bound');
    expect(assessment.statusBound).toBe('upper_bound');
    expect(assessment.projection.projectedValue!.bound).toBe('lower_bound');
    expect(assessment.projection.reachedYear!.bound).toBe('lower_bound');
  });

  it('a stated year-on-year fall is turned into the reciprocal\'s rise', () => {
    // An annual at-most target (energy use, at most 80 by 2026) with one figure, 100 in 2024, stated −20 %:
    // the reciprocal grows by 1 / 0.8 − 1 = 0.25.
    const use = year('y2024', 2024, 100, { yearOnYearPercent: -20 });
    const assessment = assessQuantity(input({ goal: goal({ targetValue: 80, comparator: 'at_most', deadline: '2026-12-31' }), earliest: use, latest: use }));
    expect(assessment.observedRate!.value).toBeCloseTo(0.25, 12);
    // Required: (100 / 80)^(1/2) − 1 = 1.118034 − 1 = 0.118034; 0.25 / 0.118034 = 2.1180 → on_track.
    expect(assessment.requiredRate!.value).toBeCloseTo(0.118034, 6);
    expect(assessment.ratio!.value).toBeCloseTo(2.118, 3);
    expect(assessment.status).toBe('on_track');
    // 2026: 100 × 0.8² = 64; 2025: 100 × 0.8 = 80 ≤ 80, reached in 2025.
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(64, 9);
    expect(assessment.projection.reachedYear!.value).toBe(2025);
  });
});

describe('cumulative targets use linear paces', () => {
  it('investment of more than 800 bn: 200 bn by end 2019, 600 bn by end 2023, is on_track', () => {
    const assessment = assessQuantity(
      input({
        goal: goal({ targetValue: 800e9, comparator: 'more_than', measure: 'cumulative' }),
        earliest: dated('c2019', '2019-12-31', 200e9),
        latest: dated('c2023', '2023-12-31', 600e9),
      }),
    );
    expect(assessment.method).toBe('linear_pace');
    // (600 − 200) bn / 4 years = 100 bn a year; (800 − 600) bn / 4 years = 50 bn a year needed; 100 / 50 = 2.
    expect(assessment.observedRate!.value).toBeCloseTo(100e9, 0);
    expect(assessment.requiredRate!.value).toBeCloseTo(50e9, 0);
    expect(assessment.ratio!.value).toBeCloseTo(2, 12);
    expect(assessment.status).toBe('on_track');
    // 600 + 100 × 4 = 1 000 bn at the deadline; 200 bn to go at 100 a year = 2 years = 730.5 days after 2023-12-31:
    // 2024-12-31 is +366, so +730.5 is 2025-12-30 noon → 2025.
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(1000e9, 0);
    expect(assessment.projection.yearsToTarget).toBeCloseTo(2, 12);
    expect(assessment.projection.reachedYear!.value).toBe(2025);
  });

  it('takes no stated year-on-year rate for a running total, and zero is a fine start', () => {
    const total = dated('c2023', '2023-12-31', 0, { yearOnYearPercent: 12 });
    const assessment = assessQuantity(input({ goal: goal({ targetValue: 800e9, measure: 'cumulative' }), earliest: total, latest: total }));
    expect(assessment.status).toBe('insufficient_data');
    expect(assessment.reason).toBe('level_without_baseline');
    // (800 bn − 0) / 4 years = 200 bn a year.
    expect(assessment.requiredRate!.value).toBeCloseTo(200e9, 0);
  });
});

describe('a value already at or past the target without being achieved', () => {
  it('"nearly 20" laboratories against "at least 20", still rising: on_track, with no ratio', () => {
    const assessment = assessQuantity(
      input({
        goal: goal({ targetValue: 20, measure: 'level' }),
        earliest: dated('l2019', '2019-12-31', 18),
        latest: dated('l2023', '2023-12-31', 20, { qualifier: 'less_than' }),
      }),
    );
    // (20 / 20)^(1/4) − 1 = 0: nothing more is needed on the point value, so no ratio.
    expect(assessment.requiredRate!.value).toBe(0);
    expect(assessment.ratio).toBeNull();
    expect(assessment.ratioReason).toBe('target_value_already_met');
    // (20/18)^(1/4) − 1 = 0.026690; over the 4 years to the deadline that is × 20/18 again: 20 × 1.111111 = 22.2222 ≥ 20.
    expect(assessment.observedRate!.value).toBeCloseTo(0.02669, 5);
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(22.2222, 4);
    expect(assessment.status).toBe('on_track');
    expect(assessment.explanation).toMatch(/already equals or passes/);
  });

  it('exactly 100 against "more than 100", falling from 125: deterioration', () => {
    const assessment = assessQuantity(
      input({
        goal: goal({ targetValue: 100, comparator: 'more_than', deadline: '2025-12-31' }),
        earliest: year('y2022', 2022, 125),
        latest: year('y2023', 2023, 100),
      }),
    );
    // 100 / 125 − 1 = −0.2 over one year; required (100/100)^(1/2) − 1 = 0; 2025: 100 × 0.8² = 64 < 100.
    expect(assessment.observedRate!.value).toBeCloseTo(-0.2, 12);
    expect(assessment.requiredRate!.value).toBe(0);
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(64, 9);
    expect(assessment.status).toBe('deterioration');
  });

  it('an estimate past the target: required rate below zero, the trend keeps it there', () => {
    const assessment = assessQuantity(
      input({
        goal: goal({ targetValue: 100 }),
        latest: year('y2023', 2023, 95),
        partYear: { id: 'h1-2024', yearOnYearPercent: 10, periodEnd: '2024-06-30' },
        estimate: { value: 104.5, year: 2024, method: 'yoy', from: 'h1-2024', bound: 'exact' },
      }),
    );
    // From the 2024 estimate 95 × 1.1 = 104.5: (100 / 104.5)^(1/3) − 1 = 0.956938^(1/3) − 1 = −0.014565.
    expect(assessment.requiredRate!.value).toBeCloseTo(-0.014565, 6);
    // 2027: 104.5 × 1.1³ = 104.5 × 1.331 = 139.0895 ≥ 100.
    expect(assessment.projection.projectedValue!.value).toBeCloseTo(139.0895, 9);
    expect(assessment.status).toBe('on_track');
    expect(assessment.statusBound).toBe('exact');
    expect(assessment.projection.reachedYear!.value).toBe(2024);
  });
});

describe('numbers that cannot be had', () => {
  it('a target of zero going down (zero coal boilers) has no reciprocal: non_positive_value', () => {
    const assessment = assessQuantity(
      input({ goal: goal({ targetValue: 0, comparator: 'at_most', measure: 'level' }), earliest: dated('b2019', '2019-12-31', 12), latest: dated('b2023', '2023-12-31', 6) }),
    );
    expect(assessment.status).toBe('insufficient_data');
    expect(assessment.reason).toBe('non_positive_value');
    expect(assessment.observedRate).toBeNull();
    expect(assessment.requiredRate).toBeNull();
    expectAllFinite(assessment);
  });

  it('a stated fall of 100 % leaves no compound rate', () => {
    const figure = year('y2024', 2024, 5, { yearOnYearPercent: -100 });
    const assessment = assessQuantity(input({ earliest: figure, latest: figure }));
    expect(assessment.reason).toBe('non_positive_value');
  });

  it('extreme values give nulls and a reason, never NaN or Infinity', () => {
    const assessment = assessQuantity(
      input({ goal: goal({ targetValue: 1.5e308, deadline: '2030-12-31' }), earliest: year('y2020', 2020, 5e-324), latest: year('y2022', 2022, 1e308) }),
    );
    // 1e308 / 5e-324 overflows to Infinity.
    expect(assessment.status).toBe('insufficient_data');
    expect(assessment.reason).toBe('not_computable');
    expect(assessment.observedRate).toBeNull();
    expectAllFinite(assessment);
  });

  it(`a reach later than ${REACH_HORIZON_YEAR} is not given`, () => {
    const figure = year('y2023', 2023, 100, { yearOnYearPercent: 0.1 });
    const assessment = assessQuantity(input({ goal: goal({ targetValue: 200 }), earliest: figure, latest: figure }));
    // ln 2 / ln 1.001 = 0.693147 / 0.0009995 = 693.49 years → 2717 > 2100.
    expect(assessment.projection.yearsToTarget).toBeCloseTo(693.49, 2);
    expect(assessment.projection.reachedYear).toBeNull();
    expect(assessment.projection.reachedYearReason).toBe('beyond_horizon');
  });
});

describe('statusOfRatio', () => {
  it('takes each threshold as the lower end of its band', () => {
    expect(THRESHOLDS).toEqual({ onTrack: 0.95, needsAcceleration: 0.6, limitedProgress: 0 });
    expect(statusOfRatio(0.95)).toBe('on_track');
    expect(statusOfRatio(0.9499)).toBe('needs_acceleration');
    expect(statusOfRatio(0.6)).toBe('needs_acceleration');
    expect(statusOfRatio(0.5999)).toBe('limited_progress');
    expect(statusOfRatio(0)).toBe('limited_progress');
    expect(statusOfRatio(-0.0001)).toBe('deterioration');
  });
});

describe('bounds', () => {
  it('flip lower and upper, keep exact and approximate', () => {
    expect(flipBound('lower_bound')).toBe('upper_bound');
    expect(flipBound('upper_bound')).toBe('lower_bound');
    expect(flipBound('exact')).toBe('exact');
    expect(flipBound('approximate')).toBe('approximate');
  });

  it('join: exact is neutral, equal bounds stay, lower with upper or anything approximate is approximate', () => {
    expect(joinBounds()).toBe('exact');
    expect(joinBounds('exact', 'exact')).toBe('exact');
    expect(joinBounds('exact', 'lower_bound')).toBe('lower_bound');
    expect(joinBounds('lower_bound', 'lower_bound', 'exact')).toBe('lower_bound');
    expect(joinBounds('lower_bound', 'upper_bound')).toBe('approximate');
    expect(joinBounds('upper_bound', 'approximate')).toBe('approximate');
  });

  it('read a value\'s bound from its qualifier', () => {
    expect(valueBound('exact')).toBe('exact');
    expect(valueBound('about')).toBe('approximate');
    expect(valueBound('more_than')).toBe('lower_bound');
    expect(valueBound('at_least')).toBe('lower_bound');
    expect(valueBound('less_than')).toBe('upper_bound');
  });

  it('two floors feeding one rate conflict: approximate', () => {
    const assessment = assessQuantity(
      input({
        goal: goal({ targetValue: 200 }),
        earliest: year('y2020', 2020, 100, { qualifier: 'more_than' }),
        latest: year('y2022', 2022, 121, { qualifier: 'more_than' }),
      }),
    );
    // The later floor pushes the rate up, the earlier one down: no side can be promised.
    // (121 / 100)^(1/2) − 1 = 0.1 all the same.
    expect(assessment.observedRate).toMatchObject({ bound: 'approximate' });
    expect(assessment.observedRate!.value).toBeCloseTo(0.1, 12);
    expect(assessment.statusBound).toBe('approximate');
  });
});

describe('milestones and actions', () => {
  const report = (state: 'not_started' | 'under_way' | 'completed') => ({ id: `r-${state}`, state, date: '2024-12-23' });

  it('a milestone is its latest state, or no_report', () => {
    expect(assessMilestone(report('completed'))).toMatchObject({ kind: 'milestone', status: 'completed', basis: { id: 'r-completed' } });
    expect(assessMilestone(report('under_way')).status).toBe('under_way');
    expect(assessMilestone(report('not_started')).status).toBe('not_started');
    expect(assessMilestone(null)).toEqual({ kind: 'milestone', status: 'no_report', basis: null, explanation: 'No report on its state.' });
  });

  it('an action with no completion point is its latest state only, never judged', () => {
    const action = assessAction(report('under_way'));
    expect(action).toMatchObject({ kind: 'action', status: 'under_way', basis: { id: 'r-under_way', date: '2024-12-23' } });
    expect(action.explanation).toMatch(/not judged on or off track/);
    expect(assessAction(null).status).toBe('no_report');
  });
});
