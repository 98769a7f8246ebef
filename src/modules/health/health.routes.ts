import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { problemResponses } from '../../http/problem.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { scope: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Answers 200 once the database is open and migrated',
        response: { 200: z.object({ status: z.literal('ok') }), ...problemResponses },
      },
    },
    async () => {
      app.db.get(sql`select 1`);
      return { status: 'ok' as const };
    },
  );
};
