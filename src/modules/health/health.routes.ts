import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { scope: 'public', revalidated: false },
      schema: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Health',
        description: 'Answers 200 while the service and its database answer, and says whether the database takes writes (it refuses them when read-only or full; reads go on).',
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
