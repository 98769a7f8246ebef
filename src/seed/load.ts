import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { sources } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import { parseOrThrow } from '../http/validate.js';
import { findIndicator } from '../modules/indicators/indicators.repo.js';
import { indicatorInputSchema } from '../modules/indicators/indicators.schemas.js';
import { createIndicator } from '../modules/indicators/indicators.service.js';
import { findObservation } from '../modules/observations/observations.repo.js';
import { observationInputSchema } from '../modules/observations/observations.schemas.js';
import {
  insertNewObservation,
  lookupsOf,
  resolveObservation,
  SERIES_KINDS,
} from '../modules/observations/observations.service.js';
import { findItem, findPlan } from '../modules/plans/plans.repo.js';
import { itemInputSchema, planInputSchema } from '../modules/plans/plans.schemas.js';
import { createItem, createPlan } from '../modules/plans/plans.service.js';
import { findSource } from '../modules/sources/sources.repo.js';
import { sourceInputSchema } from '../modules/sources/sources.schemas.js';
import { createSource } from '../modules/sources/sources.service.js';
import { findTarget } from '../modules/targets/targets.repo.js';
import { targetInputSchema } from '../modules/targets/targets.schemas.js';
import { createTarget } from '../modules/targets/targets.service.js';
import { findUnit } from '../modules/units/units.repo.js';
import { unitSchema, type Unit } from '../modules/units/units.schemas.js';
import { createUnit } from '../modules/units/units.service.js';

/** Who the shipped data is recorded as written by. */
export const SEED_ACTOR = 'seed';

export const SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../seed');

const rawRecords = z.array(z.unknown()).default([]);
const planFileSchema = z.object({ source: z.unknown(), plan: z.unknown(), items: rawRecords, targets: rawRecords });
const reportFileSchema = z.object({
  planId: z.string().describe('The plan whose progress the indicators describe'),
  source: z.unknown(),
  units: rawRecords,
  indicators: rawRecords,
  observations: rawRecords,
});

export interface SeedReport {
  created: number;
  unchanged: number;
  /** Records whose stored version differs from the seed: edits made through the API, never overwritten. */
  kept: string[];
}

/** JSON with sorted keys, so that two records compare equal whatever order their fields came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function sameFields(seeded: object, stored: object): boolean {
  const storedFields = stored as Record<string, unknown>;
  return Object.entries(seeded).every(([key, value]) => canonical(value ?? null) === canonical(storedFields[key] ?? null));
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}

function depthOf(item: { id: string; parentId?: string | null }, byId: Map<string, { parentId?: string | null }>): number {
  let depth = 0;
  for (let parent = item.parentId; parent; parent = byId.get(parent)?.parentId) depth += 1;
  return depth;
}

function upsertUnit(db: Db, unit: Unit, report: SeedReport) {
  const stored = findUnit(db, unit.code);
  if (!stored) {
    createUnit(db, unit);
    report.created += 1;
  } else if (unit.aliases.every((alias) => stored.aliases.includes(alias))) {
    // Several files may declare the same unit: a later declaration only needs aliases already known.
    report.unchanged += 1;
  } else report.kept.push(`unit ${unit.code}`);
}

/** The base units (seed/units.json) are reference data: every start makes sure they exist, seeded or not. */
export function loadUnits(db: Db, folder = SEED_DIR, report: SeedReport = { created: 0, unchanged: 0, kept: [] }) {
  const path = join(folder, 'units.json');
  z.array(z.unknown())
    .parse(readJson(path))
    .forEach((raw, i) => upsertUnit(db, parseOrThrow(unitSchema, raw, `${path}[${i}]`), report));
  return report;
}

/**
 * Loads everything under seed/ through the API's own schemas and rules. A record
 * already stored is left as it is: unchanged when it equals the seed, otherwise
 * kept (and reported) because it was edited through the API.
 */
export function loadSeed(db: Db, folder = SEED_DIR): SeedReport {
  const report: SeedReport = { created: 0, unchanged: 0, kept: [] };

  function upsert<T extends object>(
    label: string,
    record: T,
    stored: object | undefined,
    create: () => unknown,
    comparable: (record: T) => object = (r) => r,
  ) {
    if (!stored) {
      create();
      report.created += 1;
    } else if (sameFields(comparable(record), stored)) report.unchanged += 1;
    else report.kept.push(label);
  }

  const loadSource = (raw: unknown, where: string) => {
    const source = parseOrThrow(sourceInputSchema, raw, `${where}.source`);
    upsert(`source ${source.id}`, source, findSource(db, source.id), () => createSource(db, source));
  };

  const run = db.$client.transaction(() => {
    const reportFiles = jsonFiles(join(folder, 'reports')).map((path) => ({ path, data: reportFileSchema.parse(readJson(path)) }));
    loadUnits(db, folder, report);
    reportFiles.forEach(({ path, data }) =>
      data.units.forEach((raw, i) => upsertUnit(db, parseOrThrow(unitSchema, raw, `${path}.units[${i}]`), report)),
    );

    for (const path of jsonFiles(join(folder, 'plans'))) {
      const data = planFileSchema.parse(readJson(path));
      loadSource(data.source, path);
      const plan = parseOrThrow(planInputSchema, data.plan, `${path}.plan`);
      upsert(`plan ${plan.id}`, plan, findPlan(db, plan.id), () => createPlan(db, plan));
      const items = data.items.map((raw, i) => parseOrThrow(itemInputSchema, raw, `${path}.items[${i}]`));
      const byId = new Map(items.map((item) => [item.id, item]));
      items.sort((a, b) => depthOf(a, byId) - depthOf(b, byId));
      for (const item of items) {
        upsert(`item ${item.id}`, { ...item, planId: plan.id }, findItem(db, item.id), () => createItem(db, plan.id, item));
      }
      data.targets.forEach((raw, i) => {
        const target = parseOrThrow(targetInputSchema, { planId: plan.id, ...(raw as object) }, `${path}.targets[${i}]`);
        const { targetValue: _value, tolerancePercent: _tolerance, ...comparable } = target as Record<string, unknown>;
        upsert(`target ${target.id}`, target, findTarget(db, target.id), () => createTarget(db, target), () => comparable);
      });
    }

    const lookups = lookupsOf(db);
    for (const { path, data } of reportFiles) {
      loadSource(data.source, path);
      const sourceId = (data.source as { id: string }).id;
      data.indicators.forEach((raw, i) => {
        const indicator = parseOrThrow(indicatorInputSchema, { planId: data.planId, ...(raw as object) }, `${path}.indicators[${i}]`);
        upsert(`indicator ${indicator.id}`, indicator, findIndicator(db, indicator.id), () => createIndicator(db, indicator));
      });
      data.observations.forEach((raw, i) => {
        const where = `${path}.observations[${i}]`;
        const { targetId, indicatorId, ...fields } = raw as { targetId?: string; indicatorId?: string };
        const input = parseOrThrow(observationInputSchema, { sourceId, ...fields }, where);
        const kind = SERIES_KINDS[targetId ? 0 : 1];
        const series = kind.resolve(db, (targetId ?? indicatorId)!);
        const record = resolveObservation(db, series, input, where, lookups);
        upsert(`observation ${record.id}`, record, findObservation(db, record.id), () =>
          insertNewObservation(db, series, record, SEED_ACTOR),
        );
      });
    }
  });
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) {
      const fields = error.errors?.map((e) => `\n  ${e.field}: ${e.message}`).join('') ?? '';
      throw new Error(`seed data rejected: ${error.message}${fields}`);
    }
    throw error;
  }
  return report;
}

export function loadSeedIfEmpty(db: Db): SeedReport | undefined {
  const anySource = db.select({ id: sources.id }).from(sources).limit(1).get();
  return anySource ? undefined : loadSeed(db);
}
