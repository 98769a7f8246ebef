import { z } from 'zod';
import { isDecimal } from '../domain/decimal.js';
import { isCalendarDate } from '../domain/periods.js';

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a slug: lower-case letters, digits and hyphens, at most 80 characters');

export const bilingualSchema = z.object({
  zh: z.string().trim().min(1).describe('In Chinese, as the document writes it'),
  en: z.string().trim().min(1).describe('In English'),
});

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD')
  .meta({ format: 'date', example: '2024-10-31' });

/** A date known only as precisely as its document states it. */
export const partialDateSchema = z
  .string()
  .refine(
    (text) => /^\d{4}$/.test(text) || (/^\d{4}-\d{2}$/.test(text) && isCalendarDate(`${text}-01`)) || isCalendarDate(text),
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  )
  .meta({ example: '2024-05' });

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export const precisionOf = (date: string) => DATE_PRECISIONS[date.split('-').length - 1];

export const periodSchema = z
  .object({
    start: calendarDateSchema.describe('First day covered'),
    end: calendarDateSchema.describe('Last day covered (inclusive); equal to start for an "as of" figure'),
  })
  .refine((period) => period.start <= period.end, { message: 'must not end before it starts', path: ['end'] });

export const decimalSchema = z
  .union([z.number(), z.string().refine(isDecimal, 'must be a decimal number such as 2024.19 (at most 40 digits)')])
  .describe('The number exactly as printed, as a JSON number or a decimal string');

export const reportedSchema = z.object({
  value: decimalSchema,
  unit: z.string().trim().min(1).max(20).describe('The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家'),
});

export const reportedOutputSchema = z.object({ value: z.number(), unit: z.string() });

/** A yes/no query parameter: query strings are text, so `true` and `false` are read as words. */
export const booleanQuerySchema = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

export const paginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size, 1 to 200'),
  cursor: z.string().min(1).optional().describe('The `nextCursor` of the previous page'),
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
