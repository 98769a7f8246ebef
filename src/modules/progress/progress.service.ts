import type { Repos } from '../../db/store.js';
import { actionProgress, milestoneProgress, quantityProgress, STATUSES, type Figure } from '../../domain/progress.js';
import { calendarYearOf } from '../../domain/periods.js';
import type { Observation } from '../observations/observations.schemas.js';
import { requirePlan } from '../plans/plans.service.js';
import type { Target, TargetRef } from '../targets/targets.schemas.js';
import { requireTarget } from '../targets/targets.service.js';
import type { PlanProgress, TargetProgress } from './progress.schemas.js';

const asFigure = (observation: Observation | undefined): Figure | null =>
  observation ? { ...observation, value: observation.value!, qualifier: observation.qualifier ?? 'exact' } : null;

/**
 * A target's progress, from at most four indexed probes however long its history: the basis, the
 * newest figure, and (for a part-year newest figure) the year before it.
 */
export async function progressOf(repos: Repos, target: Target): Promise<TargetProgress> {
  const { observations } = repos;
  const common = {
    targetId: target.id,
    planId: target.planId,
    itemId: target.itemId,
    name: target.name,
    deadline: target.deadline,
    observationCount: await repos.targets.figureCount(target.planId, target.id),
  };
  const latest = await observations.newest(target.planId, target.id, null);
  if (target.kind !== 'quantity') {
    const report = latest ? { id: latest.id, state: latest.state! } : null;
    const { status, state } = target.kind === 'milestone' ? milestoneProgress(report) : actionProgress(report);
    const verb = target.kind === 'milestone' ? { kind: 'milestone' as const, doneWhen: target.doneWhen } : { kind: 'action' as const, activity: target.activity };
    return { ...common, ...verb, status, state, basis: latest ?? null };
  }
  const basis = target.measure === 'annual' ? await observations.newest(target.planId, target.id, 'calendar_year') : latest;
  const previousYear =
    latest?.period && latest.id !== basis?.id
      ? await observations.ofCalendarYear(target.planId, target.id, calendarYearOf(latest.period) - 1)
      : undefined;
  const { basis: basisId, ...numbers } = quantityProgress(
    {
      targetValue: target.targetValue,
      comparator: target.comparator,
      measure: target.measure,
      tolerancePercent: target.tolerancePercent ?? 0,
      baseline: target.baseline,
    },
    { basis: asFigure(basis), latest: asFigure(latest), previousYear: asFigure(previousYear) },
  );
  return {
    ...common,
    kind: 'quantity',
    unit: target.unit,
    targetValue: target.targetValue,
    comparator: target.comparator,
    measure: target.measure,
    ...numbers,
    basis: basisId ? basis! : null,
  };
}

export async function targetProgress(repos: Repos, ref: TargetRef): Promise<TargetProgress> {
  return progressOf(repos, await requireTarget(repos, ref));
}

export async function planProgress(repos: Repos, planId: string): Promise<PlanProgress> {
  await requirePlan(repos, planId);
  const targets = [];
  for (const target of await repos.targets.ofPlan(planId)) targets.push(await progressOf(repos, target));
  const counts = { ...Object.fromEntries(STATUSES.map((status) => [status, 0])), total: targets.length } as PlanProgress['counts'];
  for (const entry of targets) counts[entry.status] += 1;
  return { planId, counts, targets };
}
