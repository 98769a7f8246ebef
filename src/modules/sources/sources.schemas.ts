import { z } from 'zod';
import { SOURCE_KINDS } from '../../domain/vocabulary.js';
import { DATE_PRECISIONS, idSchema, instantSchema, MAX, paginationQuerySchema, partialDateSchema, slugSchema, textSchema } from '../../http/common.schemas.js';

export const sourceInputSchema = z.object({
  id: slugSchema,
  title: textSchema(MAX.title),
  publisher: textSchema(MAX.title),
  publishedOn: partialDateSchema
    .nullable()
    .describe('As precisely as the document states it: YYYY, YYYY-MM or YYYY-MM-DD; null when it states none'),
  publishedOnNote: textSchema(MAX.note).nullable().default(null).describe('How the date was read or inferred'),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'must be a BCP 47 language tag: zh-Hans, zh-Hant, en')
    .describe('BCP 47 tag: zh-Hans, zh-Hant, en'),
  kind: z.enum(SOURCE_KINDS),
  url: z.url().max(2000).nullable().default(null),
  document: textSchema(200).nullable().default(null).describe('File name of the stored copy under seed/documents'),
  formerIds: z
    .array(slugSchema)
    .max(20)
    .default([])
    .describe('Ids the source was known by before: they keep resolving to it (a GET redirects; a figure citing one cites this)'),
});

export const sourceSchema = sourceInputSchema.extend({
  publishedOn: z.string().nullable(),
  publishedOnPrecision: z.enum(DATE_PRECISIONS).nullable(),
  url: z.string().nullable(),
  createdAt: instantSchema,
});
z.globalRegistry.add(sourceSchema, { id: 'Source' });

export const sourceParamsSchema = z.object({ sourceId: idSchema });
export const sourceListQuerySchema = paginationQuerySchema.extend({
  kind: z.enum(SOURCE_KINDS).optional(),
});

export type SourceInput = z.output<typeof sourceInputSchema>;
export type Source = z.output<typeof sourceSchema>;
