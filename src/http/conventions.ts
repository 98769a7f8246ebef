import { randomBytes } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';

/** A request id a proxy sends is kept when it is a plausible id; otherwise the service makes one. */
const PLAUSIBLE_ID = /^[A-Za-z0-9._:@\-]{1,200}$/;

/** This process's ids: a random prefix and a counter (a UUID per request costs more than the rest of the id's work). */
const PROCESS_PREFIX = `req-${randomBytes(6).toString('base64url')}-`;
let issued = 0;

export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && PLAUSIBLE_ID.test(given) ? given : PROCESS_PREFIX + (issued++).toString(36);
}

/** Headers a browser script may read on an answer from another origin. */
const EXPOSED = ['location', 'etag', 'idempotent-replayed', 'retry-after', 'x-request-id', 'allow'];

/**
 * HTTP conventions every answer follows: the request id in x-request-id (and in every problem);
 * compression when the client asks for it; CORS for the origins configured (none by default).
 */
export async function registerConventions(app: FastifyInstance, options: { corsOrigins: string[] }) {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
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
