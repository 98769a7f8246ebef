import type { FastifyReply, FastifyRequest } from 'fastify';

/** The ETag of a resource that has versions: strong, and changed by every new version. */
export const versionTag = (version: number) => `"v${version}"`;

/**
 * The versions an If-Match header accepts: undefined when there is none (or `*`), so that any will do;
 * otherwise those of its tags that name a version (an empty list matches nothing: 412).
 */
export function ifMatchVersions(request: FastifyRequest): number[] | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  return header.split(',').flatMap((tag) => {
    const match = /^\s*"v(\d+)"\s*$/.exec(tag);
    return match ? [Number(match[1])] : [];
  });
}

export function sendVersioned<T extends { version: number }>(reply: FastifyReply, resource: T): T {
  reply.header('etag', versionTag(resource.version));
  return resource;
}
