/**
 * The geometry of the charts: scales, ticks, the year axis, bar lengths, the projection's curve and
 * how wide a label is. Pure numbers; the SVG is written elsewhere (src/modules/charts/).
 */

/** A linear map of [d0, d1] onto [r0, r1]; a domain of no width maps everything to the range's middle. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const factor = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * factor;
}

/** The smallest step of 1, 2 or 5 × 10^k that covers `span` in at most `maxTicks` intervals. */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0)) return 1;
  const raw = span / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  // raw / power lies in [1, 10); floating point may put it a hair below 1 or at 10.
  for (const multiple of [1, 2, 5, 10]) if (multiple * power >= raw * (1 - 1e-12)) return multiple * power;
  return 10 * power;
}

/** Ticks from 0 up to the first multiple of a nice step at or above `max` (0 to 1 when there is nothing to show). */
export function ticksFromZero(max: number, maxTicks = 5): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 0.5, 1] };
  const step = niceStep(max, maxTicks);
  const count = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: ticks[ticks.length - 1], ticks };
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Where the end of a day (YYYY-MM-DD) lies on a time axis counted in years: the year plus the share
 * of it gone by then. The end of 31 December is the start of the next year, so a calendar-year
 * figure sits on the boundary after its year.
 */
export function yearPosition(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const dayOfYear = DAYS_BEFORE_MONTH[month - 1] + day + (month > 2 && isLeapYear(year) ? 1 : 0);
  return year + dayOfYear / (isLeapYear(year) ? 366 : 365);
}

/** The whole years a time axis spans: from the start of the earliest position's year to the end of the latest's. */
export function yearRange(positions: readonly number[]): { from: number; to: number; years: number[] } {
  const from = Math.floor(Math.min(...positions));
  // A position exactly on a year boundary ends the year before it.
  const to = Math.max(from + 1, Math.ceil(Math.max(...positions)));
  return { from, to, years: Array.from({ length: to - from }, (_, i) => from + i) };
}

/** A bar's length for a percentage on an axis from 0 to `maxPercent`, clamped to the axis. */
export function barLength(percent: number, maxPercent: number, width: number): number {
  if (!(maxPercent > 0)) return 0;
  return (Math.min(Math.max(percent, 0), maxPercent) / maxPercent) * width;
}

export interface TimedValue {
  /** A year position (see yearPosition). */
  at: number;
  value: number;
}

/**
 * Points along a projection from `from` to `to`: a compound rate grows geometrically (so the curve
 * between the two is value₀ · (value₁ / value₀)^share, whatever the direction), a linear pace in a
 * straight line. `steps` intervals, so `steps + 1` points.
 */
export function projectionCurve(from: TimedValue, to: TimedValue, growth: 'compound' | 'linear', steps = 12): TimedValue[] {
  const geometric = growth === 'compound' && from.value > 0 && to.value > 0;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const share = i / steps;
    const value = geometric ? from.value * (to.value / from.value) ** share : from.value + (to.value - from.value) * share;
    return { at: from.at + (to.at - from.at) * share, value };
  });
}

/**
 * A number as a Chinese reader writes it: 亿 (10^8) and 万 (10^4), at most two decimals, no trailing
 * zeros: 22 000 000 is 2200万, 20 241 900 is 2024.19万, 1.5 × 10^9 is 15亿.
 */
export function formatQuantity(value: number): string {
  const magnitude = Math.abs(value);
  const [divisor, suffix] = magnitude >= 1e8 ? [1e8, '亿'] : magnitude >= 1e4 ? [1e4, '万'] : [1, ''];
  const scaled = Math.round((value / divisor) * 100) / 100;
  return `${scaled}${suffix}`;
}

/** Whether a character is set a full em wide: CJK ideographs, kana, hangul and full-width forms. */
const isWide = (codePoint: number) =>
  (codePoint >= 0x2e80 && codePoint <= 0xa4cf) || (codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0xf900 && codePoint <= 0xfaff) || (codePoint >= 0xff00 && codePoint <= 0xff60);

/**
 * How wide a text will be set, roughly, without its font: a wide character one em, anything else
 * 0.56 em (a sans-serif's average). Enough to keep labels inside their column.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += isWide(character.codePointAt(0)!) ? 1 : 0.56;
  return ems * fontSize;
}

/** The text cut to fit `width` (by textWidth), ending in … when cut. */
export function fitText(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const characters = [...text];
  while (characters.length && textWidth(`${characters.join('')}…`, fontSize) > width) characters.pop();
  return `${characters.join('')}…`;
}

/** A label's position moved off another's when the two would be nearer than `gap`, to the side it already lies on. */
export function clearOf(position: number, other: number, gap: number): number {
  if (Math.abs(position - other) >= gap) return position;
  return position >= other ? other + gap : other - gap;
}

/** A state reported at a time, for the milestone timeline. */
export interface StateReport<S extends string> {
  at: number;
  state: S;
}

/**
 * A milestone's reports as spans of the timeline: each state from its report until the next report;
 * the last one, not confirmed by any later report, from its report until `end` (`reported: false`).
 */
export function stateSpans<S extends string>(reports: readonly StateReport<S>[], end: number): { from: number; to: number; state: S; reported: boolean }[] {
  const sorted = [...reports].sort((a, b) => a.at - b.at);
  return sorted.map((report, i) => {
    const next = sorted[i + 1];
    return next ? { from: report.at, to: next.at, state: report.state, reported: true } : { from: report.at, to: Math.max(end, report.at), state: report.state, reported: false };
  });
}
