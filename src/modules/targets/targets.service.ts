import type { Repos } from '../../db/store.js';
import { Conflict, Invalid, IssueList, NotFound } from '../../domain/errors.js';
import { toBaseUnit } from '../../domain/units.js';
import { checkItemOfPlan } from '../plans/plans.service.js';
import { parseInput } from '../validate.js';
import type { WriteContext } from '../write-context.js';
import type { TargetRecord } from './targets.repo.js';
import { targetInputSchema, type Target, type TargetInput, type TargetPatch, type TargetRef } from './targets.schemas.js';

export async function requireTarget(repos: Repos, ref: TargetRef): Promise<Target> {
  const target = ref.planId ? await repos.targets.find(ref.planId, ref.targetId) : await repos.targets.findFirst(ref.targetId);
  if (!target) throw new NotFound(ref.planId ? `target of plan "${ref.planId}"` : 'target', ref.targetId);
  return target;
}

/** Checks what the schema cannot see (the plan, item and unit exist; the printed value converts) and fills defaults. */
async function resolveTarget(repos: Repos, input: TargetInput): Promise<TargetRecord> {
  const issues = new IssueList();
  await checkItemOfPlan(repos, input.planId, input.itemId, issues);
  const plan = await repos.plans.find(input.planId);
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
    issues.throwIfAny();
    return { ...common, kind: 'milestone', doneWhen: input.doneWhen };
  }
  if (input.kind === 'action') {
    issues.throwIfAny();
    return { ...common, kind: 'action', activity: input.activity };
  }
  const units = await repos.units.all();
  let targetValue = input.targetValue;
  if (!units.some((unit) => unit.code === input.unit)) {
    issues.add('unit', `unknown unit "${input.unit}"; see GET /v1/units`);
  } else if (input.reported) {
    const converted = toBaseUnit(input.reported, input.unit, units);
    if (!converted.ok) issues.add(`reported.${converted.field}`, converted.reason);
    else if (!(converted.value > 0)) issues.add('reported.value', 'a target is a positive amount, as targetValue must be');
    else if (targetValue !== undefined && targetValue !== converted.value) {
      issues.add('targetValue', `${targetValue} does not match reported ${input.reported.value} ${input.reported.unit} (= ${converted.value})`);
    } else targetValue = converted.value;
  }
  if (input.tolerancePercent !== undefined && input.comparator !== 'about') {
    issues.add('tolerancePercent', 'only an `about` target has a tolerance');
  }
  issues.throwIfAny();
  return {
    ...common,
    kind: 'quantity',
    unit: input.unit,
    targetValue: targetValue!,
    reported: input.reported ? { value: Number(input.reported.value), unit: input.reported.unit, printed: String(input.reported.value).trim() } : null,
    comparator: input.comparator,
    measure: input.measure,
    tolerancePercent: input.tolerancePercent ?? null,
    baseline: input.baseline,
  };
}

export async function createTarget(write: WriteContext, input: TargetInput): Promise<Target> {
  if (await write.tx.targets.find(input.planId, input.id)) {
    throw new Conflict(`plan "${input.planId}" already has a target "${input.id}"`, { kind: 'target', id: input.id, planId: input.planId });
  }
  const target = await write.tx.targets.insert(await resolveTarget(write.tx, input));
  write.record({ action: 'create', entityType: 'target', entityId: target.id, planId: target.planId, targetId: target.id });
  return target;
}

const ONLY_FOR: Record<Target['kind'], readonly (keyof TargetPatch)[]> = {
  quantity: ['unit', 'targetValue', 'reported', 'comparator', 'measure', 'tolerancePercent', 'baseline'],
  milestone: ['doneWhen'],
  action: ['activity'],
};

/** The fields of a stored target as a client would send them, so that it can be merged with a patch. */
function inputOf({ createdAt: _createdAt, ...target }: Target): Record<string, unknown> {
  if (target.kind !== 'quantity') return target;
  const { toleranceSource, tolerancePercent, reported, ...rest } = target;
  return {
    ...rest,
    ...(toleranceSource === 'target' ? { tolerancePercent } : {}),
    ...(reported ? { reported: { value: reported.printed, unit: reported.unit } } : {}),
  };
}

export async function patchTarget(write: WriteContext, ref: TargetRef, patch: TargetPatch): Promise<Target> {
  const current = await requireTarget(write.tx, ref);
  const foreign = (Object.keys(patch) as (keyof TargetPatch)[]).filter(
    (key) => patch[key] !== undefined && !ONLY_FOR[current.kind].includes(key) && Object.values(ONLY_FOR).flat().includes(key),
  );
  if (foreign.length) throw new Invalid(foreign.map((key) => ({ field: key, message: `a ${current.kind} target has no ${key}` })));
  if (current.kind === 'quantity' && patch.unit !== undefined && patch.unit !== current.unit) {
    if ((await write.tx.targets.figureCount(current.planId, current.id)) > 0) {
      throw new Invalid([{ field: 'unit', message: `target "${current.id}" already has figures in ${current.unit}; its unit cannot change` }]);
    }
  }
  const merged: Record<string, unknown> = { ...inputOf(current), ...patch };
  if (current.kind === 'quantity') {
    // A new printed value sets the base value and vice versa: neither may keep a stale partner.
    if (patch.reported && patch.targetValue === undefined) delete merged.targetValue;
    if (patch.targetValue !== undefined && !patch.reported) delete merged.reported;
    if (patch.comparator && patch.comparator !== 'about' && patch.tolerancePercent === undefined) delete merged.tolerancePercent;
    if (merged.tolerancePercent === null) delete merged.tolerancePercent;
  }
  const target = await write.tx.targets.update(await resolveTarget(write.tx, parseInput(targetInputSchema, merged)));
  write.record({ action: 'update', entityType: 'target', entityId: target.id, planId: target.planId, targetId: target.id });
  return target;
}
