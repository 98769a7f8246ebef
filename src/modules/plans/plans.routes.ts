import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema, paginationQuerySchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { itemTree } from './plans.repo.js';
import {
  itemInputSchema,
  itemListQuerySchema,
  itemNodeSchema,
  itemParamsSchema,
  itemPatchSchema,
  itemSchema,
  planInputSchema,
  planParamsSchema,
  planPatchSchema,
  planSchema,
} from './plans.schemas.js';
import { createItem, createPlan, patchItem, patchPlan, requireItem, requirePlan } from './plans.service.js';

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  app.get(
    '/v1/plans',
    {
      schema: {
        tags: ['plans'],
        operationId: 'listPlans',
        summary: 'List plans',
        description: 'Every plan the service tracks, a page at a time in id order.',
        querystring: paginationQuerySchema,
        response: { 200: listSchema(planSchema), ...problemResponses },
      },
    },
    (request, reply) =>
      answers.answer(request, reply, async () => {
        const { limit, cursor } = request.query;
        const after = decodeCursor<[string]>(cursor, ['string'])?.[0];
        return toPage(await store.plans.list({ after, limit: limit + 1 }), limit, (plan) => [plan.id]);
      }),
  );

  app.get(
    '/v1/plans/:planId',
    {
      schema: {
        tags: ['plans'],
        operationId: 'getPlan',
        summary: 'Read one plan',
        description: 'A plan: its title and issuer in Chinese and English, when it was issued, the deadline its targets default to, and the source that publishes it.',
        params: planParamsSchema,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request) => requirePlan(store, request.params.planId),
  );

  app.post(
    '/v1/plans',
    {
      schema: {
        tags: ['plans'],
        operationId: 'createPlan',
        summary: 'Create a plan',
        description: 'Registers a plan; its source must exist (POST /v1/sources). Its structure (items) and targets are added next.',
        body: planInputSchema,
        response: { 201: planSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      runWrite(request, reply, async (write) => {
        const plan = await createPlan(write, request.body);
        return { status: 201, body: plan, location: `/v1/plans/${plan.id}` };
      }),
  );

  app.patch(
    '/v1/plans/:planId',
    {
      schema: {
        tags: ['plans'],
        operationId: 'updatePlan',
        summary: 'Change a plan',
        description: 'Changes the fields given (a JSON merge patch); the id never changes.',
        params: planParamsSchema,
        body: planPatchSchema,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      runWrite(request, reply, async (write) => ({ status: 200, body: await patchPlan(write, request.params.planId, request.body) })),
  );

  app.get(
    '/v1/plans/:planId/items',
    {
      schema: {
        tags: ['plans'],
        operationId: 'listPlanItems',
        summary: "The plan's structure as a tree of items",
        description: 'The parts, sections and numbered tasks of the plan as printed, as a tree: a page holds top-level items, each with its whole subtree (a plan holds at most 1,000 items).',
        params: planParamsSchema,
        querystring: itemListQuerySchema,
        response: { 200: listSchema(itemNodeSchema), ...problemResponses },
      },
    },
    async (request) => {
      await requirePlan(store, request.params.planId);
      const { limit, cursor } = request.query;
      const after = decodeCursor<[number, string]>(cursor, ['number', 'string']);
      const roots = itemTree(await store.plans.items(request.params.planId)).filter(
        (root) => !after || root.position > after[0] || (root.position === after[0] && root.id > after[1]),
      );
      return toPage(roots.slice(0, limit + 1), limit, (root) => [root.position, root.id]);
    },
  );

  app.get(
    '/v1/plans/:planId/items/:itemId',
    {
      schema: {
        tags: ['plans'],
        operationId: 'getPlanItem',
        summary: 'Read one item of a plan',
        description: 'One part, section or task of the plan, with its number as printed and its title in Chinese and English.',
        params: itemParamsSchema,
        response: { 200: itemSchema, ...problemResponses },
      },
    },
    async (request) => requireItem(store, request.params.planId, request.params.itemId),
  );

  app.post(
    '/v1/plans/:planId/items',
    {
      schema: {
        tags: ['plans'],
        operationId: 'createPlanItem',
        summary: 'Add an item to a plan',
        description: 'Adds a part, section or numbered task, under another item (parentId) or at the top; ids are unique within the plan.',
        params: planParamsSchema,
        body: itemInputSchema,
        response: { 201: itemSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      runWrite(request, reply, async (write) => {
        const item = await createItem(write, request.params.planId, request.body);
        return { status: 201, body: item, location: `/v1/plans/${item.planId}/items/${item.id}` };
      }),
  );

  app.patch(
    '/v1/plans/:planId/items/:itemId',
    {
      schema: {
        tags: ['plans'],
        operationId: 'updatePlanItem',
        summary: 'Change an item of a plan',
        description: 'Changes the fields given (a JSON merge patch); an item cannot be moved under itself.',
        params: itemParamsSchema,
        body: itemPatchSchema,
        response: { 200: itemSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      runWrite(request, reply, async (write) => ({
        status: 200,
        body: await patchItem(write, request.params.planId, request.params.itemId, request.body),
      })),
  );
};
