import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { created } from '../../http/created.js';
import { problemResponses } from '../../http/problem.js';
import { listUnits } from './units.repo.js';
import { unitSchema } from './units.schemas.js';
import { createUnit, requireUnit } from './units.service.js';

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

  app.get(
    '/v1/units/:code',
    {
      schema: {
        tags: ['units'],
        summary: 'Read one unit',
        params: z.object({ code: z.string().min(1) }),
        response: { 200: unitSchema, ...problemResponses },
      },
    },
    async (request) => requireUnit(app.db, request.params.code),
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
      const unit = createUnit(app.db, request.body);
      return created(reply, `/v1/units/${unit.code}`, unit);
    },
  );
};
