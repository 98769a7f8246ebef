import type { Repos } from '../../db/store.js';
import { Conflict, IssueList, NotFound } from '../../domain/errors.js';
import { checkItemOfPlan } from '../plans/plans.service.js';
import type { WriteContext } from '../write-context.js';
import type { Indicator, IndicatorInput, IndicatorRef } from './indicators.schemas.js';

export async function requireIndicator(repos: Repos, ref: IndicatorRef): Promise<Indicator> {
  const indicator = ref.planId
    ? await repos.indicators.find(ref.planId, ref.indicatorId)
    : await repos.indicators.findFirst(ref.indicatorId);
  if (!indicator) throw new NotFound(ref.planId ? `indicator of plan "${ref.planId}"` : 'indicator', ref.indicatorId);
  return indicator;
}

export async function createIndicator(write: WriteContext, input: IndicatorInput): Promise<Indicator> {
  if (await write.tx.indicators.find(input.planId, input.id)) {
    throw new Conflict(`plan "${input.planId}" already has an indicator "${input.id}"`, { kind: 'indicator', id: input.id, planId: input.planId });
  }
  const issues = new IssueList();
  await checkItemOfPlan(write.tx, input.planId, input.itemId, issues);
  if (!(await write.tx.units.find(input.unit))) issues.add('unit', `unknown unit "${input.unit}"; see GET /v1/units`);
  issues.throwIfAny();
  const indicator = await write.tx.indicators.insert(input);
  write.record({ action: 'create', entityType: 'indicator', entityId: indicator.id, planId: indicator.planId, indicatorId: indicator.id });
  return indicator;
}
