import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { toBaseUnit } from '../../domain/units.js';
import { conflict, invalid, notFound, type FieldError } from '../../http/problem.js';
import { requireIndicator } from '../indicators/indicators.service.js';
import { findSource } from '../sources/sources.repo.js';
import { requireTarget } from '../targets/targets.service.js';
import { listUnits } from '../units/units.repo.js';
import {
  findObservation,
  findObservationByIdentity,
  insertObservation,
  type ObservationRecord,
  type SeriesRef,
} from './observations.repo.js';
import type { Observation, ObservationInput } from './observations.schemas.js';

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

/** Checks an observation against what it measures and converts its printed value to the base unit. */
export function resolveObservation(db: Db, series: Series, input: ObservationInput, field = 'body'): ObservationRecord {
  const errors: FieldError[] = [];
  if (!findSource(db, input.sourceId)) {
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
      const converted = toBaseUnit(input.reported, series.unit, listUnits(db));
      if (!converted.ok) errors.push({ field: `${field}.reported.unit`, message: converted.reason });
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

export function createObservation(db: Db, series: Series, input: ObservationInput): Observation {
  const record = resolveObservation(db, series, input);
  if (findObservation(db, record.id)) throw conflict(`observation "${record.id}" already exists`);
  const twin = findObservationByIdentity(db, series, record);
  if (twin) {
    throw conflict(
      `observation "${twin.id}" already records this figure (same period ${record.period.start}..${record.period.end} and source "${record.sourceId}")`,
    );
  }
  return insertObservation(db, record);
}
