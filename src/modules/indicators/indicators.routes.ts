import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { created } from '../../http/created.js';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { listIndicators } from './indicators.repo.js';
import {
  indicatorInputSchema,
  indicatorListQuerySchema,
  indicatorParamsSchema,
  indicatorSchema,
} from './indicators.schemas.js';
import { createIndicator, requireIndicator } from './indicators.service.js';

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/indicators',
    {
      schema: {
        tags: ['indicators'],
        summary: "List indicators: series that describe a plan's progress without a target of their own",
        querystring: indicatorListQuerySchema,
        response: { 200: listSchema(indicatorSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filters } = request.query;
      return toPage(listIndicators(app.db, { ...filters, after: decodeCursor(cursor), limit: limit + 1 }), limit);
    },
  );

  app.get(
    '/v1/indicators/:indicatorId',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Read one indicator',
        params: indicatorParamsSchema,
        response: { 200: indicatorSchema, ...problemResponses },
      },
    },
    async (request) => requireIndicator(app.db, request.params.indicatorId),
  );

  app.post(
    '/v1/indicators',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Create an indicator',
        body: indicatorInputSchema,
        response: { 201: indicatorSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const indicator = createIndicator(app.db, request.body);
      return created(reply, `/v1/indicators/${indicator.id}`, indicator);
    },
  );
};
