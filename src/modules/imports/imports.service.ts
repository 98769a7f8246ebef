import type { z } from 'zod';
import { Invalid, NotFound, type FieldIssue } from '../../domain/errors.js';
import { sourceInputSchema } from '../sources/sources.schemas.js';
import type { FigureRecord } from '../observations/observations.repo.js';
import { Lookups, prepareFigure, saveFigures, seriesOfIndicator, seriesOfTarget, type Series } from '../observations/observations.service.js';
import type { WriteContext } from '../write-context.js';
import type { ImportEntry } from './imports.read.js';
import { importRowSchema, type ImportResult } from './imports.schemas.js';

const LISTED_CHANGES = 1000;
/** Rows written in one batch. */
const ROWS_PER_CHUNK = 100;
/** Work between two pauses at most, so that other requests (/health among them) wait no longer than this. */
const SLICE_MS = 10;
/** An answer lists at most this many problems; the rest are counted. */
const MAX_LISTED_ERRORS = 1000;

export class TooManyRows extends Error {}

const issuesOf = (error: z.ZodError, field: (path: string) => string): FieldIssue[] =>
  error.issues.map((issue) => ({ field: field(issue.path.map(String).join('.')), message: issue.message }));

/** What an import is told it may do. */
export interface ImportOptions {
  dryRun: boolean;
  maxRows: number;
}

/**
 * Imports the sources and figures an upload holds, all or nothing, in the caller's transaction.
 * Each row is checked as it is read and written in chunks, pausing between them; a row already
 * stored (same series, period and source) is revised when it differs and left as it is otherwise.
 * Any problem rejects everything: every problem is listed (rows counted from 1), nothing is kept.
 */
export async function importEntries(write: WriteContext, entries: AsyncIterable<ImportEntry>, options: ImportOptions): Promise<ImportResult> {
  const { tx } = write;
  const lookups = new Lookups(tx, write.at.slice(0, 10));
  const result: ImportResult = {
    dryRun: options.dryRun,
    rows: 0,
    sources: { created: [] },
    observations: { created: 0, revised: 0, unchanged: 0, withdrawn: 0 },
    changes: [],
    changesOmitted: 0,
  };
  const errors: FieldIssue[] = [];
  let errorsOmitted = 0;
  const fail = (...issues: FieldIssue[]) => {
    const room = Math.max(0, MAX_LISTED_ERRORS - errors.length);
    errors.push(...issues.slice(0, room));
    errorsOmitted += issues.length - Math.min(room, issues.length);
  };

  const seriesCache = new Map<string, Promise<Series | string>>();
  const seriesFor = (row: { planId?: string; targetId?: string; indicatorId?: string }) => {
    const key = JSON.stringify([row.planId, row.targetId, row.indicatorId]);
    let found = seriesCache.get(key);
    if (!found) {
      const resolving = row.targetId
        ? seriesOfTarget(tx, { planId: row.planId, targetId: row.targetId })
        : seriesOfIndicator(tx, { planId: row.planId, indicatorId: row.indicatorId! });
      found = resolving.catch((error: unknown) => {
        if (error instanceof NotFound) return error.message;
        throw error;
      });
      seriesCache.set(key, found);
    }
    return found;
  };

  /** What a malformed row names that does not exist, so that one answer lists every problem of the row. */
  async function referenceIssues(raw: unknown, field: (path: string) => string): Promise<FieldIssue[]> {
    const { sourceId, planId, targetId, indicatorId } = (raw ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
    const found: FieldIssue[] = [];
    if (text(sourceId) && !(await lookups.source(text(sourceId)!))) found.push({ field: field('sourceId'), message: `source "${String(sourceId)}" does not exist` });
    if (text(targetId) || text(indicatorId)) {
      const series = await seriesFor({ planId: text(planId), targetId: text(targetId), indicatorId: text(targetId) ? undefined : text(indicatorId) });
      if (typeof series === 'string') found.push({ field: field(text(targetId) ? 'targetId' : 'indicatorId'), message: series });
    }
    return found;
  }

  let pausedAt = performance.now();
  /** Lets other requests run once this import has held the event loop for a slice. */
  async function breathe() {
    if (performance.now() - pausedAt < SLICE_MS) return;
    await write.pause();
    pausedAt = performance.now();
  }

  const rowOfIdentity = new Map<string, number>();
  const rowOfId = new Map<string, number>();
  let chunk: { row: number; record: FigureRecord }[] = [];

  async function flush() {
    const outcomes = await saveFigures(write, chunk.map(({ record }) => record));
    for (const [i, { action, observation }] of outcomes.entries()) {
      const { row } = chunk[i];
      if (action === 'kept') continue;
      result.observations[action] += 1;
      if (action === 'created' || action === 'revised') {
        if (result.changes.length < LISTED_CHANGES) result.changes.push({ row, id: observation.id, action });
        else result.changesOmitted += 1;
      }
    }
    chunk = [];
  }

  for await (const entry of entries) {
    await breathe();
    if (entry.kind === 'source') {
      const parsed = sourceInputSchema.safeParse(entry.raw);
      if (!parsed.success) fail(...issuesOf(parsed.error, entry.field));
      else if (!(await lookups.source(parsed.data.id))) {
        if (!errors.length) await tx.sources.insert(parsed.data);
        lookups.expect({ id: parsed.data.id, publishedOn: parsed.data.publishedOn });
        result.sources.created.push(parsed.data.id);
        write.record({ action: 'create', entityType: 'source', entityId: parsed.data.id });
      }
      continue;
    }
    result.rows = entry.number;
    if (entry.number > options.maxRows) throw new TooManyRows();
    const parsed = importRowSchema.safeParse(entry.raw);
    if (!parsed.success) {
      fail(...issuesOf(parsed.error, entry.field), ...(await referenceIssues(entry.raw, entry.field)));
      continue;
    }
    const { planId, targetId, indicatorId, ...input } = parsed.data;
    const series = await seriesFor({ planId, targetId, indicatorId });
    if (typeof series === 'string') {
      fail({ field: entry.field(targetId ? 'targetId' : 'indicatorId'), message: series });
      continue;
    }
    let record: FigureRecord;
    try {
      record = await prepareFigure(lookups, series, input);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      fail(...error.issues.map((issue) => ({ ...issue, field: entry.field(issue.field) })));
      continue;
    }
    const identity = JSON.stringify([record.planId, record.targetId, record.indicatorId, record.period.start, record.period.end, record.sourceId]);
    const earlier = rowOfIdentity.get(identity);
    if (earlier !== undefined) {
      fail({ field: entry.field('period'), message: `row ${earlier} already gives this figure (same series, period and source)` });
      continue;
    }
    rowOfIdentity.set(identity, entry.number);
    if (input.id) {
      const earlierId = rowOfId.get(input.id);
      if (earlierId !== undefined) {
        fail({ field: entry.field('id'), message: `row ${earlierId} already uses the id "${input.id}"` });
        continue;
      }
      rowOfId.set(input.id, entry.number);
      const holder = await tx.observations.find(input.id);
      if (holder && (holder.planId !== record.planId || holder.targetId !== record.targetId || holder.indicatorId !== record.indicatorId || holder.period.start !== record.period.start || holder.period.end !== record.period.end || holder.sourceId !== record.sourceId)) {
        fail({ field: entry.field('id'), message: `"${input.id}" is the id of another figure` });
        continue;
      }
    }
    if (errors.length) continue;
    chunk.push({ row: entry.number, record });
    if (chunk.length >= ROWS_PER_CHUNK) await flush();
  }
  if (!errors.length) await flush();
  if (errors.length) {
    const omitted = errorsOmitted ? ` (the first ${errors.length} are listed)` : '';
    throw new Invalid(
      errors,
      `${errors.length + errorsOmitted} problem(s) in ${result.rows} row(s)${omitted}; nothing was imported. Fix the fields listed in "errors" and send the import again.`,
    );
  }
  write.record({ action: 'import', entityType: 'import', entityId: null });
  return result;
}
