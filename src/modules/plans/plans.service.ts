import type { Repos } from '../../db/store.js';
import { Conflict, Invalid, NotFound } from '../../domain/errors.js';
import { parseInput } from '../validate.js';
import type { WriteContext } from '../write-context.js';
import { itemInputSchema, MAX_ITEMS_PER_PLAN, planInputSchema, type Item, type ItemInput, type Plan, type PlanInput } from './plans.schemas.js';

async function checkPlanReferences(repos: Repos, plan: PlanInput) {
  if (!(await repos.sources.find(plan.sourceId))) throw new Invalid([{ field: 'sourceId', message: `source "${plan.sourceId}" does not exist` }]);
}

export async function requirePlan(repos: Repos, planId: string): Promise<Plan> {
  const plan = await repos.plans.find(planId);
  if (!plan) throw new NotFound('plan', planId);
  return plan;
}

export async function createPlan(write: WriteContext, input: PlanInput): Promise<Plan> {
  if (await write.tx.plans.find(input.id)) throw new Conflict(`plan "${input.id}" already exists`, { kind: 'plan', id: input.id });
  await checkPlanReferences(write.tx, input);
  const plan = await write.tx.plans.insert(input);
  write.record({ action: 'create', entityType: 'plan', entityId: plan.id, planId: plan.id });
  return plan;
}

export async function patchPlan(write: WriteContext, planId: string, patch: Partial<PlanInput>): Promise<Plan> {
  const merged = parseInput(planInputSchema, { ...(await requirePlan(write.tx, planId)), ...patch, id: planId });
  await checkPlanReferences(write.tx, merged);
  const plan = await write.tx.plans.update(merged);
  write.record({ action: 'update', entityType: 'plan', entityId: plan.id, planId: plan.id });
  return plan;
}

async function checkItemReferences(repos: Repos, planId: string, item: ItemInput) {
  if (item.parentId === null) return;
  const items = new Map((await repos.plans.items(planId)).map((existing) => [existing.id, existing]));
  if (!items.has(item.parentId)) throw new Invalid([{ field: 'parentId', message: `plan "${planId}" has no item "${item.parentId}"` }]);
  for (let ancestor = items.get(item.parentId); ancestor; ancestor = items.get(ancestor.parentId ?? '')) {
    if (ancestor.id === item.id) {
      throw new Invalid([{ field: 'parentId', message: `"${item.parentId}" lies inside "${item.id}": items cannot form a cycle` }]);
    }
  }
}

export async function requireItem(repos: Repos, planId: string, itemId: string): Promise<Item> {
  const item = await repos.plans.findItem(planId, itemId);
  if (!item) throw new NotFound(`item of plan "${planId}"`, itemId);
  return item;
}

export async function createItem(write: WriteContext, planId: string, input: ItemInput): Promise<Item> {
  await requirePlan(write.tx, planId);
  if (await write.tx.plans.findItem(planId, input.id)) {
    throw new Conflict(`plan "${planId}" already has an item "${input.id}"`, { kind: 'item', id: input.id, planId });
  }
  if ((await write.tx.plans.items(planId)).length >= MAX_ITEMS_PER_PLAN) {
    throw new Conflict(`plan "${planId}" already has ${MAX_ITEMS_PER_PLAN} items, as many as a plan may hold`);
  }
  await checkItemReferences(write.tx, planId, input);
  const item = await write.tx.plans.insertItem(planId, input);
  write.record({ action: 'create', entityType: 'item', entityId: item.id, planId });
  return item;
}

export async function patchItem(write: WriteContext, planId: string, itemId: string, patch: Partial<ItemInput>): Promise<Item> {
  const merged = parseInput(itemInputSchema, { ...(await requireItem(write.tx, planId, itemId)), ...patch, id: itemId });
  await checkItemReferences(write.tx, planId, merged);
  const item = await write.tx.plans.updateItem(planId, merged);
  write.record({ action: 'update', entityType: 'item', entityId: item.id, planId });
  return item;
}

/** That an item belongs to a plan, for what is placed under it (a target, an indicator). */
export async function checkItemOfPlan(repos: Repos, planId: string, itemId: string, issues: { add(field: string, message: string): void }) {
  if (!(await repos.plans.find(planId))) issues.add('planId', `plan "${planId}" does not exist`);
  else if (!(await repos.plans.findItem(planId, itemId))) issues.add('itemId', `plan "${planId}" has no item "${itemId}"`);
}
