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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = Number(text.slice(8, 10));
  const month = monthOf(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(yearOf(text), month);
}

/** Twelve consecutive months: a calendar year, or a year counted from any day ("一年来"). */
export function isWholeYear(period: Period): boolean {
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate() - 1));
  return end.toISOString().slice(0, 10) === period.end;
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
