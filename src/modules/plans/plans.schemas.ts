import { z } from 'zod';
import {
  bilingualSchema,
  calendarDateSchema,
  idSchema,
  paginationQuerySchema,
  partialDateSchema,
  patchSchemaOf,
  MAX,
  slugSchema,
  textSchema,
  instantSchema,
} from '../../http/common.schemas.js';

export const planInputSchema = z.object({
  id: slugSchema,
  title: bilingualSchema,
  issuer: bilingualSchema,
  issuedOn: partialDateSchema.nullable().describe('As precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown'),
  deadline: calendarDateSchema.describe('The date its targets are due, unless a target says otherwise'),
  sourceId: idSchema.describe('The source that publishes the plan'),
});
export const planPatchSchema = patchSchemaOf(planInputSchema.omit({ id: true }));
export const planSchema = planInputSchema.extend({ createdAt: instantSchema });
z.globalRegistry.add(planSchema, { id: 'Plan' });

export const planParamsSchema = z.object({ planId: idSchema });

/** A plan's outline is a printed document's: at most this many items, so that its tree is bounded. */
export const MAX_ITEMS_PER_PLAN = 1000;

export const itemInputSchema = z.object({
  id: slugSchema.describe('Unique within its plan'),
  parentId: slugSchema.nullable().default(null).describe('The enclosing item; null at the top level'),
  number: textSchema(20).describe('The number as printed: 一, (一), 1'),
  title: bilingualSchema,
  position: z.number().int().min(0).max(100_000).describe('Order among its siblings'),
  note: textSchema(MAX.note).nullable().default(null).describe('How the item was read (a misprint, an inference)'),
});
export const itemPatchSchema = patchSchemaOf(itemInputSchema.omit({ id: true }));
export const itemSchema = itemInputSchema.extend({ planId: z.string() });
z.globalRegistry.add(itemSchema, { id: 'PlanItem' });

export type ItemNode = z.output<typeof itemSchema> & { children: ItemNode[] };
export const itemNodeSchema: z.ZodType<ItemNode> = itemSchema.extend({
  get children() {
    return z.array(itemNodeSchema);
  },
});
z.globalRegistry.add(itemNodeSchema, { id: 'PlanItemNode' });

export const itemParamsSchema = planParamsSchema.extend({ itemId: idSchema });
export const itemListQuerySchema = paginationQuerySchema.describe('Pages hold top-level items, each with its whole subtree');

export type PlanInput = z.output<typeof planInputSchema>;
export type Plan = z.output<typeof planSchema>;
export type ItemInput = z.output<typeof itemInputSchema>;
export type Item = z.output<typeof itemSchema>;
