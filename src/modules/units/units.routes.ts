import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { created } from '../../http/created.js';
import { problemResponses } from '../../http/problem.js';
import { listUnits } from './units.repo.js';
import { unitSchema } from './units.schemas.js';
import { createUnit } from './units.service.js';

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/units',
    {
      schema: {
        tags: ['units'],
        summary: 'List the base units and the words documents use for them',
        response: { 200: z.object({ items: z.array(unitSchema), nextCursor: z.null() }), ...problemResponses },
      },
    },
    async () => ({ items: listUnits(app.db), nextCursor: null }),
  );

  app.post(
    '/v1/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Add a base unit',
        body: unitSchema,
        response: { 201: unitSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      return created(reply, `/v1/units`, createUnit(app.db, request.body));
    },
  );
};
