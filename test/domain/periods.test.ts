import { describe, expect, it } from 'vitest';
import { isCalendarDate, lastDayOf, monthsCovered, periodKindOf, precisionOf } from '../../src/domain/periods.js';

describe('periods', () => {
  it('knows real calendar dates, from the year 1000 on', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
    // Date.UTC would read the year 0024 as 1924.
    expect(isCalendarDate('0024-02-29')).toBe(false);
  });

  it('tells a calendar year, a year to date, a day and anything else apart: only a calendar year is an annual basis', () => {
    expect(periodKindOf({ start: '2023-01-01', end: '2023-12-31' })).toBe('calendar_year');
    expect(periodKindOf({ start: '2024-01-01', end: '2024-10-31' })).toBe('year_to_date');
    expect(periodKindOf({ start: '2024-12-23', end: '2024-12-23' })).toBe('day');
    // Twelve months from a day other than 1 January are not a calendar year: "by 2027, X a year" is not comparable.
    expect(periodKindOf({ start: '2023-05-12', end: '2024-05-11' })).toBe('other');
    expect(periodKindOf({ start: '2024-05-01', end: '2024-05-05' })).toBe('other');
  });

  it('reads a partial date as the last day it can stand for', () => {
    expect([precisionOf('2025'), lastDayOf('2025')]).toEqual(['year', '2025-12-31']);
    expect([precisionOf('2024-02'), lastDayOf('2024-02')]).toEqual(['month', '2024-02-29']);
    expect([precisionOf('2024-12-23'), lastDayOf('2024-12-23')]).toEqual(['day', '2024-12-23']);
  });

  it('counts the months a year-to-date period covers', () => {
    expect(monthsCovered({ start: '2024-01-01', end: '2024-10-31' })).toBe(10);
    expect(monthsCovered({ start: '2024-01-01', end: '2024-09-30' })).toBe(9);
    // 15 June 2024 is day 167 of a 366-day year: 12 × 167 / 366.
    expect(monthsCovered({ start: '2024-01-01', end: '2024-06-15' })).toBeCloseTo(5.4754, 4);
  });
});
