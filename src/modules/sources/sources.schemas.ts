import { z } from 'zod';
import { DATE_PRECISIONS, paginationQuerySchema, partialDateSchema, slugSchema } from '../../http/common.schemas.js';

export const SOURCE_KINDS = ['plan', 'news_report', 'statistical_release'] as const;

export const sourceInputSchema = z.object({
  id: slugSchema,
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  publishedOn: partialDateSchema
    .nullable()
    .describe('As precisely as the document states it: YYYY, YYYY-MM or YYYY-MM-DD; null when it states none'),
  publishedOnNote: z.string().trim().min(1).nullable().default(null).describe('How the date was read or inferred'),
  language: z.string().trim().min(2).max(20).describe('BCP 47 tag: zh-Hans, zh-Hant, en'),
  kind: z.enum(SOURCE_KINDS),
  url: z.url().nullable().default(null),
  document: z.string().trim().min(1).nullable().default(null).describe('File name of the stored copy under seed/documents'),
});

export const sourceSchema = sourceInputSchema.extend({
  publishedOn: z.string().nullable(),
  publishedOnPrecision: z.enum(DATE_PRECISIONS).nullable(),
  url: z.string().nullable(),
  createdAt: z.string(),
});
z.globalRegistry.add(sourceSchema, { id: 'Source' });

export const sourceParamsSchema = z.object({ sourceId: z.string().min(1) });
export const sourceListQuerySchema = paginationQuerySchema.extend({
  kind: z.enum(SOURCE_KINDS).optional(),
});

export type SourceInput = z.output<typeof sourceInputSchema>;
export type Source = z.output<typeof sourceSchema>;
