/**
 * Property-based tests over every operation of openapi/openapi.json (issue 10): generated valid and
 * invalid path parameters, query strings, headers and bodies, sent to one seeded app. For every answer:
 * no 5xx; every error an RFC 9457 problem; a request the document itself calls invalid is refused (4xx),
 * with `errors[].field` naming the field when the body is at fault; and a refused request, a read, or an
 * idempotent replay changes nothing in the database (every table compared before and after each request,
 * the only allowance being the refusal kept for replay under the request's own Idempotency-Key).
 *
 * Reproduce a failure with the seed it prints: PROPERTIES_SEED=<seed> (and PROPERTIES_RUNS=<n>).
 * The defects these properties found are pinned below, one exact request each, so that they stay
 * fixed. PROPERTIES_SURVEY=1 runs every property to the end and prints every violation instead of
 * stopping at the first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { CSV_COLUMNS } from '../../src/modules/imports/imports.csv.js';
import { admin, buildTestApp, ENGINE, rawSnapshots, snapshotDiff, TEST_ADMIN_KEY, testDatabase, withKey, type RawSnapshots } from '../helpers.js';

const BASE_SEED = Number(process.env.PROPERTIES_SEED ?? 20_251_122);
const RUNS = Number(process.env.PROPERTIES_RUNS ?? 60);
const SURVEY = process.env.PROPERTIES_SURVEY === '1';

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, any>;

const openapi = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

interface Operation {
  id: string;
  method: string;
  path: string;
  params: Parameter[];
  body?: { required: boolean; content: Record<string, Schema> };
  /** A key is required (writes); otherwise optional (reads) or not asked for at all (/health). */
  auth: 'required' | 'optional' | 'none';
}

const ADMIN_ONLY = /^\/v1\/(keys|audit)\b/;

const operations: Operation[] = Object.entries(openapi.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => {
    const security = operation.security as Record<string, unknown>[] | undefined;
    return {
      id: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      params: (operation.parameters ?? []) as Parameter[],
      body: operation.requestBody
        ? {
            required: Boolean(operation.requestBody.required),
            content: Object.fromEntries(Object.entries(operation.requestBody.content as Record<string, { schema: Schema }>).map(([type, { schema }]) => [type, schema])),
          }
        : undefined,
      auth: !security?.length ? 'none' : security.some((entry) => Object.keys(entry).length === 0) ? 'optional' : 'required',
    } satisfies Operation;
  }),
);

function resolveRef(ref: string): Schema {
  const parts = ref.replace(/^#\//, '').split('/');
  let node: any = openapi;
  for (const part of parts) node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (!node) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

/**
 * What a value breaks of a JSON Schema (the subset the document uses), each with the path of the
 * offending value; empty when the value is valid. `format` is an annotation only. Lengths are counted in
 * UTF-16 code units, as the service (zod) counts them and the document was generated from it.
 */
function violations(schema: Schema | boolean | undefined, value: unknown, path: (string | number)[] = []): { path: (string | number)[]; message: string }[] {
  if (schema === undefined || schema === true) return [];
  if (schema === false) return [{ path, message: 'not allowed' }];
  if (schema.$ref) return violations(resolveRef(schema.$ref), value, path);
  const found: { path: (string | number)[]; message: string }[] = [];
  const fail = (message: string, at = path) => found.push({ path: at, message });
  if (schema.allOf) for (const part of schema.allOf) found.push(...violations(part, value, path));
  if (schema.anyOf && !schema.anyOf.some((part: Schema) => violations(part, value, path).length === 0)) fail('matches none of anyOf');
  if (schema.oneOf && schema.oneOf.filter((part: Schema) => violations(part, value, path).length === 0).length !== 1) fail('does not match exactly one of oneOf');
  // The document's enums and consts are all scalars: compared as such, nothing deep is ever stringified.
  if ('const' in schema && schema.const !== value) fail(`is not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) fail('is not one of the enum');
  if (schema.type) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const matches = types.some(
      (type) =>
        (type === 'null' && value === null) ||
        (type === 'boolean' && typeof value === 'boolean') ||
        (type === 'number' && typeof value === 'number') ||
        (type === 'integer' && Number.isInteger(value)) ||
        (type === 'string' && typeof value === 'string') ||
        (type === 'array' && Array.isArray(value)) ||
        (type === 'object' && isObject),
    );
    if (!matches) {
      fail(`is not of type ${types.join('|')}`);
      return found;
    }
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(`is shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail(`is longer than ${schema.maxLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && !(value >= schema.minimum)) fail(`is below ${schema.minimum}`);
    if (schema.maximum !== undefined && !(value <= schema.maximum)) fail(`is above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && !(value > schema.exclusiveMinimum)) fail(`is not above ${schema.exclusiveMinimum}`);
    if (typeof schema.exclusiveMaximum === 'number' && !(value < schema.exclusiveMaximum)) fail(`is not below ${schema.exclusiveMaximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail(`has fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`has more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => found.push(...violations(schema.items, item, [...path, i])));
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!Object.hasOwn(object, name)) fail('is required', [...path, name]);
    for (const [name, item] of Object.entries(object)) {
      if (schema.properties && Object.hasOwn(schema.properties, name)) found.push(...violations(schema.properties[name], item, [...path, name]));
      else if (schema.additionalProperties !== undefined) found.push(...violations(schema.additionalProperties, item, [...path, name]));
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** A JSON number (or any JSON text) written exactly as given: 1e-400, -0, 12345678901234567890.123. */
class Raw {
  constructor(readonly text: string) {}
}
type Value = Json | Raw | undefined | Value[] | { [key: string]: Value };

function toJsonText(value: Value): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : toJsonText(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface Request {
  operation: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** Why the document says this request is invalid; empty when it says nothing against it. */
  invalidBecause: string[];
  /** Where the body breaks the request schema, as `errors[].field` should name it. */
  bodyFields: string[][];
}

const describeRequest = (request: Request) =>
  `${request.method} ${request.url.length > 300 ? `${request.url.slice(0, 300)}…(${request.url.length} chars)` : request.url}\n` +
  `  headers: ${JSON.stringify(request.headers).replace(TEST_ADMIN_KEY, '<admin key>')}\n` +
  (request.payload === undefined ? '' : `  body: ${request.payload.length > 600 ? `${request.payload.slice(0, 600)}…(${request.payload.length} chars)` : request.payload}\n`) +
  (request.invalidBecause.length ? `  invalid because: ${request.invalidBecause.join('; ')}\n` : '');

// ---------------------------------------------------------------------------------------------
// What the seed holds, read through the API
// ---------------------------------------------------------------------------------------------

interface Context {
  planId: string;
  items: string[];
  targets: { id: string; kind: string; unit: string | null }[];
  indicators: { id: string; unit: string }[];
  sources: { id: string; publishedOn: string | null; formerIds: string[] }[];
  observations: { id: string; withdrawn: boolean }[];
  units: { code: string; aliases: string[] }[];
  /** Keys the generated requests may revoke (never the ones they authenticate with). */
  revocableKeys: string[];
  keyNames: string[];
  /** nextCursor of the first page of each list, by operation. */
  cursors: Record<string, string[]>;
  writeKey: string;
  readKey: string;
}

let app: FastifyInstance;
let snapshots: RawSnapshots;
let context: Context;
let directory: string | undefined;

async function all(url: string): Promise<any[]> {
  const items: any[] = [];
  for (let cursor: string | null = null; ; ) {
    const response: { statusCode: number; body: string; json(): any } = await app.inject({ url: `${url}${url.includes('?') ? '&' : '?'}limit=500${cursor ? `&cursor=${cursor}` : ''}`, headers: admin });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    const page: { items: any[]; nextCursor: string | null } = response.json();
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
}

async function readContext(keys: { writeKey: string; readKey: string; revocableKeys: string[]; planId?: string }): Promise<Context> {
  // The seeded plan (the only one at first; generated requests add others).
  const planId = keys.planId ?? ((await all('/v1/plans'))[0].id as string);
  const flatten = (nodes: any[]): string[] => nodes.flatMap((node) => [node.id, ...flatten(node.children)]);
  const targets = await all(`/v1/targets?planId=${planId}`);
  const context: Context = {
    planId,
    items: flatten(await all(`/v1/plans/${planId}/items`)),
    targets: targets.map((target) => ({ id: target.id, kind: target.kind, unit: target.unit ?? null })),
    indicators: (await all(`/v1/indicators?planId=${planId}`)).map((indicator) => ({ id: indicator.id, unit: indicator.unit })),
    sources: (await all('/v1/sources')).map((source) => ({ id: source.id, publishedOn: source.publishedOn, formerIds: source.formerIds })),
    observations: (await all(`/v1/plans/${planId}/observations`)).map((observation) => ({ id: observation.id, withdrawn: false })),
    units: (await all('/v1/units')).map((unit) => ({ code: unit.code, aliases: unit.aliases })),
    keyNames: (await all('/v1/keys?includeRevoked=true')).map((key) => key.name),
    writeKey: keys.writeKey,
    readKey: keys.readKey,
    revocableKeys: keys.revocableKeys,
    cursors: {},
  };
  // A real cursor for every list, so that the valid requests page too.
  for (const operation of operations) {
    if (operation.method !== 'GET' || !operation.params.some((param) => param.name === 'cursor')) continue;
    const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(realValues(context, name, operation.path)[0] ?? 'x'));
    const page = await app.inject({ url: `${url}?limit=1`, headers: admin });
    const cursor = page.statusCode === 200 ? page.json().nextCursor : null;
    context.cursors[operation.id] = cursor ? [cursor] : [];
  }
  return context;
}

/** The ids a path parameter can take in the seeded data. */
function realValues(context: Context, name: string, path: string): string[] {
  switch (name) {
    case 'planId':
      return [context.planId];
    case 'itemId':
      return context.items;
    case 'targetId':
      return context.targets.map((target) => target.id);
    case 'indicatorId':
      return context.indicators.map((indicator) => indicator.id);
    case 'observationId':
      return context.observations.map((observation) => observation.id);
    case 'sourceId':
      return context.sources.flatMap((source) => [source.id, ...source.formerIds]);
    case 'code':
      return context.units.map((unit) => unit.code);
    case 'keyId':
      return path.startsWith('/v1/keys') ? context.revocableKeys : [];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CHINESE = [...'港口集装箱吞吐量万亿元同比增长完成建设推进天津京津冀协同发展，。、“”（）%'];
const FORMULA = ['=', '+', '-', '@', '\t', "'", '"', ',', '\n', '\r\n', ';'];

/** Text the service takes as free text: trimmed, non-empty, no control characters, at most `max` long. */
const textArb = (max: number, min = 1) =>
  fc
    .string({
      unit: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...CHINESE) },
        { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
        { weight: 1, arbitrary: fc.constantFrom(...FORMULA) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
      ),
      minLength: min,
      maxLength: Math.min(max, 24),
    })
    .map((text) => text.trim().slice(0, max))
    .filter((text) => text.length >= min && !CONTROL.test(text));

const bilingualArb = fc.record({ zh: textArb(300), en: textArb(300) });
const freshIdArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/).map((id) => `fc-${id}`);

const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dateArb = (from: string, to: string) => fc.integer({ min: Date.parse(from) / DAY, max: Date.parse(to) / DAY }).map((day) => dateOf(day * DAY));
/** A period every seeded source was published after. */
const periodArb = fc
  .tuple(fc.integer({ min: Date.parse('2012-01-01') / DAY, max: Date.parse('2023-12-31') / DAY }), fc.integer({ min: 0, max: 400 }))
  .map(([start, length]) => ({ start: dateOf(start * DAY), end: dateOf(Math.min(start + length, Date.parse('2023-12-31') / DAY) * DAY) }));

/** A decimal as a document prints it, as a number or a string that keeps every digit. */
const decimalArb: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.tuple(fc.stringMatching(/^[1-9]\d{0,8}$/), fc.stringMatching(/^\d{1,12}$/)).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.constantFrom('2024.190', '0.12345678901234567890', '1e-300', '9.99e+200', '0', '-0', '+5', '5e-324', '1E3'),
);

const SCALES = ['', '', '万', '亿', '萬', '百万', '千万'];
const unitWordArb = (context: Context, unit: string | null) => {
  const aliases = context.units.find((candidate) => candidate.code === unit)?.aliases ?? [];
  return fc.tuple(fc.constantFrom(...SCALES), fc.constantFrom(...(aliases.length ? aliases : ['个']))).map(([scale, alias]) => `${scale}${alias}`);
};

/** Values nothing should take: wrong types, extreme numbers, hostile strings, deep nesting. */
const hostileArb: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom<Value>(null, true, false, 0, -1, 1.5, 2 ** 53, '', ' ', '\t', 'x', '💥', "'; DROP TABLE targets; --", '=HYPERLINK("http://x")', [], [1, 'a'], {}, { a: 1 }),
  fc.constantFrom(
    ...['1e-400', '1e309', '-1e309', '-0', '5e-324', '12345678901234567890.123', '1e400', '0.1e-999', '"\\ud800"', '"\\u0000"', '"a\\u0000b"', '"\\udfff\\ud800"', '"\\u202e"'].map((text) => new Raw(text)),
  ),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.constantFrom('x'.repeat(100_000), '中'.repeat(30_000), ' '.repeat(3000) + 'x'),
  fc.constantFrom('2024-02-30', '0000-01-01', '9999-12-31', '2024-13-01', '2024-1-1', '2024', '10000-01-01', '2024-02-29T00:00:00Z'),
  fc.constantFrom(new Raw(`${'['.repeat(5000)}${']'.repeat(5000)}`), new Raw(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`)),
  fc.double(),
  fc.integer(),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
);

/** A valid body for each writing operation, built from the seed's ids. */
function validBodyArb(operation: Operation, path: Record<string, string | undefined>, context: Context): fc.Arbitrary<Value> | undefined {
  const sourceIds = context.sources.map((source) => source.id);
  const quantity = context.targets.filter((target) => target.kind === 'quantity');
  const figureArb = (kind: string, unit: string | null) =>
    fc.record(
      ({
        id: freshIdArb,
        ...(kind === 'quantity'
          ? {
              reported: fc.record({ value: decimalArb, unit: unitWordArb(context, unit) }),
              qualifier: fc.constantFrom('exact', 'about', 'more_than', 'at_least', 'less_than'),
              yearOnYearPercent: fc.double({ min: -100, max: 1000, noNaN: true }),
            }
          : { state: fc.constantFrom('not_started', 'under_way', 'completed') }),
        period: periodArb,
        sourceId: fc.constantFrom(...sourceIds),
        quote: textArb(2000),
        note: fc.option(textArb(2000), { nil: null }),
      }) as Record<string, fc.Arbitrary<unknown>>,
      { requiredKeys: ['period', 'sourceId', 'quote', ...(kind === 'quantity' ? ['reported'] : ['state'])] as never },
    ) as fc.Arbitrary<Value>;
  const seriesOf = () => {
    if (path.targetId !== undefined) {
      const target = context.targets.find((candidate) => candidate.id === path.targetId);
      return target ? { kind: target.kind, unit: target.unit } : { kind: 'quantity', unit: 'TEU' };
    }
    const indicator = context.indicators.find((candidate) => candidate.id === path.indicatorId);
    return { kind: 'quantity', unit: indicator?.unit ?? 'count' };
  };
  const patchOf = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Value>;

  switch (`${operation.method} ${operation.path}`) {
    case 'POST /v1/plans':
      return fc.record({
        id: freshIdArb,
        title: bilingualArb,
        issuer: bilingualArb,
        issuedOn: fc.option(fc.constantFrom('2023', '2023-06', '2023-06-30'), { nil: null }),
        deadline: dateArb('2024-01-01', '2035-12-31'),
        sourceId: fc.constantFrom(...sourceIds),
      }) as fc.Arbitrary<Value>;
    case 'PATCH /v1/plans/{planId}':
      return patchOf({ title: bilingualArb, issuer: bilingualArb, issuedOn: fc.constantFrom('2023', null), deadline: dateArb('2024-01-01', '2035-12-31') });
    case 'POST /v1/plans/{planId}/items':
      return fc.record({
        id: freshIdArb,
        parentId: fc.option(fc.constantFrom(...context.items), { nil: null }),
        number: textArb(20),
        title: bilingualArb,
        position: fc.integer({ min: 0, max: 100_000 }),
        note: fc.option(textArb(2000), { nil: null }),
      }) as fc.Arbitrary<Value>;
    case 'PATCH /v1/plans/{planId}/items/{itemId}':
      return patchOf({ number: textArb(20), title: bilingualArb, position: fc.integer({ min: 0, max: 100_000 }), note: fc.option(textArb(2000), { nil: null }), parentId: fc.constantFrom(...context.items) });
    case 'POST /v1/targets':
      return fc.oneof(
        fc
          .constantFrom(...context.units.map((unit) => unit.code))
          .chain((unit) =>
            fc.record(
              {
                id: freshIdArb,
                planId: fc.constant(context.planId),
                itemId: fc.constantFrom(...context.items),
                kind: fc.constant('quantity'),
                name: bilingualArb,
                clause: textArb(2000),
                unit: fc.constant(unit),
                reported: fc.record({ value: decimalArb, unit: unitWordArb(context, unit) }),
                comparator: fc.constantFrom('at_least', 'more_than', 'about', 'at_most'),
                measure: fc.constantFrom('annual', 'level', 'cumulative', 'ratio'),
                deadline: dateArb('2024-01-01', '2035-12-31'),
                baseline: fc.option(fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }), date: dateArb('2015-01-01', '2023-12-31') }), { nil: null }),
              },
              { requiredKeys: ['id', 'planId', 'itemId', 'kind', 'name', 'clause', 'unit', 'reported', 'comparator', 'measure'] },
            ),
          ),
        fc.record({
          id: freshIdArb,
          planId: fc.constant(context.planId),
          itemId: fc.constantFrom(...context.items),
          kind: fc.constant('milestone'),
          name: bilingualArb,
          clause: textArb(2000),
          doneWhen: bilingualArb,
        }),
        fc.record({
          id: freshIdArb,
          planId: fc.constant(context.planId),
          itemId: fc.constantFrom(...context.items),
          kind: fc.constant('action'),
          name: bilingualArb,
          clause: textArb(2000),
          activity: bilingualArb,
        }),
      ) as fc.Arbitrary<Value>;
    case 'PATCH /v1/plans/{planId}/targets/{targetId}':
    case 'PATCH /v1/targets/{targetId}':
      return patchOf({
        name: bilingualArb,
        clause: textArb(2000),
        note: fc.option(textArb(2000), { nil: null }),
        deadline: dateArb('2024-01-01', '2035-12-31'),
        itemId: fc.constantFrom(...context.items),
      });
    case 'POST /v1/plans/{planId}/targets/{targetId}/observations':
    case 'POST /v1/targets/{targetId}/observations':
    case 'POST /v1/plans/{planId}/indicators/{indicatorId}/observations':
    case 'POST /v1/indicators/{indicatorId}/observations': {
      const series = seriesOf();
      return figureArb(series.kind, series.unit);
    }
    case 'PATCH /v1/observations/{observationId}':
      return patchOf({
        quote: textArb(2000),
        note: fc.option(textArb(2000), { nil: null }),
        qualifier: fc.option(fc.constantFrom('exact', 'about', 'more_than'), { nil: null }),
        yearOnYearPercent: fc.option(fc.double({ min: -100, max: 1000, noNaN: true }), { nil: null }),
        period: periodArb,
      });
    case 'DELETE /v1/observations/{observationId}':
      return fc.record({ reason: textArb(1000) }) as fc.Arbitrary<Value>;
    case 'POST /v1/indicators':
      return fc.record({
        id: freshIdArb,
        planId: fc.constant(context.planId),
        itemId: fc.constantFrom(...context.items),
        name: bilingualArb,
        unit: fc.constantFrom(...context.units.map((unit) => unit.code)),
        measure: fc.constantFrom('annual', 'level', 'cumulative', 'ratio'),
        geography: textArb(100),
        note: fc.option(textArb(2000), { nil: null }),
      }) as fc.Arbitrary<Value>;
    case 'POST /v1/sources':
      return fc.record(
        {
          id: freshIdArb,
          title: textArb(500),
          publisher: textArb(500),
          publishedOn: fc.option(fc.constantFrom('2024', '2024-05', '2024-05-12', '2023-02-28'), { nil: null }),
          publishedOnNote: fc.option(textArb(2000), { nil: null }),
          language: fc.constantFrom('zh-Hans', 'zh-Hant', 'en'),
          kind: fc.constantFrom('plan', 'news_report'),
          url: fc.option(fc.webUrl(), { nil: null }),
          document: fc.option(textArb(200), { nil: null }),
          formerIds: fc.array(freshIdArb, { maxLength: 3 }),
        },
        { requiredKeys: ['id', 'title', 'publisher', 'publishedOn', 'language', 'kind'] },
      ) as fc.Arbitrary<Value>;
    case 'POST /v1/units':
      return fc.record({
        code: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,12}$/).map((code) => `fc_${code}`),
        name: bilingualArb,
        aliases: fc.uniqueArray(textArb(10), { maxLength: 4 }),
      }) as fc.Arbitrary<Value>;
    case 'POST /v1/imports': {
      const rowArb = fc.constantFrom(...quantity).chain((target) =>
        fc.record({
          targetId: fc.constant(target.id),
          period: periodArb,
          reported: fc.record({ value: decimalArb, unit: unitWordArb(context, target.unit) }),
          sourceId: fc.constantFrom(...sourceIds),
          quote: textArb(2000),
        }),
      );
      return fc.record({ observations: fc.array(rowArb, { maxLength: 4 }) }) as fc.Arbitrary<Value>;
    }
    case 'POST /v1/keys':
      return fc.record({ name: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,20}$/).map((name) => `fc.${name}`), scope: fc.constantFrom('read', 'write', 'admin') }) as fc.Arbitrary<Value>;
    default:
      return undefined;
  }
}

/**
 * Values the document's schema allows, generated from the schema itself (the subset it uses): valid
 * in form, mostly meaningless to the service (ids that name nothing, periods after their source).
 */
function schemaArb(schema: Schema | undefined, depth = 0): fc.Arbitrary<Value> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.$ref) return schemaArb(resolveRef(schema.$ref), depth + 1);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...(branches as Schema[]).map((branch) => schemaArb(branch, depth + 1)));
  if ('const' in schema) return fc.constant(schema.const as Json);
  if (schema.enum) return fc.constantFrom(...(schema.enum as Json[]));
  const type = Array.isArray(schema.type) ? fc.constantFrom(...(schema.type as string[])) : fc.constant(schema.type as string);
  return type.chain((name): fc.Arbitrary<Value> => {
    switch (name) {
      case 'string':
        if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
        if (schema.format === 'date') return dateArb('1990-01-01', '2030-12-31');
        if (schema.format === 'uri') return fc.webUrl();
        return fc.string({ unit: 'grapheme', minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) }).filter((text) => text.length >= (schema.minLength ?? 0) && text.length <= (schema.maxLength ?? Infinity));
      case 'integer':
        return fc.integer({ min: Math.max(schema.minimum ?? -1e9, -1e9), max: Math.min(schema.maximum ?? 1e9, 1e9) });
      case 'number': {
        const min = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : (schema.minimum ?? -1e12);
        return fc.double({ min, max: schema.maximum ?? 1e12, noNaN: true, noDefaultInfinity: true, minExcluded: typeof schema.exclusiveMinimum === 'number' });
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(schemaArb(schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
      case 'object': {
        const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
        return fc.record(Object.fromEntries(properties.map(([key, property]) => [key, schemaArb(property, depth + 1)])), { requiredKeys: schema.required ?? [] }) as fc.Arbitrary<Value>;
      }
      default:
        return fc.constant(null);
    }
  });
}

/** Every path to a value inside a JSON value (the root included). */
function pathsOf(value: Value, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object' && !(value instanceof Raw)) {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }
  return here;
}

function setAt(value: Value, path: (string | number)[], replacement: Value | typeof REMOVE): Value {
  if (!path.length) return replacement === REMOVE ? undefined : replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (replacement === REMOVE && !rest.length) copy.splice(head as number, 1);
    else copy[head as number] = setAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, Value>) };
  if (replacement === REMOVE && !rest.length) delete copy[head as string];
  else copy[head as string] = setAt(copy[head as string], rest, replacement);
  return copy;
}
const REMOVE = Symbol('remove');

/** A body broken one way: a value replaced, a field removed or added, the whole replaced, or the text itself malformed. */
function mutatedArb(body: Value): fc.Arbitrary<{ body?: Value; text?: string }> {
  const paths = pathsOf(body);
  const objectPaths = paths.filter((path) => {
    let node: any = body;
    for (const key of path) node = node?.[key];
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
  const text = toJsonText(body);
  const stringPaths = paths.filter((path) => {
    let node: any = body;
    for (const key of path) node = node?.[key];
    return typeof node === 'string';
  });
  const textAt = (path: (string | number)[]) => {
    let node: any = body;
    for (const key of path) node = node?.[key];
    return node as string;
  };
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...paths), hostileArb).map(([path, value]) => ({ body: setAt(body, path, value) })) },
    ...(stringPaths.length
      ? [{ weight: 4, arbitrary: fc.tuple(fc.constantFrom(...stringPaths), fc.nat(), fc.constantFrom(...TAINTS)).map(([path, at, taint]) => {
          const original = textAt(path);
          const cut = at % (original.length + 1);
          return { body: setAt(body, path, `${original.slice(0, cut)}${taint}${original.slice(cut)}`) };
        }) }]
      : []),
    { weight: 2, arbitrary: fc.constantFrom(...paths.filter((path) => path.length)).map((path) => ({ body: setAt(body, path, REMOVE) })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...objectPaths), fc.constantFrom('zzz', '__proto__', 'constructor', 'createdAt', 'version', 'id', 'withdrawn', 'printed'), hostileArb)
        .map(([path, key, value]) => ({ body: setAt(body, [...path, key], value) })),
    },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.integer({ min: 0, max: Math.max(0, text.length - 1) }).map((at) => ({ text: text.slice(0, at) })),
        fc.constantFrom(`${text},`, `${text}}`, `${text} x`, `${text}${text}`, text.replace(/"/g, "'"), text.replace(/:/, ':NaN,"x":'), `/* c */${text}`, text.replace(/\}$/, ',}')).map((malformed) => ({ text: malformed })),
      ),
    },
  );
}

/** What a string can be tainted with: control characters (NUL first), invisible and direction marks, padding. */
const TAINTS = ['\u0000', '\u0000', '\u0001', '\u001b', '\u007f', '\u0008', '\u000b', '\u200b', '\u202e', '\ufeff', '\u2028', '\n', '\r', '\t', '   ', '\u00a0'];

const junkSegmentArb = fc.oneof(
  fc.constantFrom('', '%00', '..', '.', '%2e%2e', '%2F', '%20', '%E0%A4%A', '%', '%zz', 'a%00b', '%C0%AE', '%FF', '~', '-', '%F0%9F%92%A5', '%E2%80%AE', 'NaN', 'null', '__proto__', 'constructor', '0', '-1', '1e400', '%09', '%0A'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  fc.integer({ min: 90, max: 260 }).map((length) => 'x'.repeat(length)),
  fc.constant('y'.repeat(5000)),
);

/** Segments that change which route a URL names (dot segments; an empty one, which ignoreTrailingSlash may drop): no expectation on them. */
const DOT_SEGMENTS = new Set(['', '.', '..', '%2e%2e', '%2E%2E', '%2e', '%2E']);

function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

const junkCursorArb = fc.oneof(
  fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.double(), fc.integer(), fc.constant(null), fc.boolean()), { maxLength: 4 }).map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
  fc.constantFrom('[1e400]', '[1.5]', '[-1]', '[1e20]', '[3000000000]', '["\\u0000"]', '["a","b","\\u0000"]', '[0,"\\u0000"]', '[9007199254740993]', '{}', '"x"', '[[]]').map((text) => Buffer.from(text).toString('base64url')),
  fc.constantFrom('!!!', 'AAAA', '=', 'x', 'W10', 'bnVsbA'),
);

/** A value for a query parameter the document defines. */
/** A query value as OpenAPI's form style reads it: digits are an integer, true/false a boolean. */
function parameterValue(schema: Schema, text: string | string[]): unknown {
  if (Array.isArray(text)) return text;
  if (schema.type === 'integer' && /^\d+$/.test(text)) return Number(text);
  if (schema.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function queryValueArb(operation: Operation, parameter: Parameter, context: Context): fc.Arbitrary<string | string[]> {
  const schema = parameter.schema;
  const valid: fc.Arbitrary<string> = (() => {
    if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
    if (schema.type === 'boolean') return fc.constantFrom('true', 'false');
    switch (parameter.name) {
      case 'limit':
        return fc.oneof(fc.integer({ min: 1, max: 500 }).map(String), fc.constantFrom('1', '2', '500'));
      case 'cursor':
        return context.cursors[operation.id]?.length ? fc.oneof(fc.constantFrom(...context.cursors[operation.id]), junkCursorArb) : junkCursorArb;
      case 'planId':
        return fc.constant(context.planId);
      case 'itemId':
        return fc.constantFrom(...context.items);
      case 'targetId':
        return fc.constantFrom(...context.targets.map((target) => target.id));
      case 'indicatorId':
        return fc.constantFrom(...context.indicators.map((indicator) => indicator.id));
      case 'unit':
        return fc.constantFrom(...context.units.map((unit) => unit.code));
      case 'key':
        return fc.constantFrom('TRACKER_ADMIN_KEY', 'key-tracker-admin-key', ...context.keyNames);
      case 'since':
      case 'until':
        return fc.oneof(dateArb('2020-01-01', '2030-01-01'), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString()), fc.constantFrom('2024-01-01T00:00:00+08:00'));
      case 'q':
        return fc.oneof(fc.constantFrom('港口', 'port', 'Port', '%', '_', '\\'), textArb(100));
      case 'reason':
        return textArb(1000);
      default:
        return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) });
    }
  })();
  const invalid: fc.Arbitrary<string | string[]> = fc.oneof(
    fc.constantFrom('', '0x10', '1e400', '1e3', '16.0', '-1', ' 1', '+1', '0', '501', '999999999', '1000000000', 'NaN', 'Infinity', 'true ', 'TRUE', '1', 'yes', '\u0000', 'a\u0000b', '%', '💥', '\u202e'),
    fc.constant('z'.repeat(100_000)),
    fc.array(valid, { minLength: 2, maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: invalid });
}

const AUTH = ['admin', 'admin', 'admin', 'admin', 'admin', 'admin', 'admin', 'admin', 'none', 'write', 'read', 'garbage', 'basic', 'empty', 'lower-case', 'spaces'] as const;
type Auth = (typeof AUTH)[number];

function authorization(auth: Auth, context: Context): string | undefined {
  switch (auth) {
    case 'admin':
      return `Bearer ${TEST_ADMIN_KEY}`;
    case 'none':
      return undefined;
    case 'write':
      return `Bearer ${context.writeKey}`;
    case 'read':
      return `Bearer ${context.readKey}`;
    case 'garbage':
      return 'Bearer ptt_not-a-key-at-all';
    case 'basic':
      return 'Basic YWRtaW46YWRtaW4=';
    case 'empty':
      return 'Bearer ';
    case 'lower-case':
      return `bearer ${TEST_ADMIN_KEY}`;
    case 'spaces':
      return `Bearer   ${TEST_ADMIN_KEY}  `;
  }
}

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'text/csv', 'application/xml', 'multipart/form-data; boundary=x', 'application/merge-patch+json', 'application/problem+json', 'application/json; charset=latin1'];
const IDEMPOTENCY_KEYS = ['', 'k'.repeat(201), 'same-key-1', 'same-key-2', 'ÿ-latin1-é', ' spaced key ', 'a'];

function requestArb(operation: Operation, context: Context): fc.Arbitrary<Request> {
  const pathNames = operation.params.filter((param) => param.in === 'path').map((param) => param.name);
  const segmentArb = (name: string) => {
    const real = realValues(context, name, operation.path);
    return real.length
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real).map(encodeURIComponent) }, { weight: 1, arbitrary: junkSegmentArb })
      : junkSegmentArb;
  };
  const pathArb = fc.tuple(...pathNames.map(segmentArb)).map((values) => Object.fromEntries(pathNames.map((name, i) => [name, values[i]])) as Record<string, string>);

  return pathArb.chain((rawPath) => {
    const decodedPath = Object.fromEntries(Object.entries(rawPath).map(([name, raw]) => [name, decode(raw)]));
    const query = operation.params.filter((param) => param.in === 'query');
    const queryArb = fc.record(Object.fromEntries(query.map((param) => [param.name, fc.option(queryValueArb(operation, param, context), { nil: undefined, freq: 2 })])), { requiredKeys: [] });
    const extraQueryArb = fc.array(fc.constantFrom('zzz=1', '__proto__=1', 'constructor[prototype][x]=1', '%zz=1', '&&', '=x', 'limit', 'a=%', 'a=%E0%A4%A'), { maxLength: 2 });
    const valid = operation.body ? validBodyArb(operation, decodedPath, context) : undefined;
    const bodyArb: fc.Arbitrary<{ body?: Value; text?: string; contentType?: string } | undefined> = !operation.body
      ? fc.constant(undefined)
      : fc.oneof(
          { weight: 4, arbitrary: valid ? valid.map((body) => ({ body })) : hostileArb.map((body) => ({ body })) },
          { weight: 5, arbitrary: valid ? valid.chain(mutatedArb) : hostileArb.map((body) => ({ body })) },
          { weight: 1, arbitrary: hostileArb.map((body) => ({ body })) },
          { weight: 1, arbitrary: fc.constant({}) },
          { weight: 2, arbitrary: schemaArb(operation.body.content['application/json']).map((body) => ({ body })) },
          ...(operation.path === '/v1/imports' ? [{ weight: 3, arbitrary: csvImportArb(context) }] : []),
        );
    return fc
      .record({
        query: queryArb,
        extraQuery: extraQueryArb,
        auth: fc.constantFrom(...AUTH),
        contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined, freq: 4 }),
        idempotencyKey: fc.option(fc.oneof(fc.uuid(), fc.constantFrom(...IDEMPOTENCY_KEYS)), { nil: undefined, freq: 2 }),
        accept: fc.option(fc.constantFrom('text/csv', 'application/json', '*/*', 'text/html', 'text/csv;q=0, application/json', 'application/json, text/csv', '💥'), { nil: undefined, freq: 3 }),
        ifNoneMatch: fc.option(fc.constantFrom('*', 'W/"x"', '"', 'garbage'), { nil: undefined, freq: 8 }),
        body: bodyArb,
      })
      .map(({ query: queryValues, extraQuery, auth, contentType, idempotencyKey, accept, ifNoneMatch, body }) => {
        const invalidBecause: string[] = [];
        const bodyFields: string[][] = [];

        // Path
        let url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => rawPath[name]);
        for (const name of pathNames) {
          const raw = rawPath[name];
          const value = decodedPath[name];
          const schema = operation.params.find((param) => param.name === name)!.schema;
          if (value === undefined) invalidBecause.push(`path ${name} is not valid percent-encoding`);
          else if (DOT_SEGMENTS.has(raw)) continue;
          else if (violations(schema, value).length) invalidBecause.push(`path ${name} breaks its schema`);
          else if (!DOT_SEGMENTS.has(raw) && !realValues(context, name, operation.path).includes(value) && !(name === 'keyId' && !operation.path.startsWith('/v1/keys'))) {
            invalidBecause.push(`path ${name} names nothing`);
          }
        }

        // Query
        const parts: string[] = [];
        for (const param of query) {
          const value = queryValues[param.name] as string | string[] | undefined;
          if (value === undefined) continue;
          for (const item of Array.isArray(value) ? value : [value]) parts.push(`${encodeURIComponent(param.name)}=${encodeURIComponent(item)}`);
          if (violations(param.schema, parameterValue(param.schema, value)).length) invalidBecause.push(`query ${param.name}=${JSON.stringify(value).slice(0, 40)} breaks its schema`);
        }
        parts.push(...extraQuery);
        if (parts.length) url += `?${parts.join('&')}`;

        // Headers
        const headers: Record<string, string> = {};
        const key = authorization(auth, context);
        if (key !== undefined) headers.authorization = key;
        const badKey = auth === 'none' || auth === 'garbage' || auth === 'basic' || auth === 'empty';
        const adminOnly = ADMIN_ONLY.test(operation.path);
        if (operation.auth === 'required' || adminOnly) {
          if (badKey) invalidBecause.push(`authorization ${auth}`);
          else if (auth === 'read' || (adminOnly && auth === 'write')) invalidBecause.push(`the ${auth} key has too little scope`);
        } else if (operation.auth === 'optional' && badKey && auth !== 'none') invalidBecause.push(`authorization ${auth}`);
        if (accept !== undefined) headers.accept = accept;
        if (ifNoneMatch !== undefined) headers['if-none-match'] = ifNoneMatch;
        if (idempotencyKey !== undefined && operation.params.some((param) => param.name === 'Idempotency-Key')) {
          headers['idempotency-key'] = idempotencyKey;
          if (idempotencyKey.length < 1 || idempotencyKey.length > 200) invalidBecause.push('Idempotency-Key is not 1 to 200 characters');
        }

        // Body
        let payload: string | undefined;
        if (operation.body && body) {
          const type = contentType ?? body.contentType ?? 'application/json';
          const mediaType = type.split(';')[0].trim().toLowerCase();
          payload = body.text ?? (body.body === undefined ? undefined : toJsonText(body.body));
          if (payload !== undefined) headers['content-type'] = type;
          const schema = operation.body.content[mediaType];
          if (payload === undefined) {
            // DELETE /v1/observations/{id} takes its reason as ?reason= too (its summary says so), whatever `required` says.
            if (operation.body.required && !(operation.method === 'DELETE' && queryValues.reason !== undefined)) invalidBecause.push('the body is required');
          } else if (!schema) {
            invalidBecause.push(`content-type ${type} is not one the operation takes`);
          } else if (mediaType === 'application/json') {
            let parsed: unknown;
            try {
              parsed = JSON.parse(payload);
            } catch {
              invalidBecause.push('the body is not JSON');
            }
            if (parsed !== undefined) {
              const broken = violations(schema, parsed);
              if (broken.length) {
                invalidBecause.push(`the body breaks the schema at ${broken.map((issue) => `${issue.path.join('.') || '(root)'} (${issue.message})`).join(', ')}`.slice(0, 300));
                bodyFields.push(...broken.map((issue) => issue.path.map(String)));
              }
            }
          }
        } else if (operation.body?.required && !(operation.method === 'DELETE' && queryValues.reason !== undefined)) {
          invalidBecause.push('the body is required');
        }
        const request: Request = { operation: operation.id, method: operation.method, url, headers, payload, invalidBecause, bodyFields };
        // fast-check prints a counterexample with this, not with its (possibly 100 KB) fields.
        return Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) });
      });
  });
}

/** An import as CSV: valid rows, or rows with hostile cells. */
function csvImportArb(context: Context): fc.Arbitrary<{ text: string; contentType: string }> {
  const quantity = context.targets.filter((target) => target.kind === 'quantity');
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rowArb = fc.constantFrom(...quantity).chain((target) =>
    fc
      .tuple(periodArb, decimalArb, unitWordArb(context, target.unit), fc.constantFrom(...context.sources.map((source) => source.id)), textArb(200), fc.option(fc.string({ unit: 'binary-ascii', maxLength: 10 }), { freq: 4 }))
      .map(([period, value, unit, sourceId, quote, junk]) =>
        [target.id, period.start, period.end, String(value), unit, sourceId, junk ?? quote].map(cell).join(','),
      ),
  );
  return fc
    .tuple(
      fc.constantFrom('targetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,quote', 'targetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,sourceId', 'nonsense', '', '\uFEFFtargetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,quote'),
      fc.array(rowArb, { maxLength: 4 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.constantFrom('', '"unterminated', 'a,b,c,d,e,f,g,h,i', ',,,,,,'),
    )
    .map(([header, rows, newline, tail]) => ({ text: [header, ...rows, tail].join(newline), contentType: 'text/csv' }));
}

// ---------------------------------------------------------------------------------------------
// What every answer must be
// ---------------------------------------------------------------------------------------------

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

interface Violation {
  rule: string;
  request: Request;
  answer: Answer;
  detail: string;
}

const found: Violation[] = [];

const FIELD_LOCATIONS = /^(body|query|params|headers|header|rows|observations|sources|items)\b/;

/** The answer's problems, as a list of rule breaks (empty when it is as it should be). */
function judge(request: Request, answer: Answer, change: ReturnType<typeof snapshotDiff>): Omit<Violation, 'request' | 'answer'>[] {
  const broken: Omit<Violation, 'request' | 'answer'>[] = [];
  const contentType = String(answer.headers['content-type'] ?? '');
  if (answer.status >= 500) broken.push({ rule: '5xx', detail: `status ${answer.status}` });
  if (answer.status >= 400) {
    if (!contentType.startsWith('application/problem+json')) broken.push({ rule: 'error is not problem+json', detail: `content-type ${contentType}` });
    let problem: any;
    try {
      problem = JSON.parse(answer.body);
    } catch {
      broken.push({ rule: 'problem is not JSON', detail: answer.body.slice(0, 200) });
    }
    if (problem !== undefined) {
      if (problem?.status !== answer.status || typeof problem?.title !== 'string' || typeof problem?.type !== 'string' || !/^\/problems\/[a-z-]+$/.test(problem.type)) {
        broken.push({ rule: 'problem lacks status/title/type', detail: answer.body.slice(0, 200) });
      }
      for (const error of problem?.errors ?? []) {
        if (typeof error?.field !== 'string' || !FIELD_LOCATIONS.test(error.field) || typeof error?.message !== 'string') {
          broken.push({ rule: 'problem error names no field', detail: JSON.stringify(error).slice(0, 200) });
        }
      }
      // When the body alone is at fault, errors[].field names (a part of) what is wrong.
      if (answer.status === 400 && request.bodyFields.length && request.invalidBecause.length === 1 && request.method !== 'DELETE') {
        const forms = request.bodyFields.flatMap((path) => [
          ['body', ...path].join('.'),
          path.map((part, i) => (/^\d+$/.test(part) && i > 0 ? `[${part}]` : `${i ? '.' : ''}${part}`)).join(''),
        ]);
        const compatible = (field: string, form: string) => field === form || form.startsWith(`${field}.`) || form.startsWith(`${field}[`) || field.startsWith(`${form}.`) || field.startsWith(`${form}[`);
        const fields: string[] = (problem?.errors ?? []).map((error: { field: string }) => error.field);
        if (!fields.some((field) => forms.some((form) => compatible(field, form)))) {
          broken.push({ rule: 'problem does not name the invalid field', detail: `expected one of ${JSON.stringify(forms.slice(0, 6))}, got ${JSON.stringify(fields.slice(0, 6))}` });
        }
      }
    }
  }
  if (request.invalidBecause.length && answer.status < 400) broken.push({ rule: '2xx/3xx for a request the document calls invalid', detail: request.invalidBecause.join('; ') });
  if (request.method === 'GET' && answer.status === 200) {
    if (contentType.startsWith('text/csv')) {
      try {
        const rows = parseCsv(answer.body, { bom: true }) as string[][];
        if (rows[0]?.join(',') !== CSV_COLUMNS.join(',')) broken.push({ rule: 'CSV export lacks the import header', detail: String(rows[0]) });
      } catch (error) {
        broken.push({ rule: 'CSV answer does not parse', detail: (error as Error).message });
      }
    } else if (contentType.startsWith('application/json')) {
      try {
        JSON.parse(answer.body);
      } catch (error) {
        broken.push({ rule: 'JSON answer does not parse', detail: (error as Error).message });
      }
    } else if (contentType.startsWith('image/svg+xml')) {
      if (!/^<\?xml [^>]*\?>\s*<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(answer.body)) broken.push({ rule: 'SVG answer is no SVG document', detail: answer.body.slice(0, 200) });
    } else if (!contentType.startsWith('text/html')) broken.push({ rule: 'GET answered neither JSON, CSV nor SVG', detail: contentType });
  }
  if (request.method === 'POST' && answer.status === 201 && !answer.headers.location) broken.push({ rule: '201 without Location', detail: '' });

  // Nothing changes for a refusal, a read or a replay, but the refusal kept for the request's own key.
  const replayed = answer.headers['idempotent-replayed'] === 'true';
  if (answer.status >= 400 || request.method === 'GET' || replayed) {
    let unexplained = change;
    const key = request.headers['idempotency-key'];
    if (answer.status >= 400 && !replayed && key !== undefined) {
      unexplained = change.filter((table) => {
        if (table.table !== 'idempotency_keys' || table.removed.length || table.added.length !== 1) return true;
        const row = JSON.parse(table.added[0]);
        return !(row.key === key && row.state === 'done' && Number(row.response_status) === answer.status);
      });
    }
    if (unexplained.length) {
      broken.push({
        rule: answer.status >= 400 ? 'a refused request changed the database' : replayed ? 'a replay changed the database' : 'a read changed the database',
        detail: unexplained.map((table) => `${table.table}: +${table.added.length} -${table.removed.length} ${(table.added[0] ?? table.removed[0] ?? '').slice(0, 300)}`).join('\n'),
      });
    }
  }
  return broken;
}

let current: Map<string, string[]>;

/** Sends a request, judges its answer, and throws on a violation (or, surveying, keeps it). */
async function check(request: Request, seed: number) {
  const response = await app.inject({ method: request.method as never, url: request.url, headers: request.headers, payload: request.payload });
  const answer: Answer = { status: response.statusCode, headers: response.headers, body: response.body };
  const after = await snapshots.take();
  const change = snapshotDiff(current, after);
  current = after;
  for (const rule of judge(request, answer, change)) {
    const violation = { ...rule, request, answer };
    found.push(violation);
    if (!SURVEY) {
      throw new Error(
        `${violation.rule} (${ENGINE}, fast-check seed ${seed}; rerun with PROPERTIES_SEED=${BASE_SEED} PROPERTIES_RUNS=${RUNS}): ${violation.detail}\n${describeRequest(request)}→ ${answer.status} ${String(answer.headers['content-type'] ?? '')} ${answer.body.slice(0, 500)}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  let settings: Partial<Config>;
  if (ENGINE === 'sqlite') {
    directory = mkdtempSync(join(tmpdir(), 'tracker-properties-'));
    settings = { DATABASE_URL: join(directory, 'tracker.db') };
  } else settings = await testDatabase();
  app = await buildTestApp({ seed: true, ...settings });
  snapshots = await rawSnapshots(settings);
  const key = async (name: string, scope: string) => {
    const response = await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name, scope } });
    return response.json() as { id: string; secret: string };
  };
  const [write, read, spare1, spare2] = [await key('fc-writer', 'write'), await key('fc-reader', 'read'), await key('fc-spare-1', 'write'), await key('fc-spare-2', 'read')];
  context = await readContext({ writeKey: write.secret, readKey: read.secret, revocableKeys: [spare1.id, spare2.id] });
  current = await snapshots.take();
}, 60_000);

afterAll(async () => {
  await snapshots?.close();
  await app?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
  const lines: string[] = [];
  if (SURVEY) {
    const byRule = new Map<string, Violation[]>();
    for (const violation of found) {
      const signature = `${violation.rule} | ${violation.request.operation}`;
      byRule.set(signature, [...(byRule.get(signature) ?? []), violation]);
    }
    for (const [signature, list] of byRule) {
      const first = list[0];
      lines.push(`VIOLATION ${signature} ×${list.length}: ${first.detail.slice(0, 300)}\n${describeRequest(first.request)}→ ${first.answer.status} ${String(first.answer.headers['content-type'])} ${first.answer.body.slice(0, 300)}`);
    }
  }
  if (lines.length) console.log(`properties on ${ENGINE}:\n${lines.join('\n')}`);
});

describe(`every operation of openapi/openapi.json, ${RUNS} generated requests each (seed ${BASE_SEED})`, () => {
  it('covers every operation of the document', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((operation) => operation.id)).toContain('POST /v1/imports');
  });

  it("generates bodies from the document's schemas that the document accepts (the generators' own check)", () => {
    for (const operation of operations) {
      const schema = operation.body?.content['application/json'];
      if (!schema) continue;
      for (const body of fc.sample(schemaArb(schema), { seed: BASE_SEED, numRuns: 10 })) {
        expect(violations(schema, JSON.parse(toJsonText(body))), `${operation.id}: ${toJsonText(body).slice(0, 200)}`).toEqual([]);
      }
    }
  });

  for (const [index, operation] of operations.entries()) {
    const seed = BASE_SEED + index;
    it(`${operation.id}: no 5xx, errors are problems, invalid requests refused, refusals change nothing`, async () => {
      context = await readContext(context);
      current = await snapshots.take();
      await fc.assert(
        fc.asyncProperty(requestArb(operation, context), async (request) => check(request, seed)),
        { seed, numRuns: RUNS, endOnFailure: true },
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The defects the properties found (and that were fixed), one exact request each.
// ---------------------------------------------------------------------------------------------

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

async function expectRefusedAsProblem(request: InjectOptions, status?: number) {
  const before = await snapshots.take();
  const response = await app.inject(request as never);
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body).toBeLessThan(500);
  if (status) expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status: response.statusCode, title: expect.any(String), type: expect.stringMatching(/^\/problems\/[a-z-]+$/) });
  expect(snapshotDiff(before, await snapshots.take())).toEqual([]);
  return response.json();
}

describe('defects the properties found stay fixed', () => {
  it('D1: a path with malformed percent-encoding is a 400 problem', async () => {
    await expectRefusedAsProblem({ method: 'GET', url: '/v1/sources/%E0%A4%A' }, 400);
    await expectRefusedAsProblem({ method: 'GET', url: '/v1/targets/%C0%AE/progress' }, 400);
  });

  it('D2: a path parameter longer than 100 characters is a problem (404 or 400)', async () => {
    await expectRefusedAsProblem({ method: 'GET', url: `/v1/observations/${'x'.repeat(101)}` });
    await expectRefusedAsProblem({ method: 'PATCH', url: `/v1/targets/${'x'.repeat(150)}`, headers: admin, payload: { note: 'n' } });
  });

  it("D3: a value longer than the document's maxLength is refused even when it is padded with spaces", async () => {
    const problem = await expectRefusedAsProblem(
      { method: 'POST', url: '/v1/sources', headers: admin, payload: { id: 'd3-padded', title: `${' '.repeat(600)}t`, publisher: 'p', publishedOn: '2024', language: 'en', kind: 'news_report' } },
      400,
    );
    expect(problem.errors.map((error: { field: string }) => error.field)).toContain('body.title');
  });

  const nulRequests: [string, InjectOptions][] = [
    ['GET /v1/sources/%00', { method: 'GET', url: '/v1/sources/%00' }],
    ['GET /v1/units/%00', { method: 'GET', url: '/v1/units/%00' }],
    ['GET /v1/targets?unit=%00', { method: 'GET', url: '/v1/targets?unit=%00' }],
    ['GET /v1/audit?key=%00', { method: 'GET', url: '/v1/audit?key=%00', headers: admin }],
    ['GET /v1/plans?cursor=["\\u0000"]', { method: 'GET', url: `/v1/plans?cursor=${cursorOf('["\\u0000"]')}` }],
    ['GET /v1/targets/{id}/observations?cursor=["a","b","\\u0000"]', { method: 'GET', url: `/v1/targets/port-container-throughput/observations?cursor=${cursorOf('["a","b","\\u0000"]')}` }],
    ['POST /v1/plans/{planId}/items {"number": "1\\u0000"}', { method: 'POST', url: '/v1/plans/tianjin-jjj-2027/items', headers: admin, payload: { id: 'd4-item', number: '1\u0000', title: { zh: '甲', en: 'a' }, position: 1 } }],
    ['POST /v1/sources {"language": "e\\u0000n"}', { method: 'POST', url: '/v1/sources', headers: admin, payload: { id: 'd4-source', title: 't', publisher: 'p', publishedOn: '2024', language: 'e\u0000n', kind: 'news_report' } }],
    ['POST /v1/units {"aliases": ["\\u0000"]}', { method: 'POST', url: '/v1/units', headers: admin, payload: { code: 'd4_unit', name: { zh: '甲', en: 'a' }, aliases: ['\u0000'] } }],
    [
      'POST /v1/targets/{id}/observations {"sourceId": "x\\u0000"}',
      { method: 'POST', url: '/v1/targets/port-container-throughput/observations', headers: admin, payload: { value: 1, period: { start: '2020-01-01', end: '2020-01-31' }, sourceId: 'x\u0000', quote: 'q' } },
    ],
  ];
  for (const [name, request] of nulRequests) {
    it(`D4: ${name} is not a 500`, async () => {
      const response = await app.inject(request as never);
      expect(response.statusCode, response.body).toBeLessThan(500);
    });
  }

  for (const [name, url] of [
    ['GET /v1/audit?cursor=[1.5]', `/v1/audit?cursor=${cursorOf('[1.5]')}`],
    ['GET /v1/audit?cursor=[1e300]', `/v1/audit?cursor=${cursorOf('[1e300]')}`],
    ['GET /v1/audit?cursor=[3000000000]', `/v1/audit?cursor=${cursorOf('[3000000000]')}`],
    ['GET /v1/observations/{id}/history?cursor=[1.5]', `/v1/observations/000-port-throughput-2024-jan-oct/history?cursor=${cursorOf('[1.5]')}`],
  ]) {
    it(`D5: ${name} is not a 500`, async () => {
      const response = await app.inject({ method: 'GET', url, headers: admin });
      expect(response.statusCode, response.body).toBeLessThan(500);
    });
  }

  it('D6: control characters are refused in every stored text field (a source language, an item number, a unit alias)', async () => {
    const bell = '\u0007';
    const source = await expectRefusedAsProblem(
      { method: 'POST', url: '/v1/sources', headers: admin, payload: { id: 'd6-source', title: 't', publisher: 'p', publishedOn: '2024', language: `e${bell}n`, kind: 'news_report' } },
      400,
    );
    expect(source.errors.map((error: { field: string }) => error.field)).toContain('body.language');
    await expectRefusedAsProblem({ method: 'POST', url: '/v1/plans/tianjin-jjj-2027/items', headers: admin, payload: { id: 'd6-item', number: `1${bell}`, title: { zh: '甲', en: 'a' }, position: 1 } }, 400);
    await expectRefusedAsProblem({ method: 'POST', url: '/v1/units', headers: admin, payload: { code: 'd6_unit', name: { zh: '甲', en: 'a' }, aliases: [`箱${bell}`] } }, 400);
  });

  it('D7: a target printed as zero or a negative number is refused, as targetValue 0 or -50000 is', async () => {
    const target = { planId: 'tianjin-jjj-2027', itemId: 'goals-1', kind: 'quantity', unit: 'TEU', comparator: 'at_least', measure: 'annual', name: { zh: '甲', en: 'a' }, clause: '甲' };
    await expectRefusedAsProblem({ method: 'POST', url: '/v1/targets', headers: admin, payload: { ...target, id: 'd7-direct', targetValue: 0 } }, 400);
    await expectRefusedAsProblem({ method: 'POST', url: '/v1/targets', headers: admin, payload: { ...target, id: 'd7-zero', reported: { value: 0, unit: '万标准箱' } } }, 400);
    await expectRefusedAsProblem({ method: 'POST', url: '/v1/targets', headers: admin, payload: { ...target, id: 'd7-negative', reported: { value: '-5', unit: '万标准箱' } } }, 400);
  });

  it('D8: the document marks the body of DELETE /v1/observations/{id} optional, since ?reason= is taken instead', () => {
    expect(openapi.paths['/v1/observations/{observationId}'].delete.requestBody.required).not.toBe(true);
  });
});
