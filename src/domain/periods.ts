import type { PeriodKind } from './vocabulary.js';

/** Periods are inclusive ranges of ISO calendar dates (YYYY-MM-DD). */
export interface Period {
  start: string;
  end: string;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const monthOf = (date: string) => Number(date.slice(5, 7));

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isCalendarDate(text: string): boolean {
  // Years before 1000 are refused: Date.UTC reads 0000–0099 as 1900–1999.
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(text)) return false;
  const day = Number(text.slice(8, 10));
  const month = monthOf(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(yearOf(text), month);
}

export function isWholeCalendarYear(period: Period): boolean {
  const year = yearOf(period.start);
  return period.start === `${year}-01-01` && period.end === `${year}-12-31`;
}

/** January 1st to a day before December 31st of the same year: 1—10月, 前三季度. */
export function isYearToDate(period: Period): boolean {
  const year = yearOf(period.start);
  return period.start === `${year}-01-01` && yearOf(period.end) === year && period.end < `${year}-12-31`;
}

export function calendarYearOf(period: Period): number {
  return yearOf(period.start);
}

/**
 * How many months of its year a year-to-date period covers: whole months when
 * it ends on a month's last day, otherwise the share of the year's days.
 */
export function monthsCovered(period: Period): number {
  const year = yearOf(period.end);
  const month = monthOf(period.end);
  const day = Number(period.end.slice(8, 10));
  if (day === daysInMonth(year, month)) return month;
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  return (12 * dayOfYear) / daysInYear;
}

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How precisely a date is known: `2024` (year), `2024-05` (month) or `2024-05-12` (day). */
export const precisionOf = (date: string): DatePrecision => DATE_PRECISIONS[date.split('-').length - 1];

/** The last day a date known to a year or a month can stand for: `2024` → 2024-12-31, `2024-02` → 2024-02-29. */
export function lastDayOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  if (month === undefined) return `${year}-12-31`;
  if (date.length === 7) return `${date}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  return date;
}

/** What a period is, which decides what a figure over it can be compared with. */
export function periodKindOf(period: Period): PeriodKind {
  if (isWholeCalendarYear(period)) return 'calendar_year';
  if (period.start === period.end) return 'day';
  if (isYearToDate(period)) return 'year_to_date';
  return 'other';
}

/** The calendar day after a date: the instant at which that date is over. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
