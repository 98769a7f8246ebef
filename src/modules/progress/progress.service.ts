import type { Repos } from '../../db/store.js';
import {
  assessAction,
  assessMilestone,
  assessQuantity,
  type Bounded,
  type ComparableFigure,
  type LatestState,
  type QuantityAssessment,
} from '../../domain/assessment.js';
import { maybe, roundPercent, roundQuantity, roundRate } from '../../domain/rounding.js';
import { calendarYearOf, periodKindOf } from '../../domain/periods.js';
import { actionProgress, milestoneProgress, quantityProgress, STATUSES, type Figure } from '../../domain/progress.js';
import type { Observation } from '../observations/observations.schemas.js';
import { itemTree } from '../plans/plans.repo.js';
import type { ItemNode } from '../plans/plans.schemas.js';
import { requirePlan } from '../plans/plans.service.js';
import type { Target, TargetRef } from '../targets/targets.schemas.js';
import { requireTarget } from '../targets/targets.service.js';
import {
  ASSESSMENT_COUNT_KEYS,
  type AssessmentCountKey,
  type PlanProgress,
  type ProgressGroup,
  type TargetProgress,
} from './progress.schemas.js';

const asFigure = (observation: Observation | undefined): Figure | null =>
  observation ? { ...observation, value: observation.value!, qualifier: observation.qualifier ?? 'exact' } : null;

/** A figure as the assessment reads it: an annual target's by its calendar year, any other's by its date. */
function comparable(observation: Observation | undefined, annual: boolean): ComparableFigure | null {
  if (!observation) return null;
  const common = { id: observation.id, value: observation.value!, qualifier: observation.qualifier ?? 'exact', yearOnYearPercent: observation.yearOnYearPercent };
  return annual ? { ...common, year: calendarYearOf(observation.period) } : { ...common, date: observation.period.end };
}

const stateOf = (observation: Observation | undefined): LatestState | null =>
  observation ? { id: observation.id, state: observation.state!, date: observation.period.end } : null;

/**
 * A target's progress and assessment, now or as of the end of a day, from a handful of indexed probes
 * however long its history: the newest figure, the basis, the year before a part-year figure, the
 * oldest comparable figure (for the observed rate).
 */
export async function progressOf(repos: Repos, target: Target, asOf: string | null): Promise<TargetProgress> {
  const figures = repos.observations.figuresOf(asOf);
  const { planId, id } = target;
  const common = {
    asOf,
    targetId: id,
    planId,
    itemId: target.itemId,
    name: target.name,
    deadline: target.deadline,
    observationCount: figures.count ? await figures.count(planId, id) : await repos.targets.figureCount(planId, id),
  };
  const latest = await figures.newest(planId, id, null);
  if (target.kind === 'milestone') {
    const report = latest ? { id: latest.id, state: latest.state! } : null;
    const { status, state } = milestoneProgress(report);
    return { ...common, kind: 'milestone', doneWhen: target.doneWhen, status, state, basis: latest ?? null, assessment: assessMilestone(stateOf(latest)) };
  }
  if (target.kind === 'action') {
    const report = latest ? { id: latest.id, state: latest.state! } : null;
    const { status, state } = actionProgress(report);
    return { ...common, kind: 'action', activity: target.activity, status, state, basis: latest ?? null, assessment: assessAction(stateOf(latest)) };
  }
  const annual = target.measure === 'annual';
  const comparableKind = annual ? 'calendar_year' : null;
  const basis = annual ? await figures.newest(planId, id, 'calendar_year') : latest;
  const partYear = annual && latest && latest.id !== basis?.id && periodKindOf(latest.period) === 'year_to_date' ? latest : undefined;
  const previousYear = partYear ? await figures.ofCalendarYear(planId, id, calendarYearOf(partYear.period) - 1) : undefined;
  const earliest = await figures.oldest(planId, id, comparableKind);
  const goal = {
    targetValue: target.targetValue,
    comparator: target.comparator,
    measure: target.measure,
    tolerancePercent: target.tolerancePercent ?? 0,
    baseline: target.baseline,
  };
  const { basis: basisId, ...numbers } = quantityProgress(goal, {
    basis: asFigure(basis),
    latest: asFigure(latest),
    previousYear: asFigure(previousYear),
  });
  const assessment = assessQuantity({
    goal: { ...goal, deadline: target.deadline },
    achieved: numbers.status === 'achieved',
    asOf,
    earliest: comparable(earliest, annual),
    latest: comparable(basis, annual),
    partYear: partYear ? { id: partYear.id, yearOnYearPercent: partYear.yearOnYearPercent, periodEnd: partYear.period.end } : null,
    estimate: numbers.estimate && {
      value: numbers.estimate.value,
      method: numbers.estimate.method,
      from: numbers.estimate.from,
      year: numbers.estimate.year,
      bound: numbers.estimate.bound,
    },
  });
  return {
    ...common,
    kind: 'quantity',
    unit: target.unit,
    targetValue: target.targetValue,
    comparator: target.comparator,
    measure: target.measure,
    ...numbers,
    percentComplete: percent(numbers.percentComplete),
    gapToTarget: quantity(numbers.gapToTarget),
    progressFromBaseline: percent(numbers.progressFromBaseline),
    estimate: numbers.estimate && {
      ...numbers.estimate,
      value: roundQuantity(numbers.estimate.value),
      percentComplete: percent(numbers.estimate.percentComplete),
      gapToTarget: quantity(numbers.estimate.gapToTarget),
    },
    basis: basisId ? basis! : null,
    assessment: { kind: 'quantity', ...roundAssessment(assessment) },
  };
}

const percent = maybe(roundPercent);
const quantity = maybe(roundQuantity);
const rounded = (round: (value: number) => number) => (bounded: Bounded | null) => bounded && { ...bounded, value: round(bounded.value) };

/** The assessment's own numbers rounded as answers are (src/domain/rounding.ts); its inputs are figures, left as they are. */
function roundAssessment(assessment: QuantityAssessment): QuantityAssessment {
  return {
    ...assessment,
    observedRate: rounded(assessment.method === 'linear_pace' ? roundQuantity : roundRate)(assessment.observedRate),
    requiredRate: rounded(assessment.method === 'linear_pace' ? roundQuantity : roundRate)(assessment.requiredRate),
    ratio: rounded(roundRate)(assessment.ratio),
    projection: {
      ...assessment.projection,
      projectedValue: rounded(roundQuantity)(assessment.projection.projectedValue),
      yearsToTarget: maybe(roundPercent)(assessment.projection.yearsToTarget),
    },
  };
}

export async function targetProgress(repos: Repos, ref: TargetRef, asOf: string | null): Promise<TargetProgress> {
  return progressOf(repos, await requireTarget(repos, ref), asOf);
}

const zeroCounts = <K extends string>(keys: readonly K[]) => ({ ...Object.fromEntries(keys.map((key) => [key, 0])), total: 0 }) as Record<K | 'total', number>;

function countInto(counts: Record<AssessmentCountKey | 'total', number>, progress: TargetProgress) {
  counts[progress.assessment.status] += 1;
  counts.total += 1;
}

/** The plan's items as a tree, each with its own targets and the counts over everything under it. */
function groupsOf(nodes: ItemNode[], byItem: Map<string, TargetProgress[]>): ProgressGroup[] {
  return nodes.map((node) => {
    const children = groupsOf(node.children, byItem);
    const targets = byItem.get(node.id) ?? [];
    const counts = zeroCounts(ASSESSMENT_COUNT_KEYS);
    for (const progress of targets) countInto(counts, progress);
    for (const child of children) for (const key of [...ASSESSMENT_COUNT_KEYS, 'total'] as const) counts[key] += child.counts[key];
    return { itemId: node.id, number: node.number, title: node.title, counts, targets, children };
  });
}

/** Every target of a plan with its progress, grouped by the plan's own tree (or as one list), and counts. */
export async function planProgress(repos: Repos, planId: string, options: { asOf: string | null; view: 'tree' | 'flat' }): Promise<PlanProgress> {
  await requirePlan(repos, planId);
  const targets: TargetProgress[] = [];
  for (const target of await repos.targets.ofPlan(planId)) targets.push(await progressOf(repos, target, options.asOf));
  const counts = zeroCounts(STATUSES);
  const assessmentCounts = zeroCounts(ASSESSMENT_COUNT_KEYS);
  for (const progress of targets) {
    counts[progress.status] += 1;
    counts.total += 1;
    countInto(assessmentCounts, progress);
  }
  const common = { planId, asOf: options.asOf, counts, assessmentCounts };
  if (options.view === 'flat') return { ...common, view: 'flat', targets };
  const byItem = new Map<string, TargetProgress[]>();
  for (const progress of targets) byItem.set(progress.itemId, [...(byItem.get(progress.itemId) ?? []), progress]);
  return { ...common, view: 'tree', groups: groupsOf(itemTree(await repos.plans.items(planId)), byItem) };
}
