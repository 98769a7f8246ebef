import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false for an answer that is never to be stored or revalidated (the health check). */
    revalidated?: boolean;
  }
}

/**
 * A weak validator of a representation's bytes (weak: the same bytes compressed are the same
 * representation). crypto.hash, one call: a Hash object per answer cost more than the rest of /health.
 */
export const etagOf = (payload: string | Buffer) => `W/"${hash('sha1', payload, 'base64url')}"`;

/** Whether If-None-Match names the current representation: `*`, or one of its tags (compared weakly). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Every successful read gets an ETag (its bytes' digest, or the one a cached answer was stored with)
 * and Cache-Control: no-cache, so that clients and caches in front revalidate it every time, and a
 * revalidation that finds it unchanged is a 304 without a body. Streamed answers (CSV exports) carry
 * neither: their bytes are not known before they are sent.
 */
export function registerConditionalReads(app: FastifyInstance, options: { readAccess: 'public' | 'key' }) {
  const cacheControl = options.readAccess === 'public' ? 'public, no-cache' : 'private, no-cache';
  app.addHook('onSend', (request, reply, payload, done) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return done(null, payload);
    if (request.routeOptions.config?.revalidated === false) {
      reply.header('cache-control', 'no-store');
      return done(null, payload);
    }
    reply.header('cache-control', cacheControl);
    reply.header('vary', 'accept, accept-encoding');
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    const etag = (reply.getHeader('etag') as string | undefined) ?? etagOf(payload);
    reply.header('etag', etag);
    if (!matches(request.headers['if-none-match'], etag)) return done(null, payload);
    reply.code(304);
    done(null, '');
  });
}

interface CachedAnswer {
  version: number;
  /** Bytes, not a string: a string would be encoded to UTF-8 again on every send. */
  body: Buffer;
  etag: string;
}

/**
 * Serialized answers kept by URL for the data version they were made at: a request whose data
 * version is still that one gets the bytes again without any work; any committed write, on any
 * instance, advances the version and so retires every entry. The version is read before the answer
 * is made, so an entry can only be newer than its version, never older.
 */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** A JSON answer, serialised by the route's response schema. */
  answer(request: FastifyRequest, reply: FastifyReply, make: () => Promise<unknown>) {
    return this.answerText(request, reply, 'application/json; charset=utf-8', async () => reply.serialize(await make()) as string);
  }

  /** An answer already written as text of the given type (an SVG chart, an HTML page). */
  async answerText(request: FastifyRequest, reply: FastifyReply, type: string, make: () => Promise<string>) {
    const version = await request.server.store.dataVersion.read();
    const key = request.url;
    let entry = this.entries.get(key);
    if (entry?.version === version) {
      // Most recently used last, so that the oldest go first.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      const body = Buffer.from(await make());
      entry = { version, body, etag: etagOf(body) };
      this.store(key, entry);
    }
    return reply.header('etag', entry.etag).type(type).send(entry.body);
  }

  private store(key: string, entry: CachedAnswer) {
    const previous = this.entries.get(key);
    if (previous) this.bytes -= previous.body.length;
    this.entries.delete(key);
    if (entry.body.length > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest, stale] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= stale.body.length;
    }
  }
}
