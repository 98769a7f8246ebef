import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { decodeCursor, toPage } from '../../http/cursor.js';
import { listSchema } from '../../http/common.schemas.js';
import { problemResponses } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { createdKeySchema, keyInputSchema, keyListQuerySchema, keyParamsSchema, keySchema } from './keys.schemas.js';
import { createKey, requireKey, revokeKey } from './keys.service.js';

const admin = { scope: 'admin' } as const;

export const keyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

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
      const after = decodeCursor<[string]>(cursor, ['string'])?.[0];
      return toPage(await store.keys.list({ includeRevoked, after, limit: limit + 1 }), limit, (key) => [key.id]);
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
    async (request) => requireKey(store, request.params.keyId),
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
    (request, reply) =>
      runWrite(request, reply, async (write) => {
        const key = await createKey(write, request.body);
        return { status: 201, body: key, location: `/v1/keys/${key.id}` };
      }),
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
    (request, reply) => runWrite(request, reply, async (write) => ({ status: 200, body: await revokeKey(write, request.params.keyId) })),
  );
};
