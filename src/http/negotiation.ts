import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.js';

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/** The media ranges of an Accept header (RFC 9110 §12.5.1), those with q=0 left out. */
function mediaRanges(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part) => {
    const [range, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) return [];
    const qParameter = parameters.find((parameter) => parameter.startsWith('q='));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    return Number.isFinite(q) && q > 0 ? [{ type, subtype, q }] : [];
  });
}

/** How well a range matches a type: 0 not at all, 1 for *\/*, 2 for type/*, 3 exactly. */
function specificity(range: MediaRange, offered: string): number {
  const [type, subtype] = offered.split('/');
  if (range.type === '*' && range.subtype === '*') return 1;
  if (range.type !== type) return 0;
  if (range.subtype === '*') return 2;
  return range.subtype === subtype ? 3 : 0;
}

/**
 * Which of the `offered` media types (the service's preference first) the request's Accept prefers:
 * the highest q of the most specific range matching each. Undefined when it accepts none of them; the
 * first offered when it sends no Accept.
 */
export function preferredType(request: FastifyRequest, offered: readonly string[]): string | undefined {
  const accept = request.headers.accept;
  if (!accept) return offered[0];
  const ranges = mediaRanges(accept);
  let best: { type: string; q: number } | undefined;
  for (const type of offered) {
    let match: { q: number; specificity: number } | undefined;
    for (const range of ranges) {
      const level = specificity(range, type);
      if (level > (match?.specificity ?? 0)) match = { q: range.q, specificity: level };
    }
    if (match && match.q > (best?.q ?? 0)) best = { type, q: match.q };
  }
  return best?.type;
}

/** The media types a route answers in: its schema's `produces`, or JSON. */
const offeredBy = (request: FastifyRequest) => (request.routeOptions.schema as { produces?: string[] } | undefined)?.produces ?? ['application/json'];

/**
 * A request whose Accept admits none of the types a documented route answers in is refused with 406
 * (errors are problems whatever Accept says). Pages and files (the docs, undocumented) are left to
 * answer as they do.
 */
export function registerNegotiation(app: FastifyInstance) {
  app.addHook('onRequest', (request, reply, done) => {
    const schema = request.routeOptions.schema as { hide?: boolean } | undefined;
    if (!request.headers.accept || !schema || schema.hide) return done();
    const offered = offeredBy(request);
    if (preferredType(request, offered)) return done();
    sendProblem(request, reply, 'not-acceptable', `Accept admits none of the types this answers in: ${offered.join(', ')}`);
  });
}
