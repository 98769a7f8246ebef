import type { Db } from '../../db/client.js';
import { milestoneProgress, quantityProgress, STATUSES, type Figure } from '../../domain/progress.js';
import { listTargetFigures, type ObservationWithSourceDate } from '../observations/observations.repo.js';
import { requirePlan } from '../plans/plans.service.js';
import { listPlanTargets } from '../targets/targets.repo.js';
import type { Target } from '../targets/targets.schemas.js';
import { requireTarget } from '../targets/targets.service.js';
import type { PlanProgress, TargetProgress } from './progress.schemas.js';

function withoutSourceDate({ sourcePublishedOn: _date, ...observation }: ObservationWithSourceDate) {
  return observation;
}

export function progressOf(target: Target, observations: ObservationWithSourceDate[]): TargetProgress {
  const common = {
    targetId: target.id,
    itemId: target.itemId,
    name: target.name,
    deadline: target.deadline,
    observationCount: observations.length,
  };
  const byId = new Map(observations.map((observation) => [observation.id, observation]));
  const basisOf = (id: string | null) => (id ? withoutSourceDate(byId.get(id)!) : null);

  if (target.kind === 'milestone') {
    const reports = observations.map((o) => ({ ...o, state: o.state! }));
    const { status, state, basis } = milestoneProgress(reports);
    return { ...common, kind: 'milestone', doneWhen: target.doneWhen, status, state, basis: basisOf(basis) };
  }
  const figures: Figure[] = observations.map((o) => ({ ...o, value: o.value!, qualifier: o.qualifier ?? 'exact' }));
  const { basis, ...numbers } = quantityProgress(
    {
      targetValue: target.targetValue,
      comparator: target.comparator,
      measure: target.measure,
      tolerancePercent: target.tolerancePercent ?? 0,
      baseline: target.baseline,
    },
    figures,
  );
  return {
    ...common,
    kind: 'quantity',
    unit: target.unit,
    targetValue: target.targetValue,
    comparator: target.comparator,
    measure: target.measure,
    ...numbers,
    basis: basisOf(basis),
  };
}

export function targetProgress(db: Db, targetId: string): TargetProgress {
  const target = requireTarget(db, targetId);
  return progressOf(target, listTargetFigures(db, [target.id]));
}

export function planProgress(db: Db, planId: string): PlanProgress {
  requirePlan(db, planId);
  const targets = listPlanTargets(db, planId);
  const figures = new Map<string, ObservationWithSourceDate[]>();
  for (const observation of listTargetFigures(db, targets.map((target) => target.id))) {
    figures.set(observation.targetId!, [...(figures.get(observation.targetId!) ?? []), observation]);
  }
  const progress = targets.map((target) => progressOf(target, figures.get(target.id) ?? []));
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as PlanProgress['counts'];
  for (const entry of progress) counts[entry.status] += 1;
  counts.total = progress.length;
  return { planId, counts, targets: progress };
}
