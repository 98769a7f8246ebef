import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { AnswerCache } from '../../http/caching.js';
import { problemResponses } from '../../http/problem.js';
import { planParamsSchema } from '../plans/plans.schemas.js';
import { TARGET_PATHS } from '../targets/targets.schemas.js';
import { planProgressSchema, targetProgressSchema } from './progress.schemas.js';
import { planProgress, targetProgress } from './progress.service.js';

export const progressRoutes: FastifyPluginAsyncZod<{ cache: AnswerCache }> = async (app, { cache }) => {
  const { store } = app;

  for (const { path, params, ref } of TARGET_PATHS) {
    app.get(
      `${path}/progress`,
      {
        schema: {
          tags: ['progress'],
          summary: 'Percent complete, gap to target and status of one target',
          params,
          response: { 200: targetProgressSchema, ...problemResponses },
        },
      },
      (request, reply) => cache.answer(request, reply, () => targetProgress(store, ref(request.params))),
    );
  }

  app.get(
    '/v1/plans/:planId/progress',
    {
      schema: {
        tags: ['progress'],
        summary: 'Every target of a plan with its progress, and counts by status',
        params: planParamsSchema,
        response: { 200: planProgressSchema, ...problemResponses },
      },
    },
    (request, reply) => cache.answer(request, reply, () => planProgress(store, request.params.planId)),
  );
};
