/** How the web app tells a solid line from a doubtful one: the view's mode and confidence filters in the URL, and which lines are drawn dashed. */
import { describe, expect, it } from 'vitest';
import { DRAWN_MODES } from '@entente/ontology';
import { networkEdge, serializedNetwork } from '@entente/protocol';
import { evidenceKey, narrowingFilters } from '../../apps/web/src/core/relation/relation.ts';
import { searchFromView, viewFromSearch } from '../../apps/web/src/core/view/url.ts';
import { DEFAULT_VIEW, normalizeView } from '../../apps/web/src/core/view/state.ts';
import { createNetworkGraph } from '../../apps/web/src/core/graph/graph.ts';
import { announcedOnly, prepareNetwork } from '../../apps/web/src/core/graph/prepare.ts';

describe('modes and confidence in the URL', () => {
  it('the default view names neither', () => {
    const search = searchFromView(DEFAULT_VIEW);
    expect(search).not.toMatch(/modes|minConfidence/);
    expect(viewFromSearch(search)).toEqual(DEFAULT_VIEW);
  });

  it('a narrowed view reads back the same, modes in their order', () => {
    const view = normalizeView({ ...DEFAULT_VIEW, modes: ['announced', 'asserted'], minConfidence: 0.75 });
    const search = searchFromView(view);
    expect(new URLSearchParams(search).get('modes')).toBe('asserted,announced');
    expect(new URLSearchParams(search).get('minConfidence')).toBe('0.75');
    expect(viewFromSearch(search)).toEqual(view);
  });

  it('unknown modes, a link with none, and confidences out of range fall back or are bounded', () => {
    expect(viewFromSearch('?modes=negated,announced').modes).toEqual(['announced']);
    expect(viewFromSearch('?modes=negated').modes).toEqual(DEFAULT_VIEW.modes);
    expect(viewFromSearch('?minConfidence=7').minConfidence).toBe(1);
    expect(viewFromSearch('?minConfidence=-1').minConfidence).toBe(0);
    expect(viewFromSearch('?minConfidence=high').minConfidence).toBe(0);
    expect(viewFromSearch('?minConfidence=0.333').minConfidence).toBe(0.33);
  });
});

describe('announced lines', () => {
  it('are those none of whose events is stated as fact or reported', () => {
    expect(announcedOnly({ asserted: 0, reported: 0, announced: 2 })).toBe(true);
    expect(announcedOnly({ asserted: 1, reported: 0, announced: 3 })).toBe(false);
    expect(announcedOnly({ asserted: 0, reported: 1, announced: 1 })).toBe(false);
    expect(announcedOnly(undefined)).toBe(false);
  });

  it('are marked when the network is prepared, and counted for the legend', () => {
    const network = serializedNetwork(
      [
        { key: 'EU', attributes: { kind: 'organization', name_en: 'EU', name_ar: 'EU' } },
        { key: 'IR', attributes: { kind: 'country', name_en: 'Iran', name_ar: 'إيران' } },
        { key: 'UN', attributes: { kind: 'organization', name_en: 'UN', name_ar: 'UN' } },
      ],
      [
        networkEdge('EU', 'IR', { type: 'SANCTIONS', count: 1, articles: 1, first_date: null, last_date: null, modes: { asserted: 0, reported: 0, announced: 1 } }),
        networkEdge('UN', 'IR', { type: 'SANCTIONS', count: 2, articles: 1, first_date: null, last_date: null, modes: { asserted: 1, reported: 0, announced: 1 } }),
      ],
    );
    const graph = createNetworkGraph();
    const { stats } = prepareNetwork(network, new Map(), graph);
    expect(stats.announced).toBe(1);
    expect(graph.getEdgeAttribute('SANCTIONS:EU:IR', 'announced')).toBe(true);
    expect(graph.getEdgeAttribute('SANCTIONS:UN:IR', 'announced')).toBe(false);
  });
});

describe("a line's evidence under the event filters", () => {
  const ref = { type: 'SANCTIONS', source: 'US', target: 'IR' } as const;

  it('is kept apart per filter: the same line under another filter lists other sentences', () => {
    const all = evidenceKey(ref, { modes: DRAWN_MODES, minConfidence: 0 });
    expect(evidenceKey(ref, { modes: ['asserted'], minConfidence: 0 })).not.toBe(all);
    expect(evidenceKey(ref, { modes: DRAWN_MODES, minConfidence: 0.5 })).not.toBe(all);
    expect(evidenceKey(ref, { modes: DRAWN_MODES, minConfidence: 0 })).toBe(all);
  });

  it('says which filters leave events out, and none for the defaults', () => {
    expect(narrowingFilters({ modes: DRAWN_MODES, minConfidence: 0 })).toEqual([]);
    expect(narrowingFilters({ modes: ['asserted', 'reported'], minConfidence: 0 })).toEqual(['mode']);
    expect(narrowingFilters({ modes: DRAWN_MODES, minConfidence: 0.8 })).toEqual(['confidence']);
    expect(narrowingFilters({ modes: ['announced'], minConfidence: 0.8 })).toEqual(['mode', 'confidence']);
  });
});
