import { z } from 'zod';
import { isDecimal } from '../domain/decimal.js';
import { DATE_PRECISIONS, isCalendarDate } from '../domain/periods.js';

/** Control characters (NUL, escapes…) have no place in the data and would match everything in a search. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const noControlCharacters = (text: string) => !CONTROL.test(text);
const CONTROL_MESSAGE = 'must not contain control characters';

/** Free text of at most `max` characters as sent (the limit the document states), trimmed, without control characters. */
export function textSchema(max: number) {
  return z.string().max(max).trim().min(1).refine(noControlCharacters, CONTROL_MESSAGE);
}

/** Limits on free text, stated in the README. */
export const MAX = { name: 300, title: 500, clause: 2000, quote: 2000, note: 2000, reason: 1000, id: 80 } as const;

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a slug: lower-case letters, digits and hyphens, at most 80 characters');

/** A reference to something by its id or code, in a path, a query or a body: no control characters. */
export function referenceSchema(max = 200) {
  return z.string().min(1).max(max).refine(noControlCharacters, CONTROL_MESSAGE);
}

export const idSchema = referenceSchema();
export const unitCodeSchema = referenceSchema(32);

export const bilingualSchema = z.object({
  zh: textSchema(MAX.name).describe('In Chinese, as the document writes it'),
  en: textSchema(MAX.name).describe('In English'),
});

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD (years 1000 to 9999)')
  .meta({ format: 'date', example: '2024-10-31' });

/** A date known only as precisely as its document states it. */
export const partialDateSchema = z
  .string()
  .refine(
    (text) =>
      /^[1-9]\d{3}$/.test(text) || (/^[1-9]\d{3}-\d{2}$/.test(text) && isCalendarDate(`${text}-01`)) || isCalendarDate(text),
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  )
  .meta({ pattern: '^[1-9][0-9]{3}(-[0-1][0-9](-[0-3][0-9])?)?$', example: '2024-05' });

export { DATE_PRECISIONS };

export const periodSchema = z
  .object({
    start: calendarDateSchema.describe('First day covered'),
    end: calendarDateSchema.describe('Last day covered (inclusive); equal to start for an "as of" figure'),
  })
  .refine((period) => period.start <= period.end, { message: 'must not end before it starts', path: ['end'] });

export const decimalSchema = z
  .union([
    z.number().refine(Number.isFinite, 'must be a finite number'),
    z.string().refine(isDecimal, 'must be a decimal number such as 2024.19 (at most 40 digits, exponent within ±300)'),
  ])
  .describe('The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string');

export const reportedSchema = z.object({
  value: decimalSchema,
  unit: textSchema(20).describe('The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家'),
});

export const reportedOutputSchema = z.object({
  value: z.number().describe('The printed number'),
  unit: z.string().describe('The unit word as printed'),
  printed: z.string().describe('The number exactly as printed, every digit kept ("2024.190")'),
});

/**
 * Query strings are text: a parameter that means a number or a yes/no is read from its words here,
 * and documented (`x-openapi`, applied by src/http/openapi.ts) as the integer or boolean it means.
 */
const documentedAs = (schema: Record<string, unknown>) => ({ 'x-openapi': schema });

/** A yes/no query parameter: `true` or `false`. */
export const booleanQuerySchema = z
  .enum(['true', 'false'])
  .meta(documentedAs({ type: 'boolean', default: false }))
  .default('false')
  .transform((value) => value === 'true');

/** A whole number in a query string: plain decimal digits only (not 0x10, 1e3 or 16.0). */
export function integerQuerySchema(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number written in decimal digits')
    .meta(documentedAs({ type: 'integer', minimum: min, maximum: max, default: fallback }))
    .default(String(fallback))
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** An instant the service recorded: UTC, ISO 8601 with milliseconds. */
export const instantSchema = z.string().meta({ format: 'date-time', example: '2026-11-22T08:12:23.686Z' });

export const PAGE_LIMIT = { default: 50, max: 500 } as const;

export const paginationQuerySchema = z.object({
  limit: integerQuerySchema(1, PAGE_LIMIT.max, PAGE_LIMIT.default).describe(
    `Page size, 1 to ${PAGE_LIMIT.max} (default ${PAGE_LIMIT.default})`,
  ),
  cursor: z.string().min(1).max(500).optional().describe('The `nextCursor` of the previous page'),
});

export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}

/**
 * The schema of a PATCH body: every field optional and no defaults, so that a
 * field left out keeps its stored value instead of taking its creation default.
 */
export function patchSchemaOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional();
  }
  // Strict, so that a field that cannot be changed (an id, a kind) is refused instead of silently ignored.
  return z.strictObject(shape) as unknown as ReturnType<z.ZodObject<Shape>['partial']>;
}
