const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Beyond these a number cannot be held as a double anyway, and writing it out would exhaust memory. */
const MAX_DIGITS = 40;
const MAX_EXPONENT = 300;

export function isDecimal(text: string): boolean {
  const match = DECIMAL.exec(text.trim());
  if (!match) return false;
  const [, , whole, fraction = '', exponent = '0'] = match;
  return whole.length + fraction.length <= MAX_DIGITS && Math.abs(Number(exponent)) <= MAX_EXPONENT;
}

/**
 * Multiplies a decimal number by 10^power by moving its decimal point in the
 * text, so that 2024.19 × 10^4 is 20241900 and not 20241899.999999996.
 */
export function shiftDecimal(value: string | number, power: number): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = isDecimal(text) ? DECIMAL.exec(text) : null;
  if (!match) throw new RangeError(`not a decimal number within ${MAX_DIGITS} digits and 10^±${MAX_EXPONENT}: ${text}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const pointAt = whole.length + power + Number(exponent);
  let shifted: string;
  if (pointAt <= 0) shifted = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) shifted = digits + '0'.repeat(pointAt - digits.length);
  else shifted = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return Number(`${sign}${shifted}`);
}
