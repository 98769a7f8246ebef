import type { Db } from '../../db/client.js';
import { toBaseUnit } from '../../domain/units.js';
import { conflict, invalid, notFound, type FieldError } from '../../http/problem.js';
import { parseOrThrow } from '../../http/validate.js';
import { findItem, findPlan } from '../plans/plans.repo.js';
import { listSeriesObservations } from '../observations/observations.repo.js';
import { listUnits } from '../units/units.repo.js';
import { findTarget, insertTarget, updateTarget, type TargetRecord } from './targets.repo.js';
import { targetInputSchema, type Target, type TargetInput, type TargetPatch } from './targets.schemas.js';

const DEFAULT_TOLERANCE_PERCENT = 2;

export function requireTarget(db: Db, targetId: string): Target {
  const target = findTarget(db, targetId);
  if (!target) throw notFound('target', targetId);
  return target;
}

/** Checks what the schema cannot see (the plan, item and unit exist; the printed value converts) and fills defaults. */
function resolveTarget(db: Db, input: TargetInput): TargetRecord {
  const errors: FieldError[] = [];
  const plan = findPlan(db, input.planId);
  if (!plan) errors.push({ field: 'body.planId', message: `plan "${input.planId}" does not exist` });
  const item = findItem(db, input.itemId);
  if (!item || item.planId !== input.planId) {
    errors.push({ field: 'body.itemId', message: `plan "${input.planId}" has no item "${input.itemId}"` });
  }
  const common = {
    id: input.id,
    planId: input.planId,
    itemId: input.itemId,
    name: input.name,
    clause: input.clause,
    note: input.note,
    deadline: input.deadline ?? plan?.deadline ?? '',
  };
  if (input.kind === 'milestone') {
    if (errors.length) throw invalid(errors);
    return { ...common, kind: 'milestone', doneWhen: input.doneWhen };
  }
  const units = listUnits(db);
  let targetValue = input.targetValue;
  if (!units.some((unit) => unit.code === input.unit)) {
    errors.push({ field: 'body.unit', message: `unknown unit "${input.unit}"; see GET /v1/units` });
  } else if (input.reported) {
    const converted = toBaseUnit(input.reported, input.unit, units);
    if (!converted.ok) errors.push({ field: `body.reported.${converted.field}`, message: converted.reason });
    else if (targetValue !== undefined && targetValue !== converted.value) {
      errors.push({
        field: 'body.targetValue',
        message: `${targetValue} does not match reported ${input.reported.value} ${input.reported.unit} (= ${converted.value})`,
      });
    } else targetValue = converted.value;
  }
  if (input.tolerancePercent !== undefined && input.comparator !== 'about') {
    errors.push({ field: 'body.tolerancePercent', message: 'only an `about` target has a tolerance' });
  }
  if (errors.length) throw invalid(errors);
  return {
    ...common,
    kind: 'quantity',
    unit: input.unit,
    targetValue: targetValue!,
    reported: input.reported ? { value: Number(input.reported.value), unit: input.reported.unit } : null,
    comparator: input.comparator,
    measure: input.measure,
    tolerancePercent: input.comparator === 'about' ? (input.tolerancePercent ?? DEFAULT_TOLERANCE_PERCENT) : null,
    baseline: input.baseline,
  };
}

export function createTarget(db: Db, input: TargetInput): Target {
  if (findTarget(db, input.id)) throw conflict(`target "${input.id}" already exists`);
  return insertTarget(db, resolveTarget(db, input));
}

const QUANTITY_ONLY = ['unit', 'targetValue', 'reported', 'comparator', 'measure', 'tolerancePercent', 'baseline'] as const;
const MILESTONE_ONLY = ['doneWhen'] as const;

export function patchTarget(db: Db, targetId: string, patch: TargetPatch): Target {
  const { createdAt: _createdAt, ...current } = requireTarget(db, targetId);
  const foreign = (current.kind === 'quantity' ? MILESTONE_ONLY : QUANTITY_ONLY).filter((key) => patch[key] !== undefined);
  if (foreign.length) {
    throw invalid(foreign.map((key) => ({ field: `body.${key}`, message: `a ${current.kind} target has no ${key}` })));
  }
  if (current.kind === 'quantity' && patch.unit !== undefined && patch.unit !== current.unit) {
    const figures = listSeriesObservations(db, { targetId, indicatorId: null }, { includeWithdrawn: true }).length;
    if (figures > 0) {
      throw invalid([
        { field: 'body.unit', message: `${figures} figure(s) are recorded in ${current.unit}; a target keeps its unit once it has figures` },
      ]);
    }
  }
  const merged: Record<string, unknown> = { ...current, ...patch };
  if (current.kind === 'quantity') {
    // A new printed value sets the base value and vice versa: neither may keep a stale partner.
    if (patch.reported && patch.targetValue === undefined) delete merged.targetValue;
    if (patch.targetValue !== undefined && !patch.reported) delete merged.reported;
    if (merged.reported === null) delete merged.reported;
    if (patch.comparator && patch.comparator !== 'about' && patch.tolerancePercent === undefined) delete merged.tolerancePercent;
    if (merged.tolerancePercent === null) delete merged.tolerancePercent;
  }
  const input = parseOrThrow(targetInputSchema, merged);
  return updateTarget(db, resolveTarget(db, input));
}
