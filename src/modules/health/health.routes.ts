import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { scope: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Answers 200 while the database answers; says whether it takes writes',
        response: {
          200: z.object({
            status: z.literal('ok'),
            writes: z.enum(['accepted', 'refused']).describe('refused: the database is read-only or full; reads go on'),
          }),
          ...problemResponses,
        },
      },
    },
    async () => {
      await app.store.dataVersion.read();
      return { status: 'ok' as const, writes: app.store.writesRefused ? ('refused' as const) : ('accepted' as const) };
    },
  );
};
