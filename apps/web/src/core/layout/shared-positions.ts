import { hashOf } from '../graph/prepare.ts';
import type { SavedPositions } from './positions.ts';

/**
 * The most actors whose positions travel in a link: 4 bytes each make some 8,000 characters, within
 * what browsers, chat programs and the server (whose request line shares a 16 KB header limit) take.
 * A larger map keeps its positions on this machine, and says so.
 */
export const MAX_SHARED_ACTORS = 1500;

/** The set's digest, its box (min x, min y, width, height), each a 32-bit value. */
const HEADER_BYTES = 4 + 4 * 4;
/** The longest `pos` a link can hold: MAX_SHARED_ACTORS positions and the header, in base64url. */
export const MAX_ENCODED_POSITIONS_LENGTH = Math.ceil(((HEADER_BYTES + 4 * MAX_SHARED_ACTORS) * 4) / 3);
/** One 16-bit coordinate per axis, across the box: 1/65,535 of the map's extent, far below a pixel. */
const STEP = 0xffff;

/** The digest of a set of actor ids, whatever their order: the positions apply only to the map they were taken from. */
function digestOf(sortedKeys: readonly string[]): number {
  return hashOf(sortedKeys.join('\u0000'));
}

const sortedKeysOf = (keys: Iterable<string>) => [...keys].sort();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * The map's positions in a few characters per actor, for a link: the digest of its set of actors,
 * then each actor's position in the order of their sorted ids, quantised over the map's box, in
 * base64url. Null for a map of more than MAX_SHARED_ACTORS actors, or none.
 */
export function encodePositions(positions: SavedPositions): string | null {
  if (positions.size === 0 || positions.size > MAX_SHARED_ACTORS) return null;
  const keys = sortedKeysOf(positions.keys());
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions.values()) [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  // The box as it is stored, so that quantising and reading back agree to the bit.
  const [left, top] = [Math.fround(minX), Math.fround(minY)];
  const [width, height] = [Math.fround(maxX - left) || 1, Math.fround(maxY - top) || 1];
  const bytes = new Uint8Array(HEADER_BYTES + 4 * keys.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, digestOf(keys));
  [left, top, width, height].forEach((value, i) => view.setFloat32(4 + 4 * i, value));
  const quantised = (value: number, from: number, span: number) => Math.min(STEP, Math.max(0, Math.round(((value - from) / span) * STEP)));
  keys.forEach((key, i) => {
    const { x, y } = positions.get(key)!;
    view.setUint16(HEADER_BYTES + 4 * i, quantised(x, left, width));
    view.setUint16(HEADER_BYTES + 4 * i + 2, quantised(y, top, height));
  });
  return toBase64Url(bytes);
}

/**
 * The positions a link carries, for the map of these actors; null when the link was taken from
 * another set of actors (the graph changed since, or the link was cut), or is malformed: the map is
 * then laid out as if there were none.
 */
export function decodePositions(encoded: string, keys: Iterable<string>): Map<string, { x: number; y: number }> | null {
  const sorted = sortedKeysOf(keys);
  const bytes = fromBase64Url(encoded);
  if (!bytes || bytes.length !== HEADER_BYTES + 4 * sorted.length || sorted.length === 0) return null;
  const view = new DataView(bytes.buffer);
  if (view.getUint32(0) !== digestOf(sorted)) return null;
  const [left, top, width, height] = [0, 1, 2, 3].map((i) => view.getFloat32(4 + 4 * i)) as [number, number, number, number];
  if (![left, top, width, height].every(Number.isFinite)) return null;
  return new Map(
    sorted.map((key, i) => [key, { x: left + (view.getUint16(HEADER_BYTES + 4 * i) / STEP) * width, y: top + (view.getUint16(HEADER_BYTES + 4 * i + 2) / STEP) * height }]),
  );
}
