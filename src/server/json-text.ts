import type { FastifyReply } from 'fastify';

/**
 * Sends JSON already serialized (a precomputed status document): Fastify sends a string with a
 * JSON type as it is, so the reply costs no serialization. The text was checked against the
 * route's schema when it was made (src/server/status-cache.ts).
 */
export function sendJsonText(reply: FastifyReply, text: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(text);
}
