import { sql } from 'drizzle-orm';
import { COMPARATORS, MEASURES, MILESTONE_STATES, QUALIFIERS } from '../domain/progress.js';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const timestamp = (column: string) =>
  text(column)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  publishedOn: text('published_on'),
  publishedOnNote: text('published_on_note'),
  language: text('language').notNull(),
  kind: text('kind', { enum: ['plan', 'news_report', 'statistical_release'] }).notNull(),
  url: text('url'),
  document: text('document'),
  createdAt: timestamp('created_at'),
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
  createdAt: timestamp('created_at'),
});

export const planItems = sqliteTable(
  'plan_items',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    parentId: text('parent_id'),
    number: text('number').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [index('plan_items_plan_idx').on(table.planId)],
);

export const units = sqliteTable('units', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
});

/** A target or an indicator: a named series hanging under an item of a plan. */
const placedInPlan = () => ({
  id: text('id').primaryKey(),
  planId: text('plan_id')
    .notNull()
    .references(() => plans.id),
  itemId: text('item_id')
    .notNull()
    .references(() => planItems.id),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
});

export const targets = sqliteTable(
  'targets',
  {
    ...placedInPlan(),
    kind: text('kind', { enum: ['quantity', 'milestone'] }).notNull(),
    unit: text('unit').references(() => units.code),
    targetValue: real('target_value'),
    reportedValue: text('reported_value'),
    reportedUnit: text('reported_unit'),
    comparator: text('comparator', { enum: COMPARATORS }),
    measure: text('measure', { enum: MEASURES }),
    tolerancePercent: real('tolerance_percent'),
    baselineValue: real('baseline_value'),
    baselineDate: text('baseline_date'),
    doneWhenZh: text('done_when_zh'),
    doneWhenEn: text('done_when_en'),
    deadline: text('deadline').notNull(),
    clause: text('clause').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at'),
  },
  (table) => [index('targets_plan_idx').on(table.planId), index('targets_item_idx').on(table.itemId)],
);

export const indicators = sqliteTable(
  'indicators',
  {
    ...placedInPlan(),
    unit: text('unit')
      .notNull()
      .references(() => units.code),
    measure: text('measure', { enum: MEASURES }).notNull(),
    geography: text('geography').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at'),
  },
  (table) => [index('indicators_plan_idx').on(table.planId)],
);

export const observations = sqliteTable(
  'observations',
  {
    id: text('id').primaryKey(),
    targetId: text('target_id').references(() => targets.id),
    indicatorId: text('indicator_id').references(() => indicators.id),
    value: real('value'),
    reportedValue: text('reported_value'),
    reportedUnit: text('reported_unit'),
    state: text('state', { enum: MILESTONE_STATES }),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    qualifier: text('qualifier', { enum: QUALIFIERS }),
    yearOnYearPercent: real('year_on_year_percent'),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    quote: text('quote').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at'),
    createdBy: text('created_by'),
    version: integer('version').notNull().default(1),
    updatedAt: text('updated_at'),
    updatedBy: text('updated_by'),
    withdrawnAt: text('withdrawn_at'),
    withdrawnBy: text('withdrawn_by'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (table) => [
    check('observations_one_series', sql`(${table.targetId} IS NULL) <> (${table.indicatorId} IS NULL)`),
    uniqueIndex('observations_target_identity').on(table.targetId, table.periodStart, table.periodEnd, table.sourceId),
    uniqueIndex('observations_indicator_identity').on(
      table.indicatorId,
      table.periodStart,
      table.periodEnd,
      table.sourceId,
    ),
  ],
);

/** Every version of every observation, so that a correction or a withdrawal never loses what was there before. */
export const observationVersions = sqliteTable(
  'observation_versions',
  {
    observationId: text('observation_id')
      .notNull()
      .references(() => observations.id),
    version: integer('version').notNull(),
    action: text('action', { enum: ['created', 'revised', 'withdrawn'] }).notNull(),
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    at: timestamp('at'),
    by: text('by').notNull(),
    reason: text('reason'),
  },
  (table) => [primaryKey({ columns: [table.observationId, table.version] })],
);

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  scope: text('scope', { enum: ['read', 'write', 'admin'] }).notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: timestamp('created_at'),
  createdBy: text('created_by'),
  revokedAt: text('revoked_at'),
  revokedBy: text('revoked_by'),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: timestamp('at'),
    keyId: text('key_id').notNull(),
    keyName: text('key_name').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    targetId: text('target_id'),
    indicatorId: text('indicator_id'),
    requestId: text('request_id'),
  },
  (table) => [
    index('audit_log_key_idx').on(table.keyId),
    index('audit_log_target_idx').on(table.targetId),
    index('audit_log_at_idx').on(table.at),
  ],
);

export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    owner: text('owner').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state', { enum: ['in_progress', 'done'] }).notNull(),
    responseStatus: integer('response_status'),
    responseHeaders: text('response_headers', { mode: 'json' }).$type<Record<string, string>>(),
    responseBody: text('response_body'),
    createdAt: timestamp('created_at'),
  },
  (table) => [primaryKey({ columns: [table.owner, table.key] }), index('idempotency_keys_created_idx').on(table.createdAt)],
);
