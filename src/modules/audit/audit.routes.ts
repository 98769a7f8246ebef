import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { auditSequenceOf } from './audit.repo.js';
import { auditEntrySchema, auditQuerySchema } from './audit.schemas.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/audit',
    {
      config: { scope: 'admin' },
      schema: {
        tags: ['audit'],
        operationId: 'listAudit',
        summary: 'The audit log',
        description: 'Every write, oldest first, with the key that made it, what it changed and the target or indicator it concerns; filterable by key (id or name), plan, target, indicator and time. Admin keys only.',
        querystring: auditQuerySchema,
        response: { 200: listSchema(auditEntrySchema), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const afterId = decodeCursor<[number]>(cursor, ['number'])?.[0];
      return toPage(await app.store.audit.list({ ...filter, afterId, limit: limit + 1 }), limit, (entry) => [auditSequenceOf(entry.id)]);
    },
  );
};
