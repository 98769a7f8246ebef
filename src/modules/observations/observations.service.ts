import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { toBaseUnit } from '../../domain/units.js';
import { conflict, invalid, notFound, type FieldError } from '../../http/problem.js';
import { requireIndicator } from '../indicators/indicators.service.js';
import { findSource } from '../sources/sources.repo.js';
import { requireTarget } from '../targets/targets.service.js';
import { listUnits } from '../units/units.repo.js';
import { type UnitDefinition } from '../../domain/units.js';
import { parseOrThrow } from '../../http/validate.js';
import {
  findObservation,
  findObservationByIdentity,
  insertObservation,
  markWithdrawn,
  updateObservation,
  type ObservationRecord,
  type SeriesRef,
} from './observations.repo.js';
import {
  observationInputSchema,
  type Observation,
  type ObservationInput,
  type ObservationPatch,
} from './observations.schemas.js';

/** What an observation measures: a quantity in a base unit, or a milestone's state. */
export type Series = SeriesRef & ({ kind: 'quantity'; unit: string } | { kind: 'milestone' });

interface SeriesKind {
  collection: 'targets' | 'indicators';
  param: 'targetId' | 'indicatorId';
  noun: string;
  resolve(db: Db, id: string): Series;
}

/** The two kinds of series a figure can belong to, and how each is found. */
export const SERIES_KINDS: SeriesKind[] = [
  {
    collection: 'targets',
    param: 'targetId',
    noun: 'a target',
    resolve(db, id) {
      const target = requireTarget(db, id);
      const ref = { targetId: target.id, indicatorId: null };
      return target.kind === 'quantity' ? { ...ref, kind: 'quantity', unit: target.unit } : { ...ref, kind: 'milestone' };
    },
  },
  {
    collection: 'indicators',
    param: 'indicatorId',
    noun: 'an indicator',
    resolve(db, id) {
      const indicator = requireIndicator(db, id);
      return { targetId: null, indicatorId: indicator.id, kind: 'quantity', unit: indicator.unit };
    },
  },
];

export function requireObservation(db: Db, observationId: string): Observation {
  const observation = findObservation(db, observationId);
  if (!observation) throw notFound('observation', observationId);
  return observation;
}

const present = <K extends keyof ObservationInput>(input: ObservationInput, keys: readonly K[]) =>
  keys.filter((key) => input[key] !== undefined);

/** What checking many figures at once looks up only once. */
export interface Lookups {
  units: readonly UnitDefinition[];
  sourceExists(sourceId: string): boolean;
}

export function lookupsOf(db: Db): Lookups {
  const known = new Set<string>();
  return {
    units: listUnits(db),
    sourceExists(sourceId) {
      if (!known.has(sourceId) && findSource(db, sourceId)) known.add(sourceId);
      return known.has(sourceId);
    },
  };
}

/** Checks an observation against what it measures and converts its printed value to the base unit. */
export function resolveObservation(
  db: Db,
  series: Series,
  input: ObservationInput,
  field = 'body',
  lookups: Lookups = lookupsOf(db),
): ObservationRecord {
  const errors: FieldError[] = [];
  if (!lookups.sourceExists(input.sourceId)) {
    errors.push({ field: `${field}.sourceId`, message: `source "${input.sourceId}" does not exist; create it with POST /v1/sources` });
  }
  let value: number | null = null;
  if (series.kind === 'milestone') {
    if (input.state === undefined) errors.push({ field: `${field}.state`, message: 'a milestone observation needs a state' });
    for (const key of present(input, ['value', 'reported', 'qualifier', 'yearOnYearPercent'])) {
      errors.push({ field: `${field}.${key}`, message: 'a milestone observation carries a state, not a figure' });
    }
  } else {
    if (input.state !== undefined) errors.push({ field: `${field}.state`, message: 'only a milestone observation has a state' });
    if (input.reported) {
      const converted = toBaseUnit(input.reported, series.unit, lookups.units);
      if (!converted.ok) errors.push({ field: `${field}.reported.${converted.field}`, message: converted.reason });
      else if (input.value !== undefined && input.value !== converted.value) {
        errors.push({ field: `${field}.value`, message: `${input.value} does not match reported ${input.reported.value} ${input.reported.unit} (= ${converted.value})` });
      } else value = converted.value;
    } else if (input.value !== undefined) value = input.value;
    else errors.push({ field: `${field}.reported`, message: 'give the figure as reported ({value, unit}) or its value in the base unit' });
  }
  if (errors.length) throw invalid(errors);
  return {
    id: input.id ?? `obs-${randomUUID()}`,
    targetId: series.targetId,
    indicatorId: series.indicatorId,
    value,
    reported: input.reported ? { value: Number(input.reported.value), unit: input.reported.unit } : null,
    state: series.kind === 'milestone' ? input.state! : null,
    period: input.period,
    qualifier: series.kind === 'milestone' ? null : (input.qualifier ?? 'exact'),
    yearOnYearPercent: input.yearOnYearPercent ?? null,
    sourceId: input.sourceId,
    quote: input.quote,
    note: input.note ?? null,
  };
}

function identityTaken(twin: Observation, record: ObservationRecord) {
  const withdrawn = twin.withdrawn ? ' (withdrawn)' : '';
  return conflict(
    `observation "${twin.id}"${withdrawn} already records this figure (same period ${record.period.start}..${record.period.end} and source "${record.sourceId}")`,
  );
}

/** Stores a figure already checked by resolveObservation, unless its id or its identity is taken. */
export function insertNewObservation(db: Db, series: Series, record: ObservationRecord, by: string): Observation {
  if (findObservation(db, record.id)) throw conflict(`observation "${record.id}" already exists`);
  const twin = findObservationByIdentity(db, series, record);
  if (twin) throw identityTaken(twin, record);
  return insertObservation(db, record, by);
}

export function createObservation(db: Db, series: Series, input: ObservationInput, by: string): Observation {
  return insertNewObservation(db, series, resolveObservation(db, series, input), by);
}

export function seriesOf(db: Db, observation: Pick<Observation, 'targetId' | 'indicatorId'>): Series {
  return observation.targetId !== null
    ? SERIES_KINDS[0].resolve(db, observation.targetId)
    : SERIES_KINDS[1].resolve(db, observation.indicatorId!);
}

/** The fields of an observation as a client would send them, so that a stored figure can be merged with a patch. */
export function inputOf(observation: Observation): ObservationInput {
  const { id, reported, value, state, period, qualifier, yearOnYearPercent, sourceId, quote, note } = observation;
  const input: ObservationInput = { id, period, sourceId, quote, note };
  if (reported) input.reported = reported;
  else if (value !== null) input.value = value;
  if (state !== null) input.state = state;
  if (qualifier !== null) input.qualifier = qualifier;
  if (yearOnYearPercent !== null) input.yearOnYearPercent = yearOnYearPercent;
  return input;
}

const sameFigure = (a: ObservationRecord, b: ObservationRecord) =>
  JSON.stringify([a.value, a.reported, a.state, a.period, a.qualifier, a.yearOnYearPercent, a.sourceId, a.quote, a.note]) ===
  JSON.stringify([b.value, b.reported, b.state, b.period, b.qualifier, b.yearOnYearPercent, b.sourceId, b.quote, b.note]);

/** Applies a correction as a new version; the one before stays in the history. An identical correction changes nothing. */
export function reviseObservation(db: Db, current: Observation, record: ObservationRecord, by: string): Observation {
  if (current.withdrawn) throw conflict(`observation "${current.id}" was withdrawn at ${current.withdrawn.at}; it can no longer be corrected`);
  const twin = findObservationByIdentity(db, seriesOf(db, current), record);
  if (twin && twin.id !== current.id) throw identityTaken(twin, record);
  return sameFigure(current, record) ? current : updateObservation(db, current, record, by);
}

export function patchObservation(db: Db, observationId: string, patch: ObservationPatch, by: string): Observation {
  const current = requireObservation(db, observationId);
  const merged: Record<string, unknown> = { ...inputOf(current), ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === null) delete merged[key];
  // A new printed value replaces the base value and vice versa, so that neither is left stale.
  if (patch.reported !== undefined && patch.value === undefined) delete merged.value;
  if (patch.value !== undefined && patch.reported === undefined) delete merged.reported;
  const input = parseOrThrow(observationInputSchema, merged);
  return reviseObservation(db, current, resolveObservation(db, seriesOf(db, current), input), by);
}

export function withdrawObservation(db: Db, observationId: string, reason: string, by: string): Observation {
  const current = requireObservation(db, observationId);
  if (current.withdrawn) throw conflict(`observation "${current.id}" was already withdrawn at ${current.withdrawn.at}`);
  return markWithdrawn(db, current, by, reason);
}
