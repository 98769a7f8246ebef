import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { ProblemError, type FieldError } from '../../http/problem.js';
import type { AuditEvent } from '../audit/audit.schemas.js';
import {
  findObservation,
  findObservationByIdentity,
  identityOf,
  insertObservation,
  type ObservationRecord,
} from '../observations/observations.repo.js';
import { lookupsOf, resolveObservation, reviseObservation, SERIES_KINDS, type Series } from '../observations/observations.service.js';
import { findSource, insertSource } from '../sources/sources.repo.js';
import { sourceInputSchema, type SourceInput } from '../sources/sources.schemas.js';
import { csvColumnOf, readCsv, rowOfCsv, sourceOfCsv } from './imports.csv.js';
import { importRowSchema, type ImportResult } from './imports.schemas.js';

const LISTED_CHANGES = 1000;
const ROWS_BETWEEN_YIELDS = 2000;

interface ParsedImport {
  sources: { raw: unknown; field: string }[];
  rows: { raw: unknown; field: (path: string) => string }[];
}

const withoutNulls = (raw: unknown) =>
  raw && typeof raw === 'object' && !Array.isArray(raw)
    ? Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null))
    : raw;

/** Reads either form into rows that name their own fields the way the client wrote them. */
function readBody(body: unknown): ParsedImport {
  if (typeof body === 'string') {
    const records = readCsv(body);
    const described = new Map<string, { raw: unknown; field: string }>();
    records.forEach((record, i) => {
      const source = sourceOfCsv(record);
      if (source && !described.has(String(source.id))) described.set(String(source.id), { raw: source, field: `rows[${i + 1}].source` });
    });
    return {
      sources: [...described.values()],
      rows: records.map((record, i) => ({ raw: rowOfCsv(record), field: (path) => `rows[${i + 1}].${csvColumnOf(path)}` })),
    };
  }
  const json = (body ?? {}) as { sources?: unknown; observations?: unknown; items?: unknown };
  const rows = json.observations ?? json.items;
  const shapeErrors: FieldError[] = [
    ...(Array.isArray(rows) ? [] : [{ field: 'body.observations', message: 'must be an array of observations' }]),
    ...(json.sources === undefined || Array.isArray(json.sources) ? [] : [{ field: 'body.sources', message: 'must be an array of sources' }]),
  ];
  if (shapeErrors.length) throw new ProblemError(400, 'The body must be {"sources": [...], "observations": [...]} or CSV', shapeErrors);
  return {
    sources: ((json.sources as unknown[] | undefined) ?? []).map((raw, i) => ({ raw, field: `sources[${i}]` })),
    rows: (rows as unknown[]).map((raw, i) => ({ raw: withoutNulls(raw), field: (path) => `observations[${i}]${path ? `.${path}` : ''}` })),
  };
}

function issuesOf(error: z.ZodError, field: (path: string) => string): FieldError[] {
  return error.issues.map((issue) => ({ field: field(issue.path.map(String).join('.')), message: issue.message }));
}

interface Checked {
  newSources: SourceInput[];
  records: { row: number; series: Series; record: ObservationRecord }[];
}

/**
 * Checks every row, collecting every problem instead of stopping at the first,
 * and yields to the event loop now and then so that a large import does not
 * hold up other requests while it is checked.
 */
async function check(db: Db, parsed: ParsedImport): Promise<Checked> {
  const errors: FieldError[] = [];
  const newSources: SourceInput[] = [];
  for (const { raw, field } of parsed.sources) {
    const result = sourceInputSchema.safeParse(raw);
    if (!result.success) errors.push(...issuesOf(result.error, (path) => `${field}.${path}`));
    else if (!findSource(db, result.data.id) && !newSources.some((s) => s.id === result.data.id)) newSources.push(result.data);
  }
  const lookups = lookupsOf(db);
  const known = lookups.sourceExists;
  lookups.sourceExists = (id) => known(id) || newSources.some((source) => source.id === id);

  const seriesCache = new Map<string, Series | FieldError>();
  const seriesFor = (kind: 0 | 1, id: string, field: string): Series | FieldError => {
    const key = `${kind}:${id}`;
    if (!seriesCache.has(key)) {
      try {
        seriesCache.set(key, SERIES_KINDS[kind].resolve(db, id));
      } catch (error) {
        seriesCache.set(key, { field, message: (error as Error).message });
      }
    }
    return seriesCache.get(key)!;
  };

  /** What a row names that does not exist, reported even when its fields are wrong too, so that one answer lists all. */
  function referenceErrors(raw: unknown, field: (path: string) => string): FieldError[] {
    const { sourceId, targetId, indicatorId } = (raw ?? {}) as Record<string, unknown>;
    const found: FieldError[] = [];
    if (typeof sourceId === 'string' && sourceId && !lookups.sourceExists(sourceId)) {
      found.push({ field: field('sourceId'), message: `source "${sourceId}" does not exist` });
    }
    for (const [kind, id, name] of [[0, targetId, 'targetId'], [1, indicatorId, 'indicatorId']] as const) {
      if (typeof id !== 'string' || !id) continue;
      const series = seriesFor(kind, id, field(name));
      if ('message' in series) found.push({ ...series, field: field(name) });
    }
    return found;
  }

  const records: Checked['records'] = [];
  const identities = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const [index, { raw, field }] of parsed.rows.entries()) {
    if (index > 0 && index % ROWS_BETWEEN_YIELDS === 0) await yieldToEventLoop();
    const parsedRow = importRowSchema.safeParse(raw);
    if (!parsedRow.success) {
      errors.push(...issuesOf(parsedRow.error, field), ...referenceErrors(raw, field));
      continue;
    }
    const { targetId, indicatorId, ...input } = parsedRow.data;
    const series = targetId ? seriesFor(0, targetId, field('targetId')) : seriesFor(1, indicatorId!, field('indicatorId'));
    if ('message' in series) {
      errors.push({ ...series, field: targetId ? field('targetId') : field('indicatorId') });
      continue;
    }
    try {
      const record = resolveObservation(db, series, input, '', lookups);
      const identity = identityOf(record);
      const earlier = identities.get(identity);
      if (earlier !== undefined) {
        errors.push({ field: field('period'), message: `row ${earlier} already gives this figure (same series, period and source)` });
        continue;
      }
      identities.set(identity, index + 1);
      if (input.id) {
        const earlierId = ids.get(input.id);
        if (earlierId !== undefined) {
          errors.push({ field: field('id'), message: `row ${earlierId} already uses the id "${input.id}"` });
          continue;
        }
        ids.set(input.id, index + 1);
      }
      const sameId = input.id ? findObservation(db, input.id) : undefined;
      if (sameId && identityOf(sameId) !== identity) {
        errors.push({ field: field('id'), message: `"${input.id}" is the id of another figure` });
        continue;
      }
      records.push({ row: index + 1, series, record });
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      errors.push(...(error.errors ?? []).map((e) => ({ ...e, field: field(e.field.replace(/^\./, '')) })));
    }
  }
  if (errors.length) {
    throw new ProblemError(
      400,
      `${errors.length} problem(s) in ${parsed.rows.length} row(s); nothing was imported. Fix the fields listed in "errors" and send the import again.`,
      errors,
    );
  }
  return { newSources, records };
}

class DryRun extends Error {}

export interface ImportOutcome {
  result: ImportResult;
  events: AuditEvent[];
}

/** All or nothing: every row is checked first, then everything is written in one transaction. */
export async function runImport(db: Db, body: unknown, options: { dryRun: boolean; by: string; maxRows: number }): Promise<ImportOutcome> {
  const parsed = readBody(body);
  if (parsed.rows.length > options.maxRows) {
    throw new ProblemError(
      413,
      `${parsed.rows.length} rows is more than the ${options.maxRows} one import takes: split the file into imports of at most ${options.maxRows} rows`,
    );
  }
  const { newSources, records } = await check(db, parsed);
  const result: ImportResult = {
    dryRun: options.dryRun,
    rows: parsed.rows.length,
    sources: { created: newSources.map((source) => source.id) },
    observations: { created: 0, revised: 0, unchanged: 0, withdrawn: 0 },
    changes: [],
    changesOmitted: 0,
  };
  const events: AuditEvent[] = newSources.map((source) => ({ action: 'create', entityType: 'source', entityId: source.id }));

  const write = db.$client.transaction(() => {
    newSources.forEach((source) => insertSource(db, source));
    for (const { row, series, record } of records) {
      const existing = findObservationByIdentity(db, series, record);
      let action: 'created' | 'revised';
      let id: string;
      if (!existing) {
        id = insertObservation(db, record, options.by).id;
        action = 'created';
      } else if (existing.withdrawn) {
        result.observations.withdrawn += 1;
        continue;
      } else {
        const revised = reviseObservation(db, existing, { ...record, id: existing.id }, options.by);
        if (revised === existing) {
          result.observations.unchanged += 1;
          continue;
        }
        id = existing.id;
        action = 'revised';
      }
      result.observations[action] += 1;
      if (result.changes.length < LISTED_CHANGES) result.changes.push({ row, id, action });
      else result.changesOmitted += 1;
      events.push({
        action: action === 'created' ? 'create' : 'update',
        entityType: 'observation',
        entityId: id,
        targetId: record.targetId,
        indicatorId: record.indicatorId,
      });
    }
    // A dry run does everything a real import does, then rolls it back, so that its report cannot differ.
    if (options.dryRun) throw new DryRun();
  });
  try {
    write();
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  events.push({ action: 'import', entityType: 'import', entityId: null });
  return { result, events: options.dryRun ? [] : events };
}
