import { isDecimal, shiftDecimal } from './decimal.js';

export interface UnitDefinition {
  code: string;
  aliases: readonly string[];
}

/** Chinese scale words, in both scripts, with the power of ten they stand for. Longest first. */
const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12],
  ['萬億', 12],
  ['千万', 7],
  ['千萬', 7],
  ['百万', 6],
  ['百萬', 6],
  ['亿', 8],
  ['億', 8],
  ['万', 4],
  ['萬', 4],
];

export interface ResolvedUnit {
  code: string;
  power: number;
}

function findUnit(word: string, units: readonly UnitDefinition[]): string | undefined {
  const folded = word.toLowerCase();
  return units.find(
    (unit) => unit.code.toLowerCase() === folded || unit.aliases.some((alias) => alias.toLowerCase() === folded),
  )?.code;
}

/**
 * Reads a unit word as a document prints it ("万标准箱", "亿美元", "公里", "%")
 * into a base unit and a power of ten. A whole-word alias wins over a scale
 * prefix, so that 公里 is a kilometre and not 公 × 里.
 */
export function resolveUnitWord(word: string, units: readonly UnitDefinition[]): ResolvedUnit | undefined {
  const trimmed = word.trim();
  const whole = findUnit(trimmed, units);
  if (whole) return { code: whole, power: 0 };
  for (const [scale, power] of SCALE_WORDS) {
    if (!trimmed.startsWith(scale)) continue;
    const rest = trimmed.slice(scale.length);
    const code = rest ? findUnit(rest, units) : undefined;
    if (code) return { code, power };
  }
  return undefined;
}

export type Conversion =
  | { ok: true; value: number }
  | { ok: false; field: 'unit' | 'value'; reason: string };

/** Converts a figure as reported into the target's base unit, exactly. */
export function toBaseUnit(
  reported: { value: string | number; unit: string },
  baseUnit: string,
  units: readonly UnitDefinition[],
): Conversion {
  const resolved = resolveUnitWord(reported.unit, units);
  if (!resolved) return { ok: false, field: 'unit', reason: `unknown unit "${reported.unit}"` };
  if (resolved.code !== baseUnit) {
    return { ok: false, field: 'unit', reason: `"${reported.unit}" is ${resolved.code}, which cannot be converted to ${baseUnit}` };
  }
  const value = isDecimal(String(reported.value)) ? shiftDecimal(reported.value, resolved.power) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, field: 'value', reason: `${reported.value} ${reported.unit} is not a number that can be held` };
  return { ok: true, value };
}
