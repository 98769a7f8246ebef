import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { invalid, problemResponses } from '../../http/problem.js';
import { listAudit } from './audit.repo.js';
import { auditEntrySchema, auditQuerySchema } from './audit.schemas.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/audit',
    {
      config: { scope: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'Every write, oldest first, with the key that made it (admin keys only)',
        querystring: auditQuerySchema,
        response: { 200: listSchema(auditEntrySchema), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const after = decodeCursor(cursor);
      const afterId = after === undefined ? undefined : Number(after);
      if (Number.isNaN(afterId)) throw invalid([{ field: 'query.cursor', message: 'pass the nextCursor of a previous page unchanged' }]);
      return toPage(listAudit(app.db, { ...filter, afterId, limit: limit + 1 }), limit);
    },
  );
};
