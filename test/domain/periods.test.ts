import { describe, expect, it } from 'vitest';
import { isCalendarDate, isWholeCalendarYear, isWholeYear, isYearToDate, monthsCovered } from '../../src/domain/periods.js';

describe('periods', () => {
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
  });

  it('tells a whole year, a calendar year and a year to date apart', () => {
    const year2023 = { start: '2023-01-01', end: '2023-12-31' };
    const sinceMay = { start: '2023-05-12', end: '2024-05-11' };
    const janToOct = { start: '2024-01-01', end: '2024-10-31' };
    expect([isWholeYear(year2023), isWholeCalendarYear(year2023), isYearToDate(year2023)]).toEqual([true, true, false]);
    expect([isWholeYear(sinceMay), isWholeCalendarYear(sinceMay), isYearToDate(sinceMay)]).toEqual([true, false, false]);
    expect([isWholeYear(janToOct), isWholeCalendarYear(janToOct), isYearToDate(janToOct)]).toEqual([false, false, true]);
    expect(isWholeYear({ start: '2023-05-12', end: '2024-05-12' })).toBe(false);
  });

  it('counts the months a year-to-date period covers', () => {
    expect(monthsCovered({ start: '2024-01-01', end: '2024-10-31' })).toBe(10);
    expect(monthsCovered({ start: '2024-01-01', end: '2024-09-30' })).toBe(9);
    // 15 June 2024 is day 167 of a 366-day year: 12 × 167 / 366.
    expect(monthsCovered({ start: '2024-01-01', end: '2024-06-15' })).toBeCloseTo(5.4754, 4);
  });
});
