import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { created } from '../../http/created.js';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { listTargets } from './targets.repo.js';
import {
  targetInputSchema,
  targetListQuerySchema,
  targetParamsSchema,
  targetPatchSchema,
  targetSchema,
} from './targets.schemas.js';
import { createTarget, patchTarget, requireTarget } from './targets.service.js';

export const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/targets',
    {
      schema: {
        tags: ['targets'],
        summary: 'List targets, filtered and a page at a time',
        querystring: targetListQuerySchema,
        response: { 200: listSchema(targetSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filters } = request.query;
      return toPage(listTargets(app.db, { ...filters, after: decodeCursor(cursor), limit: limit + 1 }), limit);
    },
  );

  app.get(
    '/v1/targets/:targetId',
    {
      schema: {
        tags: ['targets'],
        summary: 'Read one target',
        params: targetParamsSchema,
        response: { 200: targetSchema, ...problemResponses },
      },
    },
    async (request) => requireTarget(app.db, request.params.targetId),
  );

  app.post(
    '/v1/targets',
    {
      schema: {
        tags: ['targets'],
        summary: 'Create a target: a quantity to reach or a milestone (a named project) to finish',
        body: targetInputSchema,
        response: { 201: targetSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const target = createTarget(app.db, request.body);
      return created(reply, `/v1/targets/${target.id}`, target);
    },
  );

  app.patch(
    '/v1/targets/:targetId',
    {
      schema: {
        tags: ['targets'],
        summary: 'Change a target',
        params: targetParamsSchema,
        body: targetPatchSchema,
        response: { 200: targetSchema, ...problemResponses },
      },
    },
    async (request) => patchTarget(app.db, request.params.targetId, request.body),
  );
};
