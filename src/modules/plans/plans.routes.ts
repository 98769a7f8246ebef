import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { created } from '../../http/created.js';
import { problemResponses } from '../../http/problem.js';
import { itemTree, listItems, listPlans } from './plans.repo.js';
import {
  itemInputSchema,
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
  app.get(
    '/v1/plans',
    {
      schema: {
        tags: ['plans'],
        summary: 'List plans',
        response: { 200: z.object({ items: z.array(planSchema), nextCursor: z.null() }), ...problemResponses },
      },
    },
    async () => ({ items: listPlans(app.db), nextCursor: null }),
  );

  app.get(
    '/v1/plans/:planId',
    {
      schema: {
        tags: ['plans'],
        summary: 'Read one plan',
        params: planParamsSchema,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request) => requirePlan(app.db, request.params.planId),
  );

  app.post(
    '/v1/plans',
    {
      schema: {
        tags: ['plans'],
        summary: 'Create a plan',
        body: planInputSchema,
        response: { 201: planSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = createPlan(app.db, request.body);
      return created(reply, `/v1/plans/${plan.id}`, plan);
    },
  );

  app.patch(
    '/v1/plans/:planId',
    {
      schema: {
        tags: ['plans'],
        summary: 'Change a plan',
        params: planParamsSchema,
        body: planPatchSchema,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request) => patchPlan(app.db, request.params.planId, request.body),
  );

  app.get(
    '/v1/plans/:planId/items',
    {
      schema: {
        tags: ['plans'],
        summary: "The plan's structure as a tree of items",
        params: planParamsSchema,
        response: { 200: z.object({ items: z.array(itemNodeSchema), nextCursor: z.null() }), ...problemResponses },
      },
    },
    async (request) => {
      requirePlan(app.db, request.params.planId);
      return { items: itemTree(listItems(app.db, request.params.planId)), nextCursor: null };
    },
  );

  app.get(
    '/v1/plans/:planId/items/:itemId',
    {
      schema: {
        tags: ['plans'],
        summary: 'Read one item of a plan',
        params: itemParamsSchema,
        response: { 200: itemSchema, ...problemResponses },
      },
    },
    async (request) => requireItem(app.db, request.params.planId, request.params.itemId),
  );

  app.post(
    '/v1/plans/:planId/items',
    {
      schema: {
        tags: ['plans'],
        summary: 'Add an item (a section, a numbered task) to a plan',
        params: planParamsSchema,
        body: itemInputSchema,
        response: { 201: itemSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const item = createItem(app.db, request.params.planId, request.body);
      return created(reply, `/v1/plans/${item.planId}/items/${item.id}`, item);
    },
  );

  app.patch(
    '/v1/plans/:planId/items/:itemId',
    {
      schema: {
        tags: ['plans'],
        summary: 'Change an item of a plan',
        params: itemParamsSchema,
        body: itemPatchSchema,
        response: { 200: itemSchema, ...problemResponses },
      },
    },
    async (request) => patchItem(app.db, request.params.planId, request.params.itemId, request.body),
  );
};
