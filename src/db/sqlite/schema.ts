import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  AUDIT_ACTIONS,
  COMPARATORS,
  IDEMPOTENCY_STATES,
  MEASURES,
  MILESTONE_STATES,
  PERIOD_KINDS,
  QUALIFIERS,
  SCOPES,
  SOURCE_KINDS,
  TARGET_KINDS,
  VERSION_ACTIONS,
} from '../../domain/vocabulary.js';

/*
 * The tables, declared once: src/db/postgres/schema.ts derives PostgreSQL's from these, and
 * drizzle-kit generates each engine's migrations from its own. Instants are UTC ISO 8601 text on
 * both engines, so that text order is time order.
 */

/** The database's clock as UTC ISO 8601 text; src/db/postgres/schema.ts swaps in PostgreSQL's expression. */
export const INSTANT_DEFAULT = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const instant = (column: string) => text(column).notNull().default(INSTANT_DEFAULT);

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  publishedOn: text('published_on'),
  publishedOnNote: text('published_on_note'),
  language: text('language').notNull(),
  kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
  url: text('url'),
  document: text('document'),
  createdAt: instant('created_at'),
});

/** Ids a source was known by before it was renamed: they keep resolving to it. */
export const sourceAliases = sqliteTable('source_aliases', {
  alias: text('alias').primaryKey(),
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
});

export const plans = sqliteTable('plans', {
  id: text('id').primaryKey(),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en').notNull(),
  issuerZh: text('issuer_zh').notNull(),
  issuerEn: text('issuer_en').notNull(),
  issuedOn: text('issued_on'),
  deadline: text('deadline').notNull(),
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
  createdAt: instant('created_at'),
});

/** Item ids are unique within their plan, so that a second plan can number its own `goals` and `task-06`. */
export const planItems = sqliteTable(
  'plan_items',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    id: text('id').notNull(),
    parentId: text('parent_id'),
    number: text('number').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    position: integer('position').notNull(),
    note: text('note'),
  },
  (table) => [primaryKey({ columns: [table.planId, table.id] })],
);

export const units = sqliteTable('units', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
});

export const targets = sqliteTable(
  'targets',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    id: text('id').notNull(),
    itemId: text('item_id').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind', { enum: TARGET_KINDS }).notNull(),
    unit: text('unit').references(() => units.code),
    targetValue: real('target_value'),
    reportedValue: text('reported_value'),
    reportedUnit: text('reported_unit'),
    comparator: text('comparator', { enum: COMPARATORS }),
    measure: text('measure', { enum: MEASURES }),
    tolerancePercent: real('tolerance_percent'),
    baselineValue: real('baseline_value'),
    baselineDate: text('baseline_date'),
    /** The plan's verb: a milestone's completion point (建成), or an action's (建设, 推进: no completion point). */
    verbZh: text('verb_zh'),
    verbEn: text('verb_en'),
    deadline: text('deadline').notNull(),
    clause: text('clause').notNull(),
    note: text('note'),
    /** Current (not withdrawn) figures, kept by every write, so that progress never counts rows. */
    figureCount: integer('figure_count').notNull().default(0),
    createdAt: instant('created_at'),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.id] }),
    foreignKey({ columns: [table.planId, table.itemId], foreignColumns: [planItems.planId, planItems.id] }),
    // Lists across plans, in id order; and /v1/targets/{id}, the first target created with an id.
    index('targets_id_idx').on(table.id, table.planId),
  ],
);

export const indicators = sqliteTable(
  'indicators',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    id: text('id').notNull(),
    itemId: text('item_id').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit')
      .notNull()
      .references(() => units.code),
    measure: text('measure', { enum: MEASURES }).notNull(),
    geography: text('geography').notNull(),
    note: text('note'),
    createdAt: instant('created_at'),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.id] }),
    foreignKey({ columns: [table.planId, table.itemId], foreignColumns: [planItems.planId, planItems.id] }),
    index('indicators_id_idx').on(table.id, table.planId),
  ],
);

/** What a figure says; a version row repeats these columns, so that any version can be queried as the figure was. */
const figureColumns = () => ({
  planId: text('plan_id').notNull(),
  targetId: text('target_id'),
  indicatorId: text('indicator_id'),
  unit: text('unit'),
  value: real('value'),
  reportedValue: text('reported_value'),
  reportedUnit: text('reported_unit'),
  state: text('state', { enum: MILESTONE_STATES }),
  periodStart: text('period_start').notNull(),
  periodEnd: text('period_end').notNull(),
  periodKind: text('period_kind', { enum: PERIOD_KINDS }).notNull(),
  qualifier: text('qualifier', { enum: QUALIFIERS }),
  yearOnYearPercent: real('year_on_year_percent'),
  sourceId: text('source_id').notNull(),
  /** The source's date, copied from it (sources never change), so that recency is read off one index. */
  sourcePublishedOn: text('source_published_on'),
  /**
   * The first day the figure was public: the last day its source's date can stand for (2024 → 2024-12-31),
   * or, for an undated source, the day it was recorded. Progress as of a date counts only figures public by then.
   */
  sourceAvailableOn: text('source_available_on').notNull(),
  quote: text('quote').notNull(),
  note: text('note'),
});

export const observations = sqliteTable(
  'observations',
  {
    id: text('id').primaryKey(),
    ...figureColumns(),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at'),
    createdBy: text('created_by'),
    updatedAt: text('updated_at'),
    updatedBy: text('updated_by'),
    withdrawnAt: text('withdrawn_at'),
    withdrawnBy: text('withdrawn_by'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (table) => [
    check('observations_one_series', sql`(${table.targetId} IS NULL) <> (${table.indicatorId} IS NULL)`),
    foreignKey({ columns: [table.planId, table.targetId], foreignColumns: [targets.planId, targets.id] }),
    foreignKey({ columns: [table.planId, table.indicatorId], foreignColumns: [indicators.planId, indicators.id] }),
    foreignKey({ columns: [table.sourceId], foreignColumns: [sources.id] }),
    // A figure's identity, which is also the order a series is listed in, a page at a time. Each
    // index holds only the rows of its kind of series.
    uniqueIndex('observations_target_identity')
      .on(table.planId, table.targetId, table.periodStart, table.periodEnd, table.sourceId)
      .where(sql`${table.targetId} IS NOT NULL`),
    uniqueIndex('observations_indicator_identity')
      .on(table.planId, table.indicatorId, table.periodStart, table.periodEnd, table.sourceId)
      .where(sql`${table.indicatorId} IS NOT NULL`),
    // A plan's figures, a page at a time (exports).
    index('observations_plan_idx').on(table.planId, table.id),
    // Progress: the newest current figure of a kind (or of any kind), the oldest, a given year's: one index probe each.
    index('observations_target_recency_idx')
      .on(table.planId, table.targetId, table.periodKind, table.periodEnd, table.sourcePublishedOn, table.id)
      .where(sql`${table.withdrawnAt} IS NULL AND ${table.targetId} IS NOT NULL`),
    index('observations_target_latest_idx')
      .on(table.planId, table.targetId, table.periodEnd, table.sourcePublishedOn, table.id)
      .where(sql`${table.withdrawnAt} IS NULL AND ${table.targetId} IS NOT NULL`),
  ],
);

/**
 * Every version of every observation, so that a correction or a withdrawal never loses what was there
 * before, and progress can be computed as it stood on any date: a version is in force from `at`
 * (its first version from the start of time: the figure was published before it was recorded) until
 * `supersededAt`.
 */
export const observationVersions = sqliteTable(
  'observation_versions',
  {
    observationId: text('observation_id')
      .notNull()
      .references(() => observations.id),
    version: integer('version').notNull(),
    action: text('action', { enum: VERSION_ACTIONS }).notNull(),
    at: instant('at'),
    by: text('by').notNull(),
    reason: text('reason'),
    supersededAt: text('superseded_at'),
    ...figureColumns(),
  },
  (table) => [
    primaryKey({ columns: [table.observationId, table.version] }),
    // Progress as of a date: the versions of a target's figures, newest period first.
    index('observation_versions_target_idx')
      .on(table.planId, table.targetId, table.periodKind, table.periodEnd)
      .where(sql`${table.targetId} IS NOT NULL`),
    index('observation_versions_latest_idx')
      .on(table.planId, table.targetId, table.periodEnd)
      .where(sql`${table.targetId} IS NOT NULL`),
  ],
);

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  scope: text('scope', { enum: SCOPES }).notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: instant('created_at'),
  createdBy: text('created_by'),
  revokedAt: text('revoked_at'),
  revokedBy: text('revoked_by'),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: instant('at'),
    keyId: text('key_id').notNull(),
    keyName: text('key_name').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    planId: text('plan_id'),
    targetId: text('target_id'),
    indicatorId: text('indicator_id'),
    requestId: text('request_id'),
  },
  (table) => [
    index('audit_log_key_idx').on(table.keyId, table.id),
    index('audit_log_target_idx').on(table.targetId, table.id),
    index('audit_log_indicator_idx').on(table.indicatorId, table.id),
    index('audit_log_at_idx').on(table.at),
  ],
);

/**
 * An Idempotency-Key and the answer it got. A claim in progress belongs to the instance that made it
 * until it expires, so that a crashed instance's claim is taken over by a retry instead of being
 * deleted at someone else's start-up.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    owner: text('owner').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state', { enum: IDEMPOTENCY_STATES }).notNull(),
    claimedBy: text('claimed_by'),
    claimExpiresAt: text('claim_expires_at'),
    responseStatus: integer('response_status'),
    responseHeaders: text('response_headers', { mode: 'json' }).$type<Record<string, string>>(),
    responseBody: text('response_body'),
    createdAt: instant('created_at'),
  },
  (table) => [primaryKey({ columns: [table.owner, table.key] }), index('idempotency_keys_created_idx').on(table.createdAt)],
);

/** One row: a number every committed write advances, which is what every cached answer is keyed by. */
export const dataVersion = sqliteTable('data_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});

/** Every table, as the repositories reach them (on PostgreSQL, through src/db/postgres/schema.ts's twin). */
export const tables = {
  sources,
  sourceAliases,
  plans,
  planItems,
  units,
  targets,
  indicators,
  observations,
  observationVersions,
  apiKeys,
  auditLog,
  idempotencyKeys,
  dataVersion,
};
