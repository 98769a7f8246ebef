import { describe, expect, it } from 'vitest';
import { shiftDecimal } from '../../src/domain/decimal.js';
import { resolveUnitWord, toBaseUnit } from '../../src/domain/units.js';

const units = [
  { code: 'TEU', aliases: ['标准箱', '標準箱', '标箱'] },
  { code: 'km', aliases: ['公里'] },
  { code: 'CNY', aliases: ['元'] },
  { code: 'USD', aliases: ['美元'] },
  { code: 'percent', aliases: ['%'] },
  { code: 'count', aliases: ['家', '条'] },
];

describe('shiftDecimal', () => {
  it('moves the decimal point instead of multiplying in binary', () => {
    expect(79039.9 * 1e8).not.toBe(7_903_990_000_000);
    expect(shiftDecimal(79039.9, 8)).toBe(7_903_990_000_000);
    expect(4.9 * 1e8).not.toBe(490_000_000);
    expect(shiftDecimal(4.9, 8)).toBe(490_000_000);
    expect(shiftDecimal(2024.19, 4)).toBe(20_241_900);
    expect(shiftDecimal('116.7', 4)).toBe(1_167_000);
    expect(shiftDecimal(10.4, 12)).toBe(10_400_000_000_000);
  });

  it('keeps signs, small values and exponents', () => {
    expect(shiftDecimal('-2.5', 0)).toBe(-2.5);
    expect(shiftDecimal('0.05', 4)).toBe(500);
    expect(shiftDecimal('3.7', -2)).toBe(0.037);
    expect(shiftDecimal(1e21, 4)).toBe(1e25);
  });

  it('refuses what is not a decimal number', () => {
    expect(() => shiftDecimal('2,024', 4)).toThrow(RangeError);
  });
});

describe('resolveUnitWord', () => {
  it('reads a scale word in either script before the unit', () => {
    expect(resolveUnitWord('万标准箱', units)).toEqual({ code: 'TEU', power: 4 });
    expect(resolveUnitWord('萬標準箱', units)).toEqual({ code: 'TEU', power: 4 });
    expect(resolveUnitWord('亿元', units)).toEqual({ code: 'CNY', power: 8 });
    expect(resolveUnitWord('万亿元', units)).toEqual({ code: 'CNY', power: 12 });
    expect(resolveUnitWord('亿美元', units)).toEqual({ code: 'USD', power: 8 });
  });

  it('prefers a whole alias to a scale prefix and accepts the base code', () => {
    expect(resolveUnitWord('公里', units)).toEqual({ code: 'km', power: 0 });
    expect(resolveUnitWord('TEU', units)).toEqual({ code: 'TEU', power: 0 });
    expect(resolveUnitWord('%', units)).toEqual({ code: 'percent', power: 0 });
  });

  it('knows nothing of unknown words or a bare scale', () => {
    expect(resolveUnitWord('吨', units)).toBeUndefined();
    expect(resolveUnitWord('万', units)).toBeUndefined();
  });
});

describe('toBaseUnit', () => {
  it('converts exactly into the base unit', () => {
    expect(toBaseUnit({ value: 2024.19, unit: '万标准箱' }, 'TEU', units)).toEqual({ ok: true, value: 20_241_900 });
    expect(toBaseUnit({ value: 8000, unit: '亿元' }, 'CNY', units)).toEqual({ ok: true, value: 800_000_000_000 });
  });

  it('never converts between yuan and dollars', () => {
    const result = toBaseUnit({ value: 70, unit: '亿美元' }, 'CNY', units);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/USD.*CNY/);
  });
});
