import { describe, expect, it } from 'vitest';
import {
  barLength,
  clearOf,
  fitText,
  formatQuantity,
  linearScale,
  niceStep,
  projectionCurve,
  stateSpans,
  textWidth,
  ticksFromZero,
  yearPosition,
  yearRange,
} from '../../src/domain/chart.js';

describe('scales and ticks', () => {
  it('maps a domain onto pixels, the y axis upside down', () => {
    // 0 → 300 px, 30 M → 50 px: 27 M is 300 − 27/30 × 250 = 75.
    const y = linearScale([0, 30_000_000], [300, 50]);
    expect(y(0)).toBe(300);
    expect(y(27_000_000)).toBe(75);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('picks steps of 1, 2 or 5 × 10^k', () => {
    // 29.7 M / 5 = 5.94 M → the next nice step is 10 M; 120 / 5 = 24 → 50; 27 / 5 = 5.4 → 10; 9 / 5 = 1.8 → 2.
    expect(niceStep(29_700_000, 5)).toBe(10_000_000);
    expect(niceStep(120, 5)).toBe(50);
    expect(niceStep(27, 5)).toBe(10);
    expect(niceStep(9, 5)).toBe(2);
    // Exactly a nice step: 100 / 5 = 20.
    expect(niceStep(100, 5)).toBe(20);
  });

  it('ticks from zero to the first step at or above the largest value', () => {
    // 29.7 M: step 10 M, ticks 0, 10, 20, 30 M.
    expect(ticksFromZero(29_700_000)).toEqual({ max: 30_000_000, ticks: [0, 10_000_000, 20_000_000, 30_000_000] });
    // 100 %: step 20, six ticks ending at 100 itself.
    expect(ticksFromZero(100)).toEqual({ max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    // 0.3: 0.3 / 5 = 0.06 → 0.1; 0, 0.1, 0.2, 0.3 without floating-point tails.
    expect(ticksFromZero(0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(ticksFromZero(0)).toEqual({ max: 1, ticks: [0, 0.5, 1] });
  });

  it('gives a bar its share of the axis, clamped to it', () => {
    // 81.48 % on an axis of 0–120 % 500 px wide: 81.48 / 120 × 500 = 339.5.
    expect(barLength(81.48, 120, 500)).toBeCloseTo(339.5, 10);
    expect(barLength(150, 120, 500)).toBe(500);
    expect(barLength(-3, 120, 500)).toBe(0);
  });
});

describe('the year axis', () => {
  it('places the end of a day as a share of its year', () => {
    // The end of 31 December is the start of the next year.
    expect(yearPosition('2023-12-31')).toBe(2024);
    // 2023-07-02 is day 181 + 2 = 183 of 365: 2023 + 183/365.
    expect(yearPosition('2023-07-02')).toBeCloseTo(2023 + 183 / 365, 12);
    // 2024 is a leap year: 31 October is day 305 (304 + 1 for 29 February) of 366.
    expect(yearPosition('2024-10-31')).toBeCloseTo(2024 + 305 / 366, 12);
  });

  it('spans whole years, a position on a boundary ending the year before it', () => {
    // From the end of 2023 (2024.0) to the end of 2027 (2028.0): the four years 2024 to 2027.
    expect(yearRange([2024, 2028])).toEqual({ from: 2024, to: 2028, years: [2024, 2025, 2026, 2027] });
    expect(yearRange([2023.5, 2028])).toEqual({ from: 2023, to: 2028, years: [2023, 2024, 2025, 2026, 2027] });
    expect(yearRange([2028, 2028]).years).toEqual([2028]);
  });
});

describe('the projection curve', () => {
  it('grows geometrically at a compound rate', () => {
    // 22.88 M at the end of 2024 growing 4 %/yr: 25.74 M three years on; halfway, 22.88 × (25.74/22.88)^0.5 = 22.88 × 1.04^1.5.
    const from = { at: 2025, value: 22_880_000 };
    const to = { at: 2028, value: 22_880_000 * 1.04 ** 3 };
    const curve = projectionCurve(from, to, 'compound', 2);
    expect(curve).toHaveLength(3);
    expect(curve[1].at).toBe(2026.5);
    expect(curve[1].value).toBeCloseTo(22_880_000 * 1.04 ** 1.5, 4);
    expect(curve[2]).toEqual(to);
  });

  it('goes straight at a linear pace', () => {
    // 100 to 160 over two intervals: 130 in the middle.
    expect(projectionCurve({ at: 2024, value: 100 }, { at: 2026, value: 160 }, 'linear', 2).map((point) => point.value)).toEqual([100, 130, 160]);
  });
});

describe('labels', () => {
  it('writes quantities in 万 and 亿', () => {
    expect(formatQuantity(22_000_000)).toBe('2200万');
    expect(formatQuantity(20_241_900)).toBe('2024.19万');
    // 25 736 888.32 / 10 000 = 2573.688832 → 2573.69.
    expect(formatQuantity(25_736_888.32)).toBe('2573.69万');
    expect(formatQuantity(1_500_000_000)).toBe('15亿');
    expect(formatQuantity(17)).toBe('17');
    expect(formatQuantity(2.345)).toBe('2.35');
  });

  it('measures a Chinese character as one em and a Latin one as 0.56 em', () => {
    // 天津港 at 10 px: 30; "TEU" at 10 px: 3 × 5.6 = 16.8.
    expect(textWidth('天津港', 10)).toBe(30);
    expect(textWidth('TEU', 10)).toBeCloseTo(16.8, 10);
  });

  it('moves a label off another that it would overlap, to the side it lies on', () => {
    // 150 and 153 are 3 apart, closer than 14: 153 goes to 150 + 14 = 164; 147 to 150 − 14 = 136; 180 stays.
    expect(clearOf(153, 150, 14)).toBe(164);
    expect(clearOf(147, 150, 14)).toBe(136);
    expect(clearOf(180, 150, 14)).toBe(180);
  });

  it('cuts a label to its column with an ellipsis', () => {
    // 10 px per character; 45 px holds three characters and the ellipsis (3 × 10 + 5.6 = 35.6; four would be 45.6).
    expect(fitText('天津港集装箱', 10, 45)).toBe('天津港…');
    expect(fitText('天津港', 10, 45)).toBe('天津港');
  });
});

describe('the milestone timeline', () => {
  it('holds each state until the next report, the last one until the end, unconfirmed', () => {
    const spans = stateSpans(
      [
        { at: 2024.9, state: 'completed' },
        { at: 2024.4, state: 'under_way' },
      ],
      2028,
    );
    expect(spans).toEqual([
      { from: 2024.4, to: 2024.9, state: 'under_way', reported: true },
      { from: 2024.9, to: 2028, state: 'completed', reported: false },
    ]);
  });
});
