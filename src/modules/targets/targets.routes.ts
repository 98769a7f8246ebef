import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { TARGET_PATHS, targetInputSchema, targetListQuerySchema, targetPatchSchema, targetSchema } from './targets.schemas.js';
import { createTarget, patchTarget, requireTarget } from './targets.service.js';

export const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

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
      const after = decodeCursor<[string, string]>(cursor, ['string', 'string']);
      return toPage(await store.targets.list({ ...filters, after, limit: limit + 1 }), limit, (target) => [target.id, target.planId]);
    },
  );

  app.post(
    '/v1/targets',
    {
      schema: {
        tags: ['targets'],
        summary: 'Create a target: a quantity to reach, a milestone (a named project) to finish, or an action (work with no completion point)',
        body: targetInputSchema,
        response: { 201: targetSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      runWrite(request, reply, async (write) => {
        const target = await createTarget(write, request.body);
        return { status: 201, body: target, location: `/v1/plans/${target.planId}/targets/${target.id}` };
      }),
  );

  for (const { path, params, ref } of TARGET_PATHS) {
    app.get(
      path,
      {
        schema: {
          tags: ['targets'],
          summary: 'Read one target',
          params,
          response: { 200: targetSchema, ...problemResponses },
        },
      },
      async (request) => requireTarget(store, ref(request.params)),
    );

    app.patch(
      path,
      {
        schema: {
          tags: ['targets'],
          summary: 'Change a target',
          params,
          body: targetPatchSchema,
          response: { 200: targetSchema, ...problemResponses },
        },
      },
      (request, reply) =>
        runWrite(request, reply, async (write) => ({ status: 200, body: await patchTarget(write, ref(request.params), request.body) })),
    );
  }
};
