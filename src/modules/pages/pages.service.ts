import type { Repos } from '../../db/store.js';
import { CHART_FIGURE_LIMIT } from '../charts/charts.service.js';
import type { StatedFigure } from '../observations/observations.repo.js';
import type { Plan } from '../plans/plans.schemas.js';
import { requirePlan } from '../plans/plans.service.js';
import type { PlanProgress, TargetProgress } from '../progress/progress.schemas.js';
import { planProgress, progressOf } from '../progress/progress.service.js';
import type { Source } from '../sources/sources.schemas.js';
import type { Target } from '../targets/targets.schemas.js';
import { requireTarget } from '../targets/targets.service.js';

/** The page lists at most this many plans; a deployment with more is served by the API's paged list. */
export const PLANS_LISTED = 100;

export type HomeView =
  | { kind: 'plans'; plans: Plan[]; asOf: string | null }
  | { kind: 'plan'; plan: Plan; progress: Extract<PlanProgress, { view: 'tree' }> };

/** The home page: the plan asked for, or the only one there is, or the list to choose from. */
export async function homeView(repos: Repos, planId: string | undefined, asOf: string | null): Promise<HomeView> {
  const plans = planId ? [await requirePlan(repos, planId)] : await repos.plans.list({ limit: PLANS_LISTED });
  if (plans.length !== 1) return { kind: 'plans', plans, asOf };
  const progress = (await planProgress(repos, plans[0].id, { asOf, view: 'tree' })) as Extract<PlanProgress, { view: 'tree' }>;
  return { kind: 'plan', plan: plans[0], progress };
}

export interface TargetView {
  plan: Plan;
  target: Target;
  progress: TargetProgress;
  /** Newest first, at most CHART_FIGURE_LIMIT: the figures the chart draws. */
  figures: StatedFigure[];
  sources: Map<string, Source>;
  figureLimit: number;
}

/** A target with its progress, assessment, and each figure with its source; now, or as of the end of a day. */
export async function targetView(repos: Repos, planId: string, targetId: string, asOf: string | null): Promise<TargetView> {
  const plan = await requirePlan(repos, planId);
  const target = await requireTarget(repos, { planId, targetId });
  const progress = await progressOf(repos, target, asOf);
  const figures = await repos.observations.figuresOf(asOf).newestFigures(planId, targetId, CHART_FIGURE_LIMIT);
  const sources = new Map<string, Source>();
  for (const id of new Set(figures.map((figure) => figure.sourceId))) {
    const source = await repos.sources.find(id);
    if (source) sources.set(id, source);
  }
  return { plan, target, progress, figures, sources, figureLimit: CHART_FIGURE_LIMIT };
}
