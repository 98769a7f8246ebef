import { randomUUID } from 'node:crypto';
import type { Repos } from '../../db/store.js';
import { Conflict, IssueList, NotFound, PreconditionFailed, type Existing } from '../../domain/errors.js';
import { lastDayOf } from '../../domain/periods.js';
import { toBaseUnit, type UnitDefinition } from '../../domain/units.js';
import { requireIndicator } from '../indicators/indicators.service.js';
import type { IndicatorRef } from '../indicators/indicators.schemas.js';
import { requireTarget } from '../targets/targets.service.js';
import type { TargetRef } from '../targets/targets.schemas.js';
import { parseInput } from '../validate.js';
import type { WriteContext } from '../write-context.js';
import { seriesKeyOf, type FigureRecord, type SeriesKey } from './observations.repo.js';
import { observationInputSchema, type Observation, type ObservationInput, type ObservationPatch } from './observations.schemas.js';

/** What an observation measures: a quantity in a base unit, or the state of a milestone or an action. */
export type Series = SeriesKey & ({ kind: 'quantity'; unit: string } | { kind: 'milestone' | 'action'; unit: null });

export async function seriesOfTarget(repos: Repos, ref: TargetRef): Promise<Series> {
  const target = await requireTarget(repos, ref);
  const key = { planId: target.planId, targetId: target.id, indicatorId: null };
  return target.kind === 'quantity' ? { ...key, kind: 'quantity', unit: target.unit } : { ...key, kind: target.kind, unit: null };
}

export async function seriesOfIndicator(repos: Repos, ref: IndicatorRef): Promise<Series> {
  const indicator = await requireIndicator(repos, ref);
  return { planId: indicator.planId, targetId: null, indicatorId: indicator.id, kind: 'quantity', unit: indicator.unit };
}

function seriesOf(repos: Repos, observation: Pick<Observation, 'planId' | 'targetId' | 'indicatorId'>): Promise<Series> {
  return observation.targetId !== null
    ? seriesOfTarget(repos, { planId: observation.planId, targetId: observation.targetId })
    : seriesOfIndicator(repos, { planId: observation.planId, indicatorId: observation.indicatorId! });
}

export async function requireObservation(repos: Repos, observationId: string): Promise<Observation> {
  const observation = await repos.observations.find(observationId);
  if (!observation) throw new NotFound('observation', observationId);
  return observation;
}

interface KnownSource {
  id: string;
  publishedOn: string | null;
}

/** What checking many figures looks up once: the units, and each source cited (by its current id). */
export class Lookups {
  private unitList?: Promise<UnitDefinition[]>;
  private readonly sources = new Map<string, Promise<KnownSource | undefined>>();

  constructor(
    private readonly repos: Repos,
    /** Today, as a calendar date: no figure may cover time after it. */
    readonly today: string,
  ) {}

  units(): Promise<UnitDefinition[]> {
    return (this.unitList ??= this.repos.units.all());
  }

  /** The source a figure cites, found by its id or a former one. */
  source(id: string): Promise<KnownSource | undefined> {
    let found = this.sources.get(id);
    if (!found) {
      found = (async () => {
        const current = (await this.repos.sources.find(id)) ?? (await this.findRenamed(id));
        return current && { id: current.id, publishedOn: current.publishedOn };
      })();
      this.sources.set(id, found);
    }
    return found;
  }

  /** A source about to be created in the same write (an import's new sources). */
  expect(source: KnownSource) {
    this.sources.set(source.id, Promise.resolve(source));
  }

  private async findRenamed(id: string) {
    const renamed = await this.repos.sources.renamedTo(id);
    return renamed ? this.repos.sources.find(renamed) : undefined;
  }
}

const present = (input: ObservationInput, keys: readonly (keyof ObservationInput)[]) => keys.filter((key) => input[key] !== undefined);

/**
 * Checks a figure against what it measures and where it comes from, and converts its printed value
 * to the base unit. Field names in the Invalid it throws are the input's own (`reported.unit`).
 */
export async function prepareFigure(lookups: Lookups, series: Series, input: ObservationInput): Promise<FigureRecord> {
  const issues = new IssueList();
  const source = await lookups.source(input.sourceId);
  if (!source) issues.add('sourceId', `source "${input.sourceId}" does not exist; create it with POST /v1/sources`);
  else if (source.publishedOn && input.period.end > lastDayOf(source.publishedOn)) {
    issues.add('period.end', `${input.period.end} is after source "${source.id}" was published (${source.publishedOn}): a figure cannot cover time after its source`);
  }
  if (input.period.end > lookups.today) issues.add('period.end', `${input.period.end} is in the future (today is ${lookups.today})`);

  let value: number | null = null;
  if (series.kind !== 'quantity') {
    if (input.state === undefined) issues.add('state', `a ${series.kind} observation needs a state`);
    for (const key of present(input, ['value', 'reported', 'qualifier', 'yearOnYearPercent'])) {
      issues.add(key, `a ${series.kind} observation carries a state, not a figure`);
    }
  } else {
    if (input.state !== undefined) issues.add('state', 'only a milestone or an action has a state');
    if (input.reported) {
      const converted = toBaseUnit(input.reported, series.unit, await lookups.units());
      if (!converted.ok) issues.add(`reported.${converted.field}`, converted.reason);
      else if (input.value !== undefined && input.value !== converted.value) {
        issues.add('value', `${input.value} does not match reported ${input.reported.value} ${input.reported.unit} (= ${converted.value})`);
      } else value = converted.value;
    } else if (input.value !== undefined) value = input.value;
    else issues.add('reported', 'give the figure as reported ({value, unit}) or its value in the base unit');
  }
  issues.throwIfAny();
  return {
    id: input.id ?? `obs-${randomUUID()}`,
    planId: series.planId,
    targetId: series.targetId,
    indicatorId: series.indicatorId,
    unit: series.unit,
    value,
    reported: input.reported ? { text: String(input.reported.value).trim(), unit: input.reported.unit } : null,
    state: series.kind === 'quantity' ? null : input.state!,
    period: input.period,
    qualifier: series.kind === 'quantity' ? (input.qualifier ?? 'exact') : null,
    yearOnYearPercent: input.yearOnYearPercent ?? null,
    sourceId: source!.id,
    sourcePublishedOn: source!.publishedOn,
    sourceAvailableOn: source!.publishedOn ? lastDayOf(source!.publishedOn) : lookups.today,
    quote: input.quote,
    note: input.note ?? null,
  };
}

const existingOf = (observation: Observation): Existing => ({ kind: 'observation', id: observation.id, planId: observation.planId });

function identityTaken(twin: Observation, record: FigureRecord) {
  const withdrawn = twin.withdrawn ? ' (withdrawn)' : '';
  return new Conflict(
    `observation "${twin.id}"${withdrawn} already records this figure (same period ${record.period.start}..${record.period.end} and source "${record.sourceId}")`,
    existingOf(twin),
  );
}

/** Whether a stored figure already says what a record says. */
export function sameFigure(current: Observation, record: FigureRecord): boolean {
  const stored = [current.value, current.reported && [current.reported.printed, current.reported.unit], current.state, current.period.start, current.period.end, current.qualifier, current.yearOnYearPercent, current.sourceId, current.quote, current.note];
  const given = [record.value, record.reported && [record.reported.text, record.reported.unit], record.state, record.period.start, record.period.end, record.qualifier, record.yearOnYearPercent, record.sourceId, record.quote, record.note];
  return JSON.stringify(stored) === JSON.stringify(given);
}

/** What a save did with a figure; `kept` is a stored figure that differs from a seed record and was left as edited. */
export type SaveAction = 'created' | 'revised' | 'unchanged' | 'withdrawn' | 'kept';

/** What to do when a figure with the same identity is already stored. */
export type OnExisting = 'conflict' | 'revise' | 'keep';

function recordChange(write: WriteContext, action: 'create' | 'update' | 'withdraw', observation: Pick<Observation, 'id' | 'planId' | 'targetId' | 'indicatorId'>) {
  write.record({
    action,
    entityType: 'observation',
    entityId: observation.id,
    planId: observation.planId,
    targetId: observation.targetId,
    indicatorId: observation.indicatorId,
  });
}

const changedMeanwhile = (current: Observation) =>
  new Conflict(`observation "${current.id}" was changed by another request while this one ran (it is past version ${current.version}): read it again and retry`, existingOf(current));

async function revise(write: WriteContext, current: Observation, record: FigureRecord): Promise<Observation> {
  const revised = await write.tx.observations.revise(current, { ...record, id: current.id }, { by: write.actor, at: write.at });
  if (!revised) throw changedMeanwhile(current);
  recordChange(write, 'update', revised);
  return revised;
}

/**
 * Stores a prepared figure in the caller's transaction: a new one is created; one whose identity
 * (series, period, source) is stored already is refused, revised or kept, as `onExisting` says;
 * a withdrawn one stays withdrawn.
 */
export async function saveFigure(write: WriteContext, record: FigureRecord, onExisting: OnExisting): Promise<{ action: SaveAction; observation: Observation }> {
  const { tx } = write;
  if (record.targetId !== null) await tx.targets.lockForFigures([{ planId: record.planId, targetId: record.targetId }]);
  const twin = await tx.observations.findByIdentity(seriesKeyOf(record), record.period, record.sourceId);
  if (twin) {
    if (onExisting === 'conflict') throw identityTaken(twin, record);
    if (twin.withdrawn) return { action: 'withdrawn', observation: twin };
    if (sameFigure(twin, record)) return { action: 'unchanged', observation: twin };
    if (onExisting === 'keep') return { action: 'kept', observation: twin };
    return { action: 'revised', observation: await revise(write, twin, record) };
  }
  const created = await tx.observations.insert(record, { by: write.actor, at: write.at });
  if (!created) {
    // The id is taken, or another instance stored the same identity since we looked.
    const holder = (await tx.observations.find(record.id)) ?? (await tx.observations.findByIdentity(seriesKeyOf(record), record.period, record.sourceId));
    throw holder && holder.id !== record.id ? identityTaken(holder, record) : new Conflict(`observation "${record.id}" already exists`, { kind: 'observation', id: record.id, planId: record.planId });
  }
  if (created.targetId !== null) await tx.targets.addToFigureCount(created.planId, created.targetId, 1);
  recordChange(write, 'create', created);
  return { action: 'created', observation: created };
}

/**
 * Stores many prepared figures in the caller's transaction, as saveFigure does one with `revise`:
 * existing identities are found a batch at a time (one query per series), new figures written in
 * multi-row statements. The figures' identities and ids must be distinct from one another.
 */
export async function saveFigures(write: WriteContext, records: FigureRecord[]): Promise<{ action: SaveAction; observation: Pick<Observation, 'id'> }[]> {
  const { tx } = write;
  const bySeries = new Map<string, FigureRecord[]>();
  for (const record of records) {
    const key = JSON.stringify([record.planId, record.targetId, record.indicatorId]);
    const series = bySeries.get(key);
    if (series) series.push(record);
    else bySeries.set(key, [record]);
  }
  await tx.targets.lockForFigures(
    [...bySeries.values()].flatMap(([first]) => (first.targetId === null ? [] : [{ planId: first.planId, targetId: first.targetId }])),
  );
  const stored = new Map<string, Observation>();
  const identityOf = (figure: Pick<FigureRecord, 'planId' | 'targetId' | 'indicatorId' | 'period' | 'sourceId'>) =>
    JSON.stringify([figure.planId, figure.targetId, figure.indicatorId, figure.period.start, figure.period.end, figure.sourceId]);
  for (const group of bySeries.values()) {
    for (const twin of await tx.observations.findManyByIdentity(seriesKeyOf(group[0]), group)) stored.set(identityOf(twin), twin);
  }
  const taken = new Set((await tx.observations.findMany(records.map((record) => record.id))).map((holder) => holder.id));
  const outcomes: { action: SaveAction; observation: Pick<Observation, 'id'> }[] = [];
  const fresh: FigureRecord[] = [];
  for (const record of records) {
    const twin = stored.get(identityOf(record));
    if (twin) {
      if (twin.withdrawn) outcomes.push({ action: 'withdrawn', observation: twin });
      else if (sameFigure(twin, record)) outcomes.push({ action: 'unchanged', observation: twin });
      else outcomes.push({ action: 'revised', observation: await revise(write, twin, record) });
      continue;
    }
    if (taken.has(record.id)) throw new Conflict(`observation "${record.id}" already exists`, { kind: 'observation', id: record.id, planId: record.planId });
    fresh.push(record);
    outcomes.push({ action: 'created', observation: record });
  }
  await tx.observations.insertMany(fresh, { by: write.actor, at: write.at });
  const perTarget = new Map<string, { planId: string; targetId: string; count: number }>();
  for (const record of fresh) {
    recordChange(write, 'create', record);
    if (record.targetId === null) continue;
    const key = JSON.stringify([record.planId, record.targetId]);
    const entry = perTarget.get(key) ?? { planId: record.planId, targetId: record.targetId, count: 0 };
    entry.count += 1;
    perTarget.set(key, entry);
  }
  for (const { planId, targetId, count } of perTarget.values()) await tx.targets.addToFigureCount(planId, targetId, count);
  return outcomes;
}

/** The fields of an observation as a client would send them, so that a stored figure can be merged with a patch. */
function inputOf(observation: Observation): Record<string, unknown> {
  const { id, reported, value, state, period, qualifier, yearOnYearPercent, sourceId, quote, note } = observation;
  return {
    id,
    period,
    sourceId,
    quote,
    note,
    ...(reported ? { reported: { value: reported.printed, unit: reported.unit } } : value !== null ? { value } : {}),
    ...(state !== null ? { state } : {}),
    ...(qualifier !== null ? { qualifier } : {}),
    ...(yearOnYearPercent !== null ? { yearOnYearPercent } : {}),
  };
}

/** Applies a correction as a new version; the one before stays in the history. An identical correction changes nothing. */
/** That the figure is still at a version the client read (If-Match), when it says which it read. */
function checkVersion(current: Observation, expected: readonly number[] | undefined) {
  if (expected && !expected.includes(current.version)) {
    throw new PreconditionFailed(`observation "${current.id}" is at version ${current.version}, not at the one If-Match names: read it again, then correct it`);
  }
}

export async function patchObservation(
  write: WriteContext,
  observationId: string,
  patch: ObservationPatch,
  expectedVersions?: readonly number[],
): Promise<Observation> {
  const { tx } = write;
  const current = await requireObservation(tx, observationId);
  checkVersion(current, expectedVersions);
  if (current.withdrawn) throw new Conflict(`observation "${current.id}" was withdrawn at ${current.withdrawn.at}; it can no longer be corrected`, existingOf(current));
  const merged: Record<string, unknown> = { ...inputOf(current), ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === null) delete merged[key];
  // A new printed value replaces the base value and vice versa, so that neither is left stale.
  if (patch.reported !== undefined && patch.value === undefined) delete merged.value;
  if (patch.value !== undefined && patch.reported === undefined) delete merged.reported;
  const input = parseInput(observationInputSchema, merged);
  const record = await prepareFigure(new Lookups(tx, write.at.slice(0, 10)), await seriesOf(tx, current), input);
  return (await reviseFigure(write, current, record)).observation;
}

/** Makes a stored figure say what a record says (its identity may change, unless another figure holds it). */
export async function reviseFigure(write: WriteContext, current: Observation, record: FigureRecord): Promise<{ action: 'revised' | 'unchanged'; observation: Observation }> {
  const twin = await write.tx.observations.findByIdentity(seriesKeyOf(record), record.period, record.sourceId);
  if (twin && twin.id !== current.id) throw identityTaken(twin, record);
  if (sameFigure(current, record)) return { action: 'unchanged', observation: current };
  return { action: 'revised', observation: await revise(write, current, record) };
}

export async function withdrawObservation(
  write: WriteContext,
  observationId: string,
  reason: string,
  expectedVersions?: readonly number[],
): Promise<Observation> {
  const current = await requireObservation(write.tx, observationId);
  checkVersion(current, expectedVersions);
  if (current.withdrawn) throw new Conflict(`observation "${current.id}" was already withdrawn at ${current.withdrawn.at}`, existingOf(current));
  if (current.targetId !== null) await write.tx.targets.lockForFigures([{ planId: current.planId, targetId: current.targetId }]);
  const withdrawn = await write.tx.observations.withdraw(current, reason, { by: write.actor, at: write.at });
  if (!withdrawn) throw changedMeanwhile(current);
  if (withdrawn.targetId !== null) await write.tx.targets.addToFigureCount(withdrawn.planId, withdrawn.targetId, -1);
  recordChange(write, 'withdraw', withdrawn);
  return withdrawn;
}

/** Records a new figure of a series (POST …/observations): a figure already stored is a conflict. */
export async function createObservation(write: WriteContext, series: Series, input: ObservationInput): Promise<Observation> {
  const record = await prepareFigure(new Lookups(write.tx, write.at.slice(0, 10)), series, input);
  return (await saveFigure(write, record, 'conflict')).observation;
}
