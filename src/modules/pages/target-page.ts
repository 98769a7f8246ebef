import { formatQuantity } from '../../domain/chart.js';
import { BOUND_SIGN, COMPARATOR_SIGN, QUALIFIER_SIGN } from '../charts/labels.js';
import { escapeMarkup, htmlElement, voidElement } from '../markup.js';
import type { StatedFigure } from '../observations/observations.repo.js';
import type { QuantityAssessment } from '../../domain/assessment.js';
import { bilingual, page, statusBadge, withQuery } from './layout.js';
import type { TargetView } from './pages.service.js';

type ProjectionReason = QuantityAssessment['projection']['projectedValueReason'];

const PROJECTION_REASONS: Record<NonNullable<ProjectionReason>, string> = {
  no_rate: '无可观测增速 no observed rate to project with',
  not_growing: '未见增长 the trend is not growing',
  beyond_horizon: '超出2100年 beyond 2100',
  deadline_not_ahead: '期限已过 the deadline is not ahead',
  not_computable: '无法计算 not computable for these values',
};

/** Why a projection is null, in words. */
export const projectionReasonText = (reason: ProjectionReason) => (reason ? PROJECTION_REASONS[reason] : '');

const rate = (value: { value: number; bound: keyof typeof BOUND_SIGN } | null, linear: boolean, unit: string) =>
  value === null ? '—' : `${BOUND_SIGN[value.bound]}${linear ? `${formatQuantity(value.value)} ${unit}` : `${(value.value * 100).toFixed(2)} %`}/yr`;

const point = (from: { value: number; year: number; date: string | null; source: string; bound: keyof typeof BOUND_SIGN } | null | undefined, unit: string) =>
  from ? `${BOUND_SIGN[from.bound]}${formatQuantity(from.value)} ${unit} (${from.date ?? from.year}, ${from.source})` : '—';

/** What the observed rate was measured over: two values, or the stated year-on-year rate of a figure. */
function observedOver(observed: QuantityAssessment['inputs']['observed'], unit: string): string {
  if (!observed) return '';
  if (observed.stated) return `: stated 同比 ${observed.stated.yearOnYearPercent}% (${observed.stated.id})`;
  return `: from ${point(observed.from, unit)} to ${point(observed.to, unit)} over ${observed.spanYears} years`;
}

function assessmentList(view: TargetView): string {
  const { progress } = view;
  const rows: [string, string][] = [['评估 Status', statusBadge(progress.assessment.status)], ['说明 Explanation', escapeMarkup(progress.assessment.explanation)]];
  if (progress.kind === 'quantity') {
    const { assessment, unit } = progress;
    const linear = assessment.method === 'linear_pace';
    const { projection, inputs } = assessment;
    rows.push(
      ['目标 Target', escapeMarkup(`${COMPARATOR_SIGN[progress.comparator]}${formatQuantity(progress.targetValue)} ${unit} by ${progress.deadline} (${progress.measure})`)],
      ['完成 Percent complete', escapeMarkup(progress.percentComplete === null ? '— 无可比数据 no comparable figure' : `${BOUND_SIGN[progress.percentCompleteBound ?? 'exact']}${progress.percentComplete}%`)],
      ['全年估算 Estimate', escapeMarkup(progress.estimate ? `${BOUND_SIGN[progress.estimate.bound]}${formatQuantity(progress.estimate.value)} ${unit} for ${progress.estimate.year} (${progress.estimate.method}, from ${progress.estimate.from})` : '—')],
      ['方法 Method', escapeMarkup(assessment.method ?? '—')],
      ['观测增速 Observed rate', escapeMarkup(`${rate(assessment.observedRate, linear, unit)}${observedOver(inputs.observed, unit)}`)],
      ['所需增速 Required rate', escapeMarkup(`${rate(assessment.requiredRate, linear, unit)}; from ${point(inputs.required?.from, unit)} over ${inputs.required?.spanYears ?? '—'} years`)],
      ['比值 Ratio', escapeMarkup(`${assessment.ratio ? `${BOUND_SIGN[assessment.ratio.bound]}${assessment.ratio.value}` : '—'} (on track ≥ ${assessment.thresholds.onTrack}, needs acceleration ≥ ${assessment.thresholds.needsAcceleration}, limited ≥ ${assessment.thresholds.limitedProgress})`)],
      ['预测 Projection', escapeMarkup(`${projection.deadlineYear}: ${projection.projectedValue ? `${BOUND_SIGN[projection.projectedValue.bound]}${formatQuantity(projection.projectedValue.value)} ${unit}` : `null: ${projectionReasonText(projection.projectedValueReason)}`}`)],
      ['达标年份 Year reached', escapeMarkup(projection.reachedYear ? `${BOUND_SIGN[projection.reachedYear.bound]}${projection.reachedYear.value}` : `null: ${projectionReasonText(projection.reachedYearReason)}`)],
    );
  } else {
    rows.push(['完成标志 Done when', bilingual(progress.kind === 'milestone' ? progress.doneWhen : progress.activity)]);
  }
  return htmlElement('dl', {}, ...rows.map(([term, detail]) => htmlElement('dt', {}, term) + htmlElement('dd', {}, detail)));
}

function figureRow(figure: StatedFigure, view: TargetView): string {
  const source = view.sources.get(figure.sourceId);
  const said = figure.value !== null
    ? `${QUALIFIER_SIGN[figure.qualifier ?? 'exact']}${figure.reported ? `${figure.reported.printed}${figure.reported.unit}` : formatQuantity(figure.value)}${figure.yearOnYearPercent !== null ? `, 同比 ${figure.yearOnYearPercent}%` : ''}`
    : (figure.state ?? '');
  const title = source?.url ? htmlElement('a', { href: source.url, rel: 'noopener noreferrer' }, escapeMarkup(source.title)) : escapeMarkup(source?.title ?? figure.sourceId);
  return htmlElement('tr', { class: 'figure', 'data-id': figure.id },
    htmlElement('td', {}, escapeMarkup(`${figure.period.start} — ${figure.period.end}`)),
    htmlElement('td', {}, escapeMarkup(said)),
    htmlElement('td', {},
      title,
      htmlElement('div', { class: 'muted' }, escapeMarkup(`${source?.publisher ?? ''} · ${source?.publishedOn ?? ''}`)),
      htmlElement('blockquote', { lang: 'zh' }, escapeMarkup(figure.quote)),
    ),
  );
}

export function targetPage(view: TargetView, asOf: string | null): string {
  const { plan, target, progress, figures } = view;
  const chart = withQuery(`/v1/plans/${encodeURIComponent(plan.id)}/targets/${encodeURIComponent(target.id)}/chart.svg`, { asOf });
  const shown = figures.length < progress.observationCount ? ` (最新 newest ${figures.length} / ${progress.observationCount})` : '';
  return page(
    { title: `${target.name.zh} · ${target.name.en}`, asOf },
    htmlElement('p', {}, htmlElement('a', { href: withQuery('/', { plan: plan.id, asOf }) }, `← ${bilingual(plan.title)}`)),
    htmlElement('h1', {}, bilingual(target.name)),
    htmlElement('blockquote', { lang: 'zh' }, escapeMarkup(target.clause)),
    htmlElement('p', { class: 'muted' }, escapeMarkup(asOf ? `截至 as of ${asOf}` : '截至今日 as now recorded')),
    htmlElement('figure', {}, voidElement('img', { src: chart, alt: `${target.name.zh}: 图表 chart`, width: 800 })),
    htmlElement('h2', {}, '评估 Assessment'),
    assessmentList(view),
    htmlElement('h2', {}, escapeMarkup(`数据 Figures${shown}`)),
    figures.length
      ? htmlElement('table', {},
          htmlElement('thead', {}, htmlElement('tr', {}, ...['时期 Period', '数值 Figure', '来源 Source and quote'].map((label) => htmlElement('th', {}, label)))),
          htmlElement('tbody', {}, ...figures.map((figure) => figureRow(figure, view))),
        )
      : htmlElement('p', {}, '无数据 No figure reported.'),
  );
}

export function notFoundPage(detail: string): string {
  return page({ title: '未找到 Not found', asOf: null }, htmlElement('h1', {}, '未找到 Not found'), htmlElement('p', {}, escapeMarkup(detail)), htmlElement('p', {}, htmlElement('a', { href: '/' }, '首页 Home')));
}
