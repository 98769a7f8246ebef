import { describe, expect, it } from 'vitest';
import {
  actionProgress,
  effectiveTolerance,
  milestoneProgress,
  percentBound,
  quantityProgress,
  type Figure,
  type QuantityGoal,
} from '../../src/domain/progress.js';

const goal = (overrides: Partial<QuantityGoal>): QuantityGoal => ({
  targetValue: 100,
  comparator: 'at_least',
  measure: 'level',
  tolerancePercent: 2,
  baseline: null,
  ...overrides,
});

let sequence = 0;
const figure = (value: number, start: string, end: string, overrides: Partial<Figure> = {}): Figure => ({
  id: `f${++sequence}`,
  value,
  period: { start, end },
  qualifier: 'exact',
  yearOnYearPercent: null,
  ...overrides,
});

/** A target's progress when its only figure is `basis` (the newest comparable one is also the newest). */
const from = (basis: Figure) => ({ basis, latest: basis, previousYear: null });

describe('annual targets: throughput of 27 million TEU', () => {
  const throughput = goal({ targetValue: 27_000_000, measure: 'annual' });
  const fullYear2023 = figure(22_000_000, '2023-01-01', '2023-12-31', { qualifier: 'more_than' });

  it('measures from the calendar year and estimates from a newer part year by its year-on-year rate, bounded like the year it grows', () => {
    const janToOct = figure(20_241_900, '2024-01-01', '2024-10-31', { yearOnYearPercent: 4 });
    const progress = quantityProgress(throughput, { basis: fullYear2023, latest: janToOct, previousYear: fullYear2023 });
    expect(progress.basis).toBe(fullYear2023.id);
    // 22 000 000 / 27 000 000 = 81.48 %, a lower bound ("more than"); 5 000 000 TEU to go at most.
    expect(progress.percentComplete).toBeCloseTo(81.4815, 4);
    expect(progress.percentCompleteBound).toBe('lower_bound');
    expect(progress.gapToTarget).toBe(5_000_000);
    expect(progress.status).toBe('not_achieved');
    // 22 000 000 × 1.04 = 22 880 000 for 2024: 84.74 %, 4 120 000 to go; more than 22 M grown is more than 22.88 M.
    expect(progress.estimate).toMatchObject({ method: 'yoy', from: janToOct.id, year: 2024, bound: 'lower_bound' });
    expect(progress.estimate!.value).toBeCloseTo(22_880_000, 6);
    expect(progress.estimate!.percentComplete).toBeCloseTo(84.7407, 4);
    expect(progress.estimate!.gapToTarget).toBeCloseTo(4_120_000, 6);
  });

  it('scales a part-year figure to twelve months when no previous year is known, bounded like the part year', () => {
    const janToOct = figure(20_241_900, '2024-01-01', '2024-10-31', { yearOnYearPercent: 4 });
    const progress = quantityProgress(throughput, { basis: null, latest: janToOct, previousYear: null });
    // 20 241 900 × 12 / 10 = 24 290 280: 89.964 %, 2 709 720 to go.
    expect(progress.estimate).toMatchObject({ method: 'pro_rata', bound: 'exact' });
    expect(progress.estimate!.value).toBeCloseTo(24_290_280, 6);
    expect(progress.estimate!.percentComplete).toBeCloseTo(89.964, 6);
    expect(progress.estimate!.gapToTarget).toBeCloseTo(2_709_720, 6);
    // Figures exist, but none covers a calendar year: no basis, and no number pretends to be one.
    expect(progress.status).toBe('no_comparable_data');
    expect(progress.percentComplete).toBeNull();
    expect(progress.gapToTarget).toBeNull();
  });

  it('gives no estimate from a part year no newer than the basis', () => {
    const janToMar = figure(5_000_000, '2023-01-01', '2023-03-31');
    expect(quantityProgress(throughput, { basis: fullYear2023, latest: janToMar, previousYear: null }).estimate).toBeNull();
  });
});

describe('level, cumulative and ratio targets use the latest figure', () => {
  it('level: 420 of 510 km, with a baseline', () => {
    const km = goal({ targetValue: 510, baseline: { value: 300, date: '2022-12-31' } });
    const progress = quantityProgress(km, from(figure(420, '2024-06-30', '2024-06-30')));
    // 420 / 510 = 82.35 %; 90 km to go; (420 − 300) / (510 − 300) = 57.14 % of the way from the baseline.
    expect(progress.percentComplete).toBeCloseTo(82.3529, 4);
    expect(progress.gapToTarget).toBe(90);
    expect(progress.progressFromBaseline).toBeCloseTo(57.1429, 4);
  });

  it('cumulative, more than: reaching the figure itself is not exceeding it, unless the figure is itself a floor', () => {
    const investment = goal({ targetValue: 800e9, comparator: 'more_than', measure: 'cumulative' });
    const halfway = quantityProgress(investment, from(figure(500e9, '2023-01-01', '2024-12-31')));
    // 500 / 800 = 62.5 %; 300 bn to go.
    expect(halfway.percentComplete).toBe(62.5);
    expect(halfway.gapToTarget).toBe(300e9);
    expect(quantityProgress(investment, from(figure(800e9, '2024-12-31', '2024-12-31'))).status).toBe('not_achieved');
    expect(quantityProgress(investment, from(figure(800e9, '2024-12-31', '2024-12-31', { qualifier: 'more_than' }))).status).toBe('achieved');
  });

  it('ratio, about 3.7 % with 2 % tolerance: 3.63 is close enough, 3.62 is not', () => {
    // 3.7 × 0.98 = 3.626: 3.63 is above it, 3.62 below.
    const intensity = goal({ targetValue: 3.7, comparator: 'about', measure: 'ratio' });
    const close = quantityProgress(intensity, from(figure(3.63, '2024-01-01', '2024-12-31')));
    expect(close.status).toBe('achieved');
    expect(close.percentComplete).toBeCloseTo(98.1081, 4);
    expect(quantityProgress(intensity, from(figure(3.62, '2024-01-01', '2024-12-31'))).status).toBe('not_achieved');
    expect(quantityProgress(intensity, from(figure(4.1, '2024-01-01', '2024-12-31'))).status).toBe('achieved');
  });
});

describe('the tolerance of "about"', () => {
  it('is the one a target states, else the service default (the plan states none), else none', () => {
    expect(effectiveTolerance('about', 5)).toEqual({ percent: 5, source: 'target' });
    expect(effectiveTolerance('about', null)).toEqual({ percent: 2, source: 'service_default' });
    expect(effectiveTolerance('at_least', null)).toBeNull();
  });
});

describe('ranks go down: top 18', () => {
  const rank = goal({ targetValue: 18, comparator: 'at_most' });

  it('20th is 90 % of the way, two places to go', () => {
    // 18 / 20 = 90 %.
    const progress = quantityProgress(rank, from(figure(20, '2024-12-31', '2024-12-31')));
    expect(progress.direction).toBe('down');
    expect(progress.percentComplete).toBe(90);
    expect(progress.gapToTarget).toBe(2);
    expect(progress.status).toBe('not_achieved');
  });

  it('17th is achieved, one place ahead, and not capped at 100 %', () => {
    // 18 / 17 = 105.88 %.
    const progress = quantityProgress(rank, from(figure(17, '2024-12-31', '2024-12-31')));
    expect(progress.status).toBe('achieved');
    expect(progress.percentComplete).toBeCloseTo(105.8824, 4);
    expect(progress.gapToTarget).toBe(-1);
  });
});

describe('qualifiers decide borderline cases', () => {
  it('"nearly 20" does not reach "at least 20", "beyond 18th" does not reach "top 18"', () => {
    const labs = goal({ targetValue: 20 });
    expect(quantityProgress(labs, from(figure(20, '2024-12-31', '2024-12-31', { qualifier: 'less_than' }))).status).toBe('not_achieved');
    expect(quantityProgress(labs, from(figure(20, '2024-12-31', '2024-12-31', { qualifier: 'at_least' }))).status).toBe('achieved');
    const rank = goal({ targetValue: 18, comparator: 'at_most' });
    expect(quantityProgress(rank, from(figure(18, '2024-12-31', '2024-12-31', { qualifier: 'more_than' }))).status).toBe('not_achieved');
    expect(quantityProgress(rank, from(figure(18, '2024-12-31', '2024-12-31'))).status).toBe('achieved');
  });

  it('answers null rather than an overflow for extreme inputs', () => {
    const tiny = goal({ targetValue: 5e-324 });
    expect(quantityProgress(tiny, from(figure(1e308, '2024-12-31', '2024-12-31'))).percentComplete).toBeNull();
  });
});

describe('without figures', () => {
  it('says no_data, with nulls and never zeros', () => {
    expect(quantityProgress(goal({}), { basis: null, latest: null, previousYear: null })).toMatchObject({
      status: 'no_data',
      basis: null,
      percentComplete: null,
      gapToTarget: null,
      estimate: null,
    });
  });
});

describe('percentBound', () => {
  it('turns the qualifier into a bound on the percentage, depending on the direction', () => {
    expect(percentBound('exact', 'up')).toBe('exact');
    expect(percentBound('about', 'down')).toBe('approximate');
    expect(percentBound('more_than', 'up')).toBe('lower_bound');
    expect(percentBound('at_least', 'up')).toBe('lower_bound');
    expect(percentBound('less_than', 'up')).toBe('upper_bound');
    expect(percentBound('more_than', 'down')).toBe('upper_bound');
    expect(percentBound('less_than', 'down')).toBe('lower_bound');
  });
});

describe('milestones and actions', () => {
  it('a milestone is achieved once its latest state is completed', () => {
    expect(milestoneProgress({ id: 'b', state: 'completed' })).toEqual({ status: 'achieved', state: 'completed', basis: 'b' });
    expect(milestoneProgress({ id: 'a', state: 'under_way' })).toMatchObject({ status: 'not_achieved' });
    expect(milestoneProgress(null)).toEqual({ status: 'no_data', state: null, basis: null });
  });

  it('an action reports its latest state and is never judged', () => {
    expect(actionProgress({ id: 'a', state: 'completed' })).toEqual({ status: 'not_assessed', state: 'completed', basis: 'a' });
    expect(actionProgress(null)).toEqual({ status: 'no_data', state: null, basis: null });
  });
});
