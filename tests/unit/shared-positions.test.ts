/** The map's positions in a shared link: compact, exact to a fraction of a pixel, and only for the map they were taken from. */
import { describe, expect, it } from 'vitest';
import { seededOffsets } from '../../apps/web/src/core/graph/prepare.ts';
import { MAX_ENCODED_POSITIONS_LENGTH, MAX_SHARED_ACTORS, decodePositions, encodePositions } from '../../apps/web/src/core/layout/shared-positions.ts';
import { DEFAULT_VIEW, viewActions, viewStore } from '../../apps/web/src/core/view/state.ts';
import { searchFromView, viewFromSearch } from '../../apps/web/src/core/view/url.ts';

const mapOf = (count: number, extent = 1000) =>
  new Map(
    Array.from({ length: count }, (_, i) => {
      const [dx, dy] = seededOffsets(`A${i}`);
      return [`A${i}`, { x: dx * extent, y: dy * extent * 0.6 }] as const;
    }),
  );

describe('positions in a link', () => {
  it('read back within 1/65,535 of the map’s extent, in base64url, 4 bytes an actor', () => {
    const positions = mapOf(311);
    const encoded = encodePositions(positions)!;
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBe(Math.ceil(((20 + 4 * 311) * 4) / 3));
    // In any order of the map's actors.
    const decoded = decodePositions(encoded, [...positions.keys()].reverse())!;
    expect(decoded.size).toBe(311);
    for (const [key, { x, y }] of positions) {
      expect(Math.abs(decoded.get(key)!.x - x)).toBeLessThan(1000 / 65535);
      expect(Math.abs(decoded.get(key)!.y - y)).toBeLessThan(1000 / 65535);
    }
    // Decoding and encoding again changes nothing: a map opened from a link writes the same link.
    expect(encodePositions(decoded)).toBe(encoded);
  });

  it('are ignored by a map of other actors, one more, one fewer or one renamed', () => {
    const positions = mapOf(20);
    const encoded = encodePositions(positions)!;
    const keys = [...positions.keys()];
    expect(decodePositions(encoded, keys)).not.toBeNull();
    expect(decodePositions(encoded, [...keys, 'B'])).toBeNull();
    expect(decodePositions(encoded, keys.slice(1))).toBeNull();
    expect(decodePositions(encoded, [...keys.slice(1), 'A0x'])).toBeNull();
  });

  it('are ignored when cut or garbled', () => {
    const positions = mapOf(20);
    const encoded = encodePositions(positions)!;
    const keys = [...positions.keys()];
    expect(decodePositions(encoded.slice(0, -4), keys)).toBeNull();
    expect(decodePositions(`x${encoded.slice(1)}`, keys)).toBeNull();
    expect(decodePositions('not base64!', keys)).toBeNull();
    expect(decodePositions('', [])).toBeNull();
  });

  it('stay on this machine for a map too large for a link, and a lone actor or all at one spot still travel', () => {
    expect(encodePositions(mapOf(MAX_SHARED_ACTORS))!.length).toBeLessThanOrEqual(MAX_ENCODED_POSITIONS_LENGTH);
    expect(encodePositions(mapOf(MAX_SHARED_ACTORS + 1))).toBeNull();
    expect(encodePositions(new Map())).toBeNull();
    const lone = new Map([['RU', { x: 3, y: -2 }]]);
    expect(decodePositions(encodePositions(lone)!, ['RU'])).toEqual(lone);
  });

  it('travel in the view’s URL as `pos`, and go when the filters change', () => {
    const encoded = encodePositions(mapOf(30))!;
    const view = { ...DEFAULT_VIEW, positions: encoded };
    expect(searchFromView(view)).toBe(`?preset=sanctions&pos=${encoded}`);
    expect(viewFromSearch(searchFromView(view))).toEqual(view);
    expect(viewFromSearch('?pos=bad%20value').positions).toBeNull();
    expect(viewFromSearch(`?pos=${'A'.repeat(MAX_ENCODED_POSITIONS_LENGTH + 1)}`).positions).toBeNull();

    viewActions.replace(DEFAULT_VIEW);
    viewActions.sharePositions(encoded);
    viewActions.selectActor('RU');
    expect(viewStore.get().positions).toBe(encoded);
    viewActions.setMinEvents(3);
    expect(viewStore.get().positions).toBeNull();
    viewActions.replace(DEFAULT_VIEW);
  });
});
