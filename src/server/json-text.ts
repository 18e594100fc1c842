import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends JSON already serialized (a precomputed status document): Fastify sends a string with a
 * JSON type as it is, so the reply costs no serialization. The text was checked against the
 * route's schema when it was made (src/server/status-cache.ts).
 */
export function sendJsonText(reply: FastifyReply, text: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(text);
}

/**
 * Sends JSON bytes encoded once (a cached status document) with their entity tag: a client that
 * has them already (`If-None-Match`) gets 304 and no body. Bytes, not text: a 50 kB string would be
 * encoded again on every request.
 */
export function sendJsonBody(request: FastifyRequest, reply: FastifyReply, body: Buffer, etag: string): FastifyReply {
  reply.header('etag', etag);
  const asked = request.headers['if-none-match'];
  if (asked?.split(',').some((t) => t.trim() === etag || t.trim() === '*')) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}
