import type { FastifyReply } from 'fastify';

export function created<T>(reply: FastifyReply, location: string, body: T) {
  return reply.code(201).header('location', location).send(body);
}
