/**
 * What every answer carries and every request must show, whatever the route: the browser runs only
 * the app's own files, no other site frames it, and a page on another host name cannot reach a local
 * instance by DNS rebinding (its requests carry that page's host name, which is not ours).
 */
import type { FastifyInstance } from 'fastify';
import type { ApiError } from '@entente/protocol';

/** The app loads its own scripts, styles, fonts and layout worker, and talks to its own API: nothing else. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** The host name of a Host header: `[::1]:8080` → `::1`, `Example.org.` → `example.org`. */
export function hostName(header: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  // A bare IPv6 address (::1) has colons of its own and no port.
  const name = bracketed ? bracketed[1]! : header.split(':').length > 2 ? header : header.replace(/:\d+$/, '');
  return name.toLowerCase().replace(/\.$/, '');
}

export function installGuards(app: FastifyInstance, allowedHosts: readonly string[]): void {
  const allowed = new Set(allowedHosts.map(hostName));
  app.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host;
    if (!host || !allowed.has(hostName(host))) {
      return reply
        .code(403)
        .headers(SECURITY_HEADERS)
        .send({ error: `This server does not answer for the host name "${host ?? ''}". Add it to ENTENTE_ALLOWED_HOSTS to allow it.` } satisfies ApiError);
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
}
