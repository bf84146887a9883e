/** A path named in the view, fetched again on a reload: its highlight and its status line come back from what it drew. */
import { describe, expect, it } from 'vitest';
import { networkEdge, serializedNetwork } from '@entente/protocol';
import { foundPath, pathLength } from '../../apps/web/src/core/path/found.ts';

const actor = (key: string) => ({ key, attributes: { kind: 'country' as const, name_en: `${key} en`, name_ar: `${key} ar` } });
const line = (source: string, target: string) => networkEdge(source, target, { type: 'SANCTIONS', count: 1, articles: 1, first_date: null, last_date: null });

describe('a path fetched again', () => {
  // Two shortest paths of two lines from RU to US, the second through IR, with a line drawn the other way.
  const graph = serializedNetwork([actor('RU'), actor('UA'), actor('IR'), actor('US')], [line('RU', 'UA'), line('UA', 'US'), line('IR', 'RU'), line('IR', 'US')]);

  it('takes as many lines as its shortest paths, whichever way they are drawn', () => {
    expect(pathLength(graph, 'RU', 'US')).toBe(2);
    expect(pathLength(graph, 'RU', 'UA')).toBe(1);
    expect(pathLength(graph, 'RU', 'RU')).toBe(0);
    expect(pathLength(serializedNetwork([actor('RU'), actor('US')], []), 'RU', 'US')).toBeNull();
  });

  it('is lit again with its ends and length, and only a path is', () => {
    const addition = { source: { kind: 'path' as const, from: 'RU', to: 'US' }, graph };
    const path = foundPath(addition);
    expect(path).toMatchObject({ phase: 'found', length: 2, from: { id: 'RU', name_en: 'RU en' }, to: { id: 'US', name_ar: 'US ar' }, addition });
    expect(path?.phase === 'found' && [...path.nodes].sort()).toEqual(['IR', 'RU', 'UA', 'US']);
    expect(foundPath({ source: { kind: 'neighbours', actor: 'RU' }, graph })).toBeNull();
    expect(foundPath({ source: { kind: 'path', from: 'RU', to: 'FR' }, graph })).toBeNull();
  });
});
