import type { Bound } from '../../domain/progress.js';
import type { Comparator, MilestoneState, Qualifier } from '../../domain/vocabulary.js';
import type { AssessmentCountKey } from '../progress/progress.schemas.js';

/** Chinese first, English beside it: how the charts and the page name each assessment, and its colour. */
export const STATUS_LOOK: Readonly<Record<AssessmentCountKey, { zh: string; en: string; colour: string }>> = {
  achieved: { zh: '已达成', en: 'achieved', colour: '#1a7f37' },
  on_track: { zh: '进度正常', en: 'on track', colour: '#2da44e' },
  needs_acceleration: { zh: '需加快', en: 'needs acceleration', colour: '#bf8700' },
  limited_progress: { zh: '进展有限', en: 'limited progress', colour: '#e16f24' },
  deterioration: { zh: '倒退', en: 'deterioration', colour: '#cf222e' },
  deadline_reached: { zh: '到期未达成', en: 'deadline reached', colour: '#8250df' },
  insufficient_data: { zh: '数据不足', en: 'insufficient data', colour: '#8c959f' },
  completed: { zh: '已完成', en: 'completed', colour: '#1a7f37' },
  under_way: { zh: '推进中', en: 'under way', colour: '#0969da' },
  not_started: { zh: '未开工', en: 'not started', colour: '#bf8700' },
  no_report: { zh: '无报道', en: 'no report', colour: '#d0d7de' },
};

/** The order milestone states are counted and shown in. */
export const STATE_ORDER: readonly (MilestoneState | 'no_report')[] = ['completed', 'under_way', 'not_started', 'no_report'];

/** How a figure's qualifier is printed before its value: "more than 22 M" is >2200万. */
export const QUALIFIER_SIGN: Readonly<Record<Qualifier, string>> = { exact: '', about: '约', more_than: '>', at_least: '≥', less_than: '<' };

export const COMPARATOR_SIGN: Readonly<Record<Comparator, string>> = { at_least: '≥', more_than: '>', about: '≈', at_most: '≤' };

/** How a bounded number is printed: a lower bound is "this or more". */
export const BOUND_SIGN: Readonly<Record<Bound, string>> = { exact: '', lower_bound: '≥', upper_bound: '≤', approximate: '≈' };

/** The attribute value a chart marks a bound with (data-bound), for readers and tests. */
export const BOUND_NAME: Readonly<Record<Bound, string>> = { exact: 'exact', lower_bound: 'lower', upper_bound: 'upper', approximate: 'approximate' };

/** A font stack that finds the system's CJK fonts (no web fonts: the images load nothing). */
export const FONT_STACK = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";
