import type { Db } from '../../db/client.js';
import { conflict, invalid, notFound } from '../../http/problem.js';
import { findSource } from '../sources/sources.repo.js';
import { findItem, findPlan, insertItem, insertPlan, listItems, updateItem, updatePlan } from './plans.repo.js';
import {
  itemInputSchema,
  planInputSchema,
  type Item,
  type ItemInput,
  type Plan,
  type PlanInput,
} from './plans.schemas.js';
import { parseOrThrow } from '../../http/validate.js';

function checkPlanReferences(db: Db, plan: PlanInput) {
  if (!findSource(db, plan.sourceId)) {
    throw invalid([{ field: 'body.sourceId', message: `source "${plan.sourceId}" does not exist` }]);
  }
}

export function requirePlan(db: Db, planId: string): Plan {
  const plan = findPlan(db, planId);
  if (!plan) throw notFound('plan', planId);
  return plan;
}

export function createPlan(db: Db, input: PlanInput): Plan {
  if (findPlan(db, input.id)) throw conflict(`plan "${input.id}" already exists`);
  checkPlanReferences(db, input);
  return insertPlan(db, input);
}

export function patchPlan(db: Db, planId: string, patch: Partial<PlanInput>): Plan {
  const merged = parseOrThrow(planInputSchema, { ...requirePlan(db, planId), ...patch, id: planId });
  checkPlanReferences(db, merged);
  return updatePlan(db, merged);
}

function checkItemReferences(db: Db, planId: string, item: ItemInput) {
  if (item.parentId === null) return;
  const siblings = new Map(listItems(db, planId).map((existing) => [existing.id, existing]));
  if (!siblings.has(item.parentId)) {
    throw invalid([{ field: 'body.parentId', message: `plan "${planId}" has no item "${item.parentId}"` }]);
  }
  for (let ancestor = siblings.get(item.parentId); ancestor; ancestor = siblings.get(ancestor.parentId ?? '')) {
    if (ancestor.id === item.id) {
      throw invalid([{ field: 'body.parentId', message: `"${item.parentId}" lies inside "${item.id}": items cannot form a cycle` }]);
    }
  }
}

export function requireItem(db: Db, planId: string, itemId: string): Item {
  const item = findItem(db, itemId);
  if (!item || item.planId !== planId) throw notFound(`item of plan "${planId}"`, itemId);
  return item;
}

export function createItem(db: Db, planId: string, input: ItemInput): Item {
  requirePlan(db, planId);
  if (findItem(db, input.id)) throw conflict(`item "${input.id}" already exists`);
  checkItemReferences(db, planId, input);
  return insertItem(db, planId, input);
}

export function patchItem(db: Db, planId: string, itemId: string, patch: Partial<ItemInput>): Item {
  const merged = parseOrThrow(itemInputSchema, { ...requireItem(db, planId, itemId), ...patch, id: itemId });
  checkItemReferences(db, planId, merged);
  return updateItem(db, planId, merged);
}
