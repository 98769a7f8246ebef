import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { now } from '../db/database.js';
import type { Repos, Store } from '../db/store.js';
import { Conflict, Invalid } from '../domain/errors.js';
import { createIndicator } from '../modules/indicators/indicators.service.js';
import { indicatorInputSchema } from '../modules/indicators/indicators.schemas.js';
import { observationInputSchema } from '../modules/observations/observations.schemas.js';
import {
  Lookups,
  prepareFigure,
  reviseFigure,
  sameFigure,
  saveFigure,
  seriesOfIndicator,
  seriesOfTarget,
} from '../modules/observations/observations.service.js';
import { itemInputSchema, planInputSchema } from '../modules/plans/plans.schemas.js';
import { createItem, createPlan } from '../modules/plans/plans.service.js';
import { sourceInputSchema } from '../modules/sources/sources.schemas.js';
import { createSource } from '../modules/sources/sources.service.js';
import { targetInputSchema } from '../modules/targets/targets.schemas.js';
import { createTarget } from '../modules/targets/targets.service.js';
import { unitSchema, type Unit } from '../modules/units/units.schemas.js';
import { createUnit } from '../modules/units/units.service.js';
import { parseInput } from '../modules/validate.js';
import type { Change, WriteContext } from '../modules/write-context.js';

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
  /** Figures the seed corrects that nobody had edited since the seed wrote them. */
  revised: number;
  /** Records whose stored version differs from the seed and was not written by it: edits made through the API, never overwritten. */
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

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const jsonFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));

function depthOf(item: { id: string; parentId?: string | null }, byId: Map<string, { parentId?: string | null }>): number {
  let depth = 0;
  for (let parent = item.parentId; parent; parent = byId.get(parent)?.parentId) depth += 1;
  return depth;
}

/** A record the seed holds, checked with the API's own schema; an error names the file and the record. */
function parseRecord<T extends z.ZodType>(schema: T, raw: unknown, where: string): z.output<T> {
  try {
    return parseInput(schema, raw);
  } catch (error) {
    if (error instanceof Invalid) {
      throw new Error(`seed data rejected at ${where}:${error.issues.map((issue) => `\n  ${issue.field}: ${issue.message}`).join('')}`);
    }
    throw error;
  }
}

function seedWrite(tx: Repos, pause: () => Promise<void>, changes: Change[]): WriteContext {
  return { tx, actor: SEED_ACTOR, at: now(), pause, record: (change) => changes.push(change) };
}

function unitsIn(folder: string): { unit: Unit; where: string }[] {
  const path = join(folder, 'units.json');
  return z
    .array(z.unknown())
    .parse(readJson(path))
    .map((raw, i) => ({ unit: parseRecord(unitSchema, raw, `${path}[${i}]`), where: `${path}[${i}]` }));
}

async function upsertUnit(write: WriteContext, unit: Unit, report: SeedReport) {
  const stored = await write.tx.units.find(unit.code);
  if (!stored) {
    await createUnit(write, unit);
    report.created += 1;
  } else if (unit.aliases.every((alias) => stored.aliases.includes(alias))) report.unchanged += 1;
  else report.kept.push(`unit ${unit.code}`);
}

/**
 * The base units (seed/units.json) are reference data: every start makes sure they exist, seeded or
 * not. Nothing is written when they all do, so that a read-only database still starts.
 */
export async function loadUnits(store: Store, folder = SEED_DIR): Promise<void> {
  const units = unitsIn(folder);
  const missing: typeof units = [];
  for (const entry of units) if (!(await store.units.find(entry.unit.code))) missing.push(entry);
  if (!missing.length) return;
  const report: SeedReport = { created: 0, unchanged: 0, revised: 0, kept: [] };
  await store.transaction((tx, pause) => {
    const write = seedWrite(tx, pause, []);
    return missing.reduce((done, { unit }) => done.then(() => upsertUnit(write, unit, report)), Promise.resolve());
  });
}

/**
 * Loads everything under seed/ through the API's own schemas and rules, in one transaction. A
 * record already stored is left as it is: unchanged when it equals the seed, otherwise kept (and
 * reported) because it was edited through the API, except a figure the seed itself wrote and
 * nobody has touched since, which takes the seed's correction as a new version.
 */
export async function loadSeed(store: Store, folder = SEED_DIR, onlyIfEmpty = false): Promise<SeedReport | undefined> {
  return store.transaction(
    async (tx, pause) => {
      if (onlyIfEmpty && (await tx.sources.list({ limit: 1 })).length) return undefined;
      const report: SeedReport = { created: 0, unchanged: 0, revised: 0, kept: [] };
      const write = seedWrite(tx, pause, []);

      async function upsert(label: string, record: object, stored: object | undefined, create: () => Promise<unknown>) {
        if (!stored) {
          try {
            await create();
            report.created += 1;
          } catch (error) {
            if (!(error instanceof Conflict)) throw error;
            report.kept.push(`${label} (${error.message})`);
          }
        } else if (sameFields(record, stored)) report.unchanged += 1;
        else report.kept.push(label);
      }

      const reportFiles = jsonFiles(join(folder, 'reports')).map((path) => ({ path, data: reportFileSchema.parse(readJson(path)) }));
      for (const { unit } of unitsIn(folder)) await upsertUnit(write, unit, report);
      for (const { path, data } of reportFiles) {
        for (const [i, raw] of data.units.entries()) await upsertUnit(write, parseRecord(unitSchema, raw, `${path}.units[${i}]`), report);
      }

      const loadSource = async (raw: unknown, where: string) => {
        const source = parseRecord(sourceInputSchema, raw, `${where}.source`);
        await upsert(`source ${source.id}`, source, await tx.sources.find(source.id), () => createSource(write, source));
      };

      for (const path of jsonFiles(join(folder, 'plans'))) {
        const data = planFileSchema.parse(readJson(path));
        await loadSource(data.source, path);
        const plan = parseRecord(planInputSchema, data.plan, `${path}.plan`);
        await upsert(`plan ${plan.id}`, plan, await tx.plans.find(plan.id), () => createPlan(write, plan));
        const items = data.items.map((raw, i) => parseRecord(itemInputSchema, raw, `${path}.items[${i}]`));
        const byId = new Map(items.map((item) => [item.id, item]));
        items.sort((a, b) => depthOf(a, byId) - depthOf(b, byId));
        for (const item of items) {
          await upsert(`item ${item.id}`, { ...item, planId: plan.id }, await tx.plans.findItem(plan.id, item.id), () => createItem(write, plan.id, item));
        }
        for (const [i, raw] of data.targets.entries()) {
          const target = parseRecord(targetInputSchema, { planId: plan.id, ...(raw as object) }, `${path}.targets[${i}]`);
          const { targetValue: _value, tolerancePercent: _tolerance, reported, ...comparable } = target as Record<string, unknown>;
          const stored = await tx.targets.find(plan.id, target.id);
          const storedComparable = stored && { ...stored, reported: stored.kind === 'quantity' && stored.reported ? { value: stored.reported.value, unit: stored.reported.unit } : undefined };
          await upsert(`target ${target.id}`, { ...comparable, reported: reported && { value: Number((reported as { value: unknown }).value), unit: (reported as { unit: string }).unit } }, storedComparable, () => createTarget(write, target));
        }
      }

      const lookups = new Lookups(tx, write.at.slice(0, 10));
      for (const { path, data } of reportFiles) {
        await loadSource(data.source, path);
        const sourceId = (data.source as { id: string }).id;
        for (const [i, raw] of data.indicators.entries()) {
          const indicator = parseRecord(indicatorInputSchema, { planId: data.planId, ...(raw as object) }, `${path}.indicators[${i}]`);
          await upsert(`indicator ${indicator.id}`, indicator, await tx.indicators.find(indicator.planId, indicator.id), () =>
            createIndicator(write, indicator),
          );
        }
        for (const [i, raw] of data.observations.entries()) {
          const where = `${path}.observations[${i}]`;
          const { targetId, indicatorId, ...fields } = raw as { targetId?: string; indicatorId?: string };
          const input = parseRecord(observationInputSchema, { sourceId, ...fields }, where);
          const series = targetId
            ? await seriesOfTarget(tx, { planId: data.planId, targetId })
            : await seriesOfIndicator(tx, { planId: data.planId, indicatorId: indicatorId! });
          let record;
          try {
            record = await prepareFigure(lookups, series, input);
          } catch (error) {
            if (error instanceof Invalid) throw new Error(`seed data rejected at ${where}:${error.issues.map((e) => `\n  ${e.field}: ${e.message}`).join('')}`);
            throw error;
          }
          const stored = await tx.observations.find(record.id);
          if (!stored) {
            const { action } = await saveFigure(write, record, 'keep');
            if (action === 'created') report.created += 1;
            else report.kept.push(`observation ${record.id} (another figure has its period and source)`);
          } else if (sameFigure(stored, record)) report.unchanged += 1;
          else if ((stored.updatedBy ?? stored.createdBy) === SEED_ACTOR && !stored.withdrawn) {
            await reviseFigure(write, stored, record);
            report.revised += 1;
          } else report.kept.push(`observation ${record.id}`);
        }
      }
      return report;
    },
    { exclusive: true },
  );
}
