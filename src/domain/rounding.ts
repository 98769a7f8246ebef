/**
 * How derived numbers are rounded in answers (figures as reported are never rounded):
 * - percentages to 2 decimal places (81.48);
 * - rates and ratios, which are fractions, to 6 decimal places (0.056743);
 * - quantities in a target's unit (gaps, estimates, projections) to 12 significant digits, which
 *   keeps every digit a figure can have and drops binary floating-point noise (0.1999999999999993 → 0.2).
 * Nothing inside src/domain rounds: the maths works on exact doubles, and only answers are rounded.
 */

const to = (digits: number) => (value: number) => Number(value.toFixed(digits));

export const roundPercent = to(2);
export const roundRate = to(6);
export const roundQuantity = (value: number) => (value === 0 ? 0 : Number(value.toPrecision(12)));

/** A nullable number, rounded by `round`. */
export const maybe = (round: (value: number) => number) => (value: number | null) => (value === null ? null : round(value));
