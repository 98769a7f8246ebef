import { ASSESSMENT_STATUSES } from '../../domain/assessment.js';
import { barLength, fitText, linearScale, ticksFromZero } from '../../domain/chart.js';
import { element, escapeMarkup } from '../markup.js';
import type { Plan } from '../plans/plans.schemas.js';
import type { AssessmentCountKey, PlanProgress, ProgressGroup, TargetProgress } from '../progress/progress.schemas.js';
import { BOUND_SIGN, STATE_ORDER, STATUS_LOOK } from './labels.js';
import { heading, legend, svgDocument } from './svg.js';

type QuantityProgress = Extract<TargetProgress, { kind: 'quantity' }>;
type TreeProgress = Extract<PlanProgress, { view: 'tree' }>;

const WIDTH = 960;
const LABEL = { left: 16, width: 370 };
const BARS = { left: 400, right: WIDTH - 120 };
const GROUP_ROW = 28;
const TARGET_ROW = 36;
const MUTED = '#59636e';

export interface PlanSection {
  group: ProgressGroup;
  /** The quantity targets anywhere under the part, in the tree's order, each with the number of the item it is on. */
  targets: { number: string; progress: QuantityProgress }[];
}

/** The plan's top-level parts, each with the quantity targets under it; parts without any are left out. */
export function sectionsOf(progress: TreeProgress): PlanSection[] {
  const collect = (group: ProgressGroup): PlanSection['targets'] => [
    ...group.targets.filter((target): target is QuantityProgress => target.kind === 'quantity').map((target) => ({ number: group.number, progress: target })),
    ...group.children.flatMap(collect),
  ];
  return progress.groups.map((group) => ({ group, targets: collect(group) })).filter((section) => section.targets.length > 0);
}

/** A percentage as the bars print it, with what its bound makes of it: ≥81.48%. */
export const percentText = (percent: number, bound: keyof typeof BOUND_SIGN | null) => `${BOUND_SIGN[bound ?? 'exact']}${percent}%`;

function targetRow(row: PlanSection['targets'][number], top: number, x: (percent: number) => number, maxPercent: number): string {
  const { progress } = row;
  const look = STATUS_LOOK[progress.assessment.status];
  const barTop = top + 8;
  const parts = [
    element('text', { x: LABEL.left + 12, y: top + 15, 'font-size': 13 }, escapeMarkup(fitText(`${row.number} ${progress.name.zh}`, 13, LABEL.width - 12))),
    element('text', { x: LABEL.left + 12, y: top + 29, 'font-size': 10, fill: MUTED }, escapeMarkup(fitText(progress.name.en, 10, LABEL.width - 12))),
  ];
  const estimate = progress.estimate?.percentComplete ?? null;
  if (estimate !== null) {
    parts.push(element('rect', { class: 'estimate-bar', x: BARS.left, y: barTop, width: barLength(estimate, maxPercent, BARS.right - BARS.left), height: 18, fill: look.colour, 'fill-opacity': 0.18, stroke: look.colour, 'stroke-dasharray': '4 2' }));
  }
  if (progress.percentComplete !== null) {
    parts.push(element('rect', { class: 'bar-value', x: BARS.left, y: barTop, width: barLength(progress.percentComplete, maxPercent, BARS.right - BARS.left), height: 18, fill: look.colour }));
  }
  const shown = progress.percentComplete !== null
    ? percentText(progress.percentComplete, progress.percentCompleteBound) + (estimate !== null ? `  估 est. ${percentText(estimate, progress.estimate!.bound)}` : '')
    : estimate !== null ? `估 est. ${percentText(estimate, progress.estimate!.bound)}` : '无数据 no data';
  const end = Math.max(progress.percentComplete ?? 0, estimate ?? 0);
  parts.push(element('text', { x: end > 0 ? x(Math.min(end, maxPercent)) + 6 : BARS.left + 4, y: barTop + 13, 'font-size': 11, fill: end > 0 ? '#1f2328' : MUTED }, escapeMarkup(shown)));
  return element('g', { class: 'bar', 'data-target-id': progress.targetId, 'data-status': progress.assessment.status }, ...parts);
}

/** The milestones' and actions' latest states as one strip of counts. */
function stateStrip(counts: Record<AssessmentCountKey | 'total', number>, top: number): string {
  const total = STATE_ORDER.reduce((sum, state) => sum + counts[state], 0);
  const width = BARS.right - LABEL.left;
  const x = linearScale([0, Math.max(total, 1)], [LABEL.left, LABEL.left + width]);
  let before = 0;
  const segments = STATE_ORDER.filter((state) => counts[state] > 0).map((state) => {
    const from = x(before);
    before += counts[state];
    const segmentWidth = x(before) - from;
    return element('g', { class: 'state-count', 'data-state': state, 'data-count': counts[state] },
      element('rect', { x: from, y: top + 26, width: segmentWidth, height: 22, fill: STATUS_LOOK[state].colour }),
      segmentWidth > 24 ? element('text', { x: from + segmentWidth / 2, y: top + 41, 'text-anchor': 'middle', fill: state === 'no_report' ? '#1f2328' : '#ffffff', 'font-weight': 'bold' }, String(counts[state])) : '',
    );
  });
  return element('g', { class: 'milestones' },
    element('text', { x: LABEL.left, y: top + 16, 'font-size': 14, 'font-weight': 'bold' }, escapeMarkup(`里程碑与行动 Milestones and actions: ${total}`)),
    ...segments,
    legend(STATE_ORDER.map((state) => ({ swatch: element('rect', { width: 16, height: 12, fill: STATUS_LOOK[state].colour }), label: `${STATUS_LOOK[state].zh} ${STATUS_LOOK[state].en} ${counts[state]}` })), LABEL.left, top + 58, WIDTH - 16),
  );
}

/** Every quantity target's percent complete as a bar coloured by its assessment, grouped by part of the plan, with a 100 % line. */
export function planChart(plan: Plan, progress: TreeProgress, desc: string): string {
  const sections = sectionsOf(progress);
  const rows = sections.flatMap((section) => section.targets);
  const percents = rows.flatMap(({ progress: target }) => [target.percentComplete ?? 0, target.estimate?.percentComplete ?? 0]);
  const axis = ticksFromZero(Math.max(100, ...percents));
  const x = linearScale([0, axis.max], [BARS.left, BARS.right]);
  const axisTop = 132;
  let top = axisTop + 12;
  const body: string[] = [];
  for (const section of sections) {
    body.push(element('text', { class: 'part', x: LABEL.left, y: top + 19, 'font-size': 14, 'font-weight': 'bold' }, escapeMarkup(fitText(`${section.group.number} ${section.group.title.zh} ${section.group.title.en}`, 14, WIDTH - 32))));
    top += GROUP_ROW;
    for (const row of section.targets) {
      body.push(targetRow(row, top, x, axis.max));
      top += TARGET_ROW;
    }
  }
  const gridBottom = top;
  const grid = axis.ticks.map((tick) =>
    element('g', { class: 'x-tick' },
      element('line', { x1: x(tick), x2: x(tick), y1: axisTop, y2: gridBottom, stroke: tick === 100 ? '#1a7f37' : '#eaeef2', 'stroke-width': tick === 100 ? 2 : 1, class: tick === 100 ? 'full-line' : null }),
      element('text', { x: x(tick), y: axisTop - 6, 'text-anchor': 'middle', fill: tick === 100 ? '#1a7f37' : MUTED }, `${tick}%`),
    ),
  );
  // deadline_reached only arises once a deadline year is under way: listed only then.
  const quantityStatuses = ASSESSMENT_STATUSES.filter((status) => status !== 'deadline_reached' || progress.assessmentCounts[status] > 0);
  const height = gridBottom + 110;
  return svgDocument(
    { width: WIDTH, height, title: `${plan.title.zh} ${plan.title.en}: 目标进度 progress of the targets`, desc },
    heading(plan.title.zh, plan.title.en, WIDTH - 32),
    element('text', { x: LABEL.left, y: 70, fill: MUTED, 'font-size': 11 }, escapeMarkup(`完成百分比，按评估着色 Percent complete, coloured by assessment${progress.asOf ? `; 截至 as of ${progress.asOf}` : ''}; 虚框为全年估算 dashed: full-year estimate`)),
    legend(quantityStatuses.map((status) => ({ swatch: element('rect', { width: 16, height: 12, fill: STATUS_LOOK[status].colour }), label: `${STATUS_LOOK[status].zh} ${STATUS_LOOK[status].en}` })), LABEL.left, 80, WIDTH - 16),
    ...grid,
    ...body,
    stateStrip(progress.assessmentCounts, gridBottom + 14),
  );
}
