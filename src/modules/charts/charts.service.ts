import type { Repos } from '../../db/store.js';
import { requirePlan } from '../plans/plans.service.js';
import type { PlanProgress } from '../progress/progress.schemas.js';
import { planProgress, progressOf } from '../progress/progress.service.js';
import type { TargetRef } from '../targets/targets.schemas.js';
import { requireTarget } from '../targets/targets.service.js';
import { describePlan, describeTarget } from './describe.js';
import { milestoneChart } from './milestone-chart.js';
import { planChart } from './plan-chart.js';
import { quantityChart } from './quantity-chart.js';
import { noDataChart } from './svg.js';

/** A chart draws a target's newest figures, at most this many, so that its cost does not grow with the history. */
export const CHART_FIGURE_LIMIT = 500;

/** A target's figures over time, as an SVG document; now, or as of the end of a day. */
export async function targetChart(repos: Repos, ref: TargetRef, asOf: string | null): Promise<string> {
  const target = await requireTarget(repos, ref);
  const progress = await progressOf(repos, target, asOf);
  const figures = await repos.observations.figuresOf(asOf).newestFigures(target.planId, target.id, CHART_FIGURE_LIMIT);
  const desc = describeTarget(progress, figures, CHART_FIGURE_LIMIT);
  if (!figures.length) {
    return noDataChart(progress.name.zh, progress.name.en, asOf ? `截至 ${asOf} 尚无报道数据 · no figure reported as of ${asOf}` : '尚无报道数据 · no figure reported yet', desc);
  }
  return progress.kind === 'quantity' ? quantityChart(progress, figures, desc) : milestoneChart(progress, figures, desc);
}

/** A plan's quantity targets as bars and its milestones as counts, as an SVG document; now, or as of the end of a day. */
export async function planChartOf(repos: Repos, planId: string, asOf: string | null): Promise<string> {
  const plan = await requirePlan(repos, planId);
  const progress = (await planProgress(repos, planId, { asOf, view: 'tree' })) as Extract<PlanProgress, { view: 'tree' }>;
  return planChart(plan, progress, describePlan(progress));
}
