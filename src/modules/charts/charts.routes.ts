import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem.js';
import { planParamsSchema } from '../plans/plans.schemas.js';
import { progressQuerySchema } from '../progress/progress.schemas.js';
import { TARGET_PATHS } from '../targets/targets.schemas.js';
import { planChartOf, targetChart } from './charts.service.js';

export const SVG_TYPE = 'image/svg+xml';
const svgSchema = z.string().describe('An SVG image');

export const chartRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  for (const { path, params, ref, scope, where } of TARGET_PATHS) {
    app.get(
      `${path}/chart.svg`,
      {
        schema: {
          tags: ['progress'],
          operationId: `get${scope}TargetChart`,
          summary: 'Chart of one target',
          description: `The figures of a target (${where}) over time, as an SVG image: against the target line and the deadline, part-year figures hollow, full-year estimates as diamonds, a "more than" figure with an arrow up (a floor), the projection on the observed trend dashed to the deadline; a milestone's reported states along the years. With no figure, a chart that says so. Draws at most the newest 500 figures. Now, or as of the end of a day.`,
          params,
          querystring: progressQuerySchema,
          produces: [SVG_TYPE],
          response: { 200: svgSchema, ...problemResponses },
        },
      },
      (request, reply) => answers.answerText(request, reply, SVG_TYPE, () => targetChart(store, ref(request.params), request.query.asOf ?? null)),
    );
  }

  app.get(
    '/v1/plans/:planId/chart.svg',
    {
      schema: {
        tags: ['progress'],
        operationId: 'getPlanChart',
        summary: 'Chart of a whole plan',
        description:
          "Every quantity target's percent complete as a bar coloured by its assessment, grouped by the plan's top-level parts, with a 100 % line; the milestones' and actions' latest states as a strip of counts. An SVG image; now, or as of the end of a day.",
        params: planParamsSchema,
        querystring: progressQuerySchema,
        produces: [SVG_TYPE],
        response: { 200: svgSchema, ...problemResponses },
      },
    },
    (request, reply) => answers.answerText(request, reply, SVG_TYPE, () => planChartOf(store, request.params.planId, request.query.asOf ?? null)),
  );
};
