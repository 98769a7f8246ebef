import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { TARGET_PATHS, targetInputSchema, targetListQuerySchema, targetPatchSchema, targetSchema } from './targets.schemas.js';
import { createTarget, patchTarget, requireTarget } from './targets.service.js';

export const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  app.get(
    '/v1/targets',
    {
      schema: {
        tags: ['targets'],
        operationId: 'listTargets',
        summary: 'List targets',
        description: 'Targets of every plan, or of one (planId), an item, a kind or a unit, or whose name holds some words in Chinese or English (q), a page at a time in id order.',
        querystring: targetListQuerySchema,
        response: { 200: listSchema(targetSchema), ...problemResponses },
      },
    },
    (request, reply) =>
      answers.answer(request, reply, async () => {
        const { limit, cursor, ...filters } = request.query;
        const after = decodeCursor<[string, string]>(cursor, ['string', 'string']);
        return toPage(await store.targets.list({ ...filters, after, limit: limit + 1 }), limit, (target) => [target.id, target.planId]);
      }),
  );

  app.post(
    '/v1/targets',
    {
      schema: {
        tags: ['targets'],
        operationId: 'createTarget',
        summary: 'Create a target',
        description: 'A quantity to reach (its value as the plan prints it, converted exactly to the base unit), a milestone (a named project with a completion point, 建成, 投产), or an action (work with no completion point, 建设, 推进, whose state is reported but never judged). Ids are unique within the plan.',
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

  for (const { path, params, ref, scope, where } of TARGET_PATHS) {
    app.get(
      path,
      {
        schema: {
          tags: ['targets'],
          operationId: `get${scope}Target`,
          summary: 'Read one target',
          description: `A target, ${where}.`,
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
          operationId: `update${scope}Target`,
          summary: 'Change a target',
          description: `Changes the fields given (a JSON merge patch) of a target, ${where}. Its kind, plan and id never change; a quantity keeps its unit once it has figures.`,
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
