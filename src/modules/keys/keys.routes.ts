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
        operationId: 'listKeys',
        summary: 'List API keys',
        description: 'Keys (never their secrets), a page at a time; revoked ones with includeRevoked=true. Admin keys only.',
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
        operationId: 'getKey',
        summary: 'Read one API key',
        description: 'A key, never its secret. Admin keys only.',
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
        operationId: 'createKey',
        summary: 'Create an API key',
        description: 'Makes a key with a name and a scope; its secret is in this answer and nowhere else (it is stored as a hash, and Idempotency-Key is not honoured here so that it is never kept for a replay). Admin keys only.',
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
        operationId: 'revokeKey',
        summary: 'Revoke an API key',
        description: 'The key is refused from then on; it stays listed (includeRevoked=true). Admin keys only.',
        params: keyParamsSchema,
        response: { 200: keySchema, ...problemResponses },
      },
    },
    (request, reply) => runWrite(request, reply, async (write) => ({ status: 200, body: await revokeKey(write, request.params.keyId) })),
  );
};
