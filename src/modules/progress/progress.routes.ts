import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { problemResponses } from '../../http/problem.js';
import { planParamsSchema } from '../plans/plans.schemas.js';
import { TARGET_PATHS } from '../targets/targets.schemas.js';
import { planProgressQuerySchema, planProgressSchema, progressQuerySchema, targetProgressSchema } from './progress.schemas.js';
import { planProgress, targetProgress } from './progress.service.js';

export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  for (const { path, params, ref, scope, where } of TARGET_PATHS) {
    app.get(
      `${path}/progress`,
      {
        schema: {
          tags: ['progress'],
          operationId: `get${scope}TargetProgress`,
          summary: 'Progress of one target',
          description: `Percent complete, gap to target, status, and the assessment (will it be met by the deadline at the pace reported?) of a target ${where}; now, or as of the end of a day.`,
          params,
          querystring: progressQuerySchema,
          response: { 200: targetProgressSchema, ...problemResponses },
        },
      },
      (request, reply) => answers.answer(request, reply, () => targetProgress(store, ref(request.params), request.query.asOf ?? null)),
    );
  }

  app.get(
    '/v1/plans/:planId/progress',
    {
      schema: {
        tags: ['progress'],
        operationId: 'getPlanProgress',
        summary: 'Progress of a whole plan',
        description: "Every target of a plan with its progress and assessment, grouped by the plan's parts and tasks (view=tree) or as one list (view=flat), with counts by status and by assessment; now, or as of the end of a day.",
        params: planParamsSchema,
        querystring: planProgressQuerySchema,
        response: { 200: planProgressSchema, ...problemResponses },
      },
    },
    (request, reply) =>
      answers.answer(request, reply, () => planProgress(store, request.params.planId, { asOf: request.query.asOf ?? null, view: request.query.view })),
  );
};
