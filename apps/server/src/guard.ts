/**
 * What every answer carries and every request must show, whatever the route: the browser runs only
 * the app's own files, no other site frames it, and a page on another host name cannot reach a local
 * instance by DNS rebinding (its requests carry that page's host name, which is not ours).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiError } from '@entente/protocol';

/**
 * The app loads its own scripts, styles, fonts and layout worker, and talks to its own API: nothing
 * else. The Cypher editor (CodeMirror) writes its styles into <style> elements: the page that loads
 * it gets a nonce for those (see appShell), and no inline script is allowed anywhere. Style
 * attributes are allowed (the editor's completion list sets some): they cannot hold selectors, and
 * any url() in them is held to img-src.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy(),
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
    // The app shell sets a policy of its own, with its nonce.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(name)) reply.header(name, value);
    return payload;
  });
}

/** Where the page finds its nonce (apps/web/src/core/security.ts reads it). */
const NONCE_META = 'entente-style-nonce';

/**
 * Sends the built index.html with a fresh nonce for the editor's styles, in the policy and in a
 * meta element: a nonce an attacker cannot guess, so injected <style> still does not apply.
 */
export function appShell(indexHtml: string): (reply: FastifyReply) => FastifyReply {
  const [head, tail] = indexHtml.split('</head>') as [string, string | undefined];
  if (tail === undefined) throw new Error('the built index.html has no </head>');
  return (reply) => {
    const nonce = randomBytes(16).toString('base64');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', contentSecurityPolicy(nonce))
      .send(`${head}<meta name="${NONCE_META}" content="${nonce}" />\n</head>${tail}`);
  };
}
