import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { problemResponses } from '../../http/problem.js';
import { planParamsSchema } from '../plans/plans.schemas.js';
import { targetParamsSchema } from '../targets/targets.schemas.js';
import { planProgressSchema, targetProgressSchema } from './progress.schemas.js';
import { planProgress, targetProgress } from './progress.service.js';

export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/targets/:targetId/progress',
    {
      schema: {
        tags: ['progress'],
        summary: 'Percent complete, gap to target and status of one target',
        params: targetParamsSchema,
        response: { 200: targetProgressSchema, ...problemResponses },
      },
    },
    async (request) => targetProgress(app.db, request.params.targetId),
  );

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
    async (request) => planProgress(app.db, request.params.planId),
  );
};
