import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { created } from '../../http/created.js';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { listKeys } from './keys.repo.js';
import { createdKeySchema, keyInputSchema, keyListQuerySchema, keyParamsSchema, keySchema } from './keys.schemas.js';
import { createKey, requireKey, revoke } from './keys.service.js';

const admin = { scope: 'admin' } as const;

export const keyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/keys',
    {
      config: admin,
      schema: {
        tags: ['keys'],
        summary: 'List API keys (never their secrets)',
        querystring: keyListQuerySchema,
        response: { 200: listSchema(keySchema), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor, includeRevoked } = request.query;
      return toPage(listKeys(app.db, { includeRevoked, after: decodeCursor(cursor), limit: limit + 1 }), limit);
    },
  );

  app.get(
    '/v1/keys/:keyId',
    {
      config: admin,
      schema: {
        tags: ['keys'],
        summary: 'Read one API key',
        params: keyParamsSchema,
        response: { 200: keySchema, ...problemResponses },
      },
    },
    async (request) => requireKey(app.db, request.params.keyId),
  );

  app.post(
    '/v1/keys',
    {
      // The answer holds the secret, which is stored nowhere, not even for an idempotent replay.
      config: { ...admin, replayable: false },
      schema: {
        tags: ['keys'],
        summary: 'Create an API key; its secret is in this answer and nowhere else',
        body: keyInputSchema,
        response: { 201: createdKeySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const key = createKey(app.db, request.body, request.caller!.name);
      return created(reply, `/v1/keys/${key.id}`, key);
    },
  );

  app.delete(
    '/v1/keys/:keyId',
    {
      config: admin,
      schema: {
        tags: ['keys'],
        summary: 'Revoke an API key: it is refused from then on',
        params: keyParamsSchema,
        response: { 200: keySchema, ...problemResponses },
      },
    },
    async (request) => revoke(app.db, request.params.keyId, request.caller!.name),
  );
};
