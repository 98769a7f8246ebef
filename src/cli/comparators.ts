import type { Schemas } from '../client/index.js';
import { formatNumber } from './table.js';

type Comparator = Extract<Schemas['Target'], { kind: 'quantity' }>['comparator'];

/** What a target's comparator asks of the figure, as a sign before its value: ≥ 27,000,000 TEU. */
export const COMPARATOR_SIGNS: Record<Comparator, string> = { at_least: '≥', more_than: '>', about: '≈', at_most: '≤' };

export const COMPARATOR_LEGEND = '≥ at least (达到, 以上), > more than (突破, 超过), ≈ about (左右), ≤ at most (ranks: 前18位)';

/** A quantity target as the plan sets it: sign, value and unit. */
export const targetText = (target: { comparator: Comparator; targetValue: number; unit: string }) =>
  `${COMPARATOR_SIGNS[target.comparator]} ${formatNumber(target.targetValue)} ${target.unit}`;
