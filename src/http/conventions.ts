import { randomUUID } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';

/** A request id a proxy sends is kept when it is a plausible id; otherwise the service makes one. */
const PLAUSIBLE_ID = /^[A-Za-z0-9._:@\-]{1,200}$/;

export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && PLAUSIBLE_ID.test(given) ? given : randomUUID();
}

/** Headers a browser script may read on an answer from another origin. */
const EXPOSED = ['location', 'etag', 'idempotent-replayed', 'retry-after', 'x-request-id', 'allow'];

/**
 * HTTP conventions every answer follows: the request id in x-request-id (and in every problem);
 * compression when the client asks for it; CORS for the origins configured (none by default).
 */
export async function registerConventions(app: FastifyInstance, options: { corsOrigins: string[] }) {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'], brotliOptions: { params: { 2: 4 } } });
  if (options.corsOrigins.length) {
    await app.register(fastifyCors, {
      origin: options.corsOrigins.includes('*') ? '*' : options.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'if-none-match', 'x-request-id'],
      exposedHeaders: EXPOSED,
      maxAge: 600,
    });
  }
}
