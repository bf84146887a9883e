/**
 * Who may curate. Curation is the one write path of the API and is held apart from the reads: on a
 * server that listens beyond this machine it takes the editor token (ENTENTE_EDITOR_TOKEN) or
 * nothing, and a page on another site can never post one, token or not.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { EditingStatus } from '@entente/protocol';
import { hostName } from './guard.ts';

export interface EditingOptions {
  /** When set, every curation must carry it as `Authorization: Bearer <token>`. */
  token: string | null;
  /** The server listens on a loopback address only: without a token, curation is then open to this machine's browsers. */
  loopback: boolean;
}

/** A curation refused before it reaches the store: 401 without the right token, 403 when curation is off here, 415 for a body that is not JSON. */
export class EditRefused extends Error {
  constructor(
    readonly status: 401 | 403 | 415,
    message: string,
  ) {
    super(message);
  }
}

export function editingStatus(options: EditingOptions): EditingStatus {
  return { enabled: options.token !== null || options.loopback, tokenRequired: options.token !== null };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1)$/;

/** Whether a listen address reaches this machine only. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(hostName(host));
}

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Throws EditRefused unless the request may curate. */
export function checkEditor(request: FastifyRequest, options: EditingOptions): void {
  // A form or a fetch from another site carries its own origin: such a write is never ours.
  const origin = request.headers.origin;
  if (origin !== undefined && (origin === 'null' || hostName(URL.canParse(origin) ? new URL(origin).host : origin) !== hostName(request.headers.host ?? ''))) {
    throw new EditRefused(403, 'Curation is only taken from the app itself, not from another site.');
  }
  if (request.method === 'POST' && !request.headers['content-type']?.startsWith('application/json')) throw new EditRefused(415, 'Send curations as application/json.');
  if (options.token !== null) {
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!given || !sameToken(given, options.token)) throw new EditRefused(401, 'Curation needs the editor token of this server (ENTENTE_EDITOR_TOKEN).');
    return;
  }
  if (!options.loopback) throw new EditRefused(403, 'Curation is off: this server listens beyond this machine and has no editor token. Set ENTENTE_EDITOR_TOKEN to allow it.');
}
