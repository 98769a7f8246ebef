import { formatQuantity } from '../../domain/chart.js';
import { BOUND_SIGN, STATE_ORDER, STATUS_LOOK } from '../charts/labels.js';
import { percentText } from '../charts/plan-chart.js';
import { escapeMarkup, htmlElement, voidElement } from '../markup.js';
import type { Plan } from '../plans/plans.schemas.js';
import type { PlanProgress, ProgressGroup, TargetProgress } from '../progress/progress.schemas.js';
import { bilingual, page, statusBadge, withQuery } from './layout.js';
import { projectionReasonText } from './target-page.js';
import type { HomeView } from './pages.service.js';

type QuantityProgress = Extract<TargetProgress, { kind: 'quantity' }>;

export const targetPath = (planId: string, targetId: string) => `/plans/${encodeURIComponent(planId)}/targets/${encodeURIComponent(targetId)}`;

/** A quantity's progress bar: percent complete (or, without a comparable figure, the full-year estimate), in words too. */
function progressBar(progress: QuantityProgress): string {
  const estimate = progress.estimate?.percentComplete ?? null;
  const shown = progress.percentComplete ?? estimate;
  const words =
    progress.percentComplete !== null
      ? percentText(progress.percentComplete, progress.percentCompleteBound)
      : estimate !== null
        ? `估 est. ${percentText(estimate, progress.estimate!.bound)}`
        : '无数据 no data';
  const status = progress.assessment.status;
  return (
    htmlElement(
      'meter',
      { class: `${status}${progress.percentComplete === null ? ' estimate' : ''}`, min: 0, max: 100, value: shown ?? 0, 'aria-label': `${progress.name.zh} ${words}` },
      escapeMarkup(words),
    ) +
    ' ' +
    htmlElement('span', { class: 'percent' }, escapeMarkup(words))
  );
}

/** The value expected at the deadline and the year the target would be reached, or why not. */
function projectionText(progress: QuantityProgress): string {
  const { projection } = progress.assessment;
  const value = projection.projectedValue
    ? `${BOUND_SIGN[projection.projectedValue.bound]}${formatQuantity(projection.projectedValue.value)} ${progress.unit}`
    : `— (${projectionReasonText(projection.projectedValueReason)})`;
  const year = projection.reachedYear ? `${BOUND_SIGN[projection.reachedYear.bound]}${projection.reachedYear.value}` : `— (${projectionReasonText(projection.reachedYearReason)})`;
  return `${projection.deadlineYear}年预计 at deadline: ${value}; 达标年份 reached: ${year}`;
}

function targetRow(planId: string, progress: TargetProgress, asOf: string | null): string {
  const name = htmlElement('a', { href: withQuery(targetPath(planId, progress.targetId), { asOf }) }, bilingual(progress.name));
  if (progress.kind !== 'quantity') {
    return htmlElement('tr', { class: 'milestone' }, htmlElement('td', {}, name), htmlElement('td', {}, progress.kind === 'action' ? '行动 action' : '里程碑 milestone'), htmlElement('td', {}, statusBadge(progress.assessment.status)), htmlElement('td', {}, ''));
  }
  return htmlElement('tr', { class: 'quantity', 'data-target-id': progress.targetId },
    htmlElement('td', {}, name),
    htmlElement('td', {}, progressBar(progress)),
    htmlElement('td', {}, statusBadge(progress.assessment.status)),
    htmlElement('td', { class: 'projection' }, escapeMarkup(projectionText(progress))),
  );
}

function groupSection(planId: string, group: ProgressGroup, depth: number, asOf: string | null): string {
  const heading = htmlElement(depth === 0 ? 'h2' : depth === 1 ? 'h3' : 'h4', {}, `${escapeMarkup(group.number)} ${bilingual(group.title)}`);
  const table = group.targets.length
    ? htmlElement('table', {},
        htmlElement('thead', {}, htmlElement('tr', {}, ...['目标 Target', '进度 Progress', '评估 Assessment', '预测 Projection'].map((label) => htmlElement('th', {}, label)))),
        htmlElement('tbody', {}, ...group.targets.map((progress) => targetRow(planId, progress, asOf))),
      )
    : '';
  return htmlElement('section', { class: 'item', 'data-item-id': group.itemId }, heading, table, ...group.children.map((child) => groupSection(planId, child, depth + 1, asOf)));
}

function planContent(plan: Plan, progress: Extract<PlanProgress, { view: 'tree' }>): string[] {
  const { asOf } = progress;
  const counts = STATE_ORDER.map((state) => `${STATUS_LOOK[state].zh} ${STATUS_LOOK[state].en}: ${progress.assessmentCounts[state]}`).join(' · ');
  return [
    htmlElement('h1', {}, bilingual(plan.title)),
    htmlElement('p', { class: 'muted' }, escapeMarkup(`${plan.issuer.zh} ${plan.issuer.en} · ${plan.issuedOn ?? ''} · 期限 deadline ${plan.deadline} · ${asOf ? `截至 as of ${asOf}` : '截至今日 as now recorded'}`)),
    htmlElement('figure', {}, voidElement('img', { src: withQuery(`/v1/plans/${encodeURIComponent(plan.id)}/chart.svg`, { asOf }), alt: `${plan.title.zh}: 目标进度图 chart of the targets' progress`, width: 960 })),
    htmlElement('p', {}, escapeMarkup(`里程碑与行动 Milestones and actions: ${counts}`)),
    htmlElement('p', { class: 'muted' }, '“—”表示无法预测，括号内说明原因。 “—” means no projection can be made; the reason is given in brackets. ≥ / ≤: the figure behind it is a floor / ceiling (“more than”, “less than”).'),
    ...progress.groups.map((group) => groupSection(plan.id, group, 0, asOf)),
  ];
}

export function homePage(view: HomeView, asOf: string | null): string {
  if (view.kind === 'plan') {
    return page({ title: `${view.plan.title.zh} · ${view.plan.title.en}`, asOf, hidden: { plan: view.plan.id } }, ...planContent(view.plan, view.progress));
  }
  const items = view.plans.map((plan) => htmlElement('li', {}, htmlElement('a', { href: withQuery('/', { plan: plan.id, asOf }) }, bilingual(plan.title))));
  return page(
    { title: '规划目标 Policy targets', asOf },
    htmlElement('h1', {}, '规划 Plans'),
    view.plans.length ? htmlElement('ul', {}, ...items) : htmlElement('p', {}, '尚无规划 No plan yet.'),
  );
}
