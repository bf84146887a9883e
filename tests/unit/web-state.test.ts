/** The web app's pure state: view ↔ URL, months, article segments, console history. No browser needed. */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '@entente/ontology';
import { searchFromView, viewFromSearch } from '../../apps/web/src/core/view/url.ts';
import { DEFAULT_VIEW, MAX_ADDITIONS, MAX_QUERY_ITEMS, activePreset, normalizeView, viewActions, viewStore, type AdditionRef } from '../../apps/web/src/core/view/state.ts';
import { lastDayOfMonth, monthsBetween, orderedRange } from '../../apps/web/src/core/timeline/months.ts';
import { segmentText } from '../../apps/web/src/core/article/segments.ts';
import { withRun } from '../../apps/web/src/core/console/history.ts';
import { createNetworkGraph } from '../../apps/web/src/core/graph/graph.ts';
import { REJECTED_COLOR, prepareNetwork } from '../../apps/web/src/core/graph/prepare.ts';
import { networkEdge, serializedNetwork } from '@entente/protocol';

describe('the view in the URL', () => {
  it('the default view writes only its preset, and reads back the same', () => {
    const search = searchFromView(DEFAULT_VIEW);
    expect(search).toBe('?preset=sanctions');
    expect(viewFromSearch(search)).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every field that differs from the defaults', () => {
    const view = normalizeView({
      ...DEFAULT_VIEW,
      relationTypes: ['MEETS', 'SANCTIONS'],
      kinds: ['country'],
      minEvents: 3,
      limit: 200,
      range: { from: '2018-02', to: '2018-06' },
      actor: 'RU',
      article: 'abc',
      console: true,
      table: 'lines',
      rejected: true,
      curations: true,
      language: 'ar',
    });
    expect(viewFromSearch(searchFromView(view))).toEqual(view);
  });

  it('malformed or unknown values fall back to the defaults', () => {
    const view = viewFromSearch('?types=NOPE,SANCTIONS&kinds=martian&minEvents=-4&limit=abc&from=2018-13&to=2018-01&lang=xx&table=chairs');
    expect(view.table).toBeNull();
    expect(view.relationTypes).toEqual(['SANCTIONS']);
    expect(view.kinds).toEqual([]);
    expect(view.minEvents).toBe(1);
    expect(view.limit).toBeNull();
    expect(view.range).toBeNull();
    expect(view.language).toBe(DEFAULT_VIEW.language);
  });

  it('round-trips the additions in their order, with readable ids', () => {
    const additions: AdditionRef[] = [
      { kind: 'path', from: 'RU', to: 'US' },
      { kind: 'neighbours', actor: 'vladimir-putin' },
      {
        kind: 'query',
        relations: [
          { type: 'SANCTIONS', source: 'US', target: 'RU' },
          { type: 'ALLIED_WITH', source: 'RU', target: 'KP' },
        ],
        actors: ['IR'],
      },
    ];
    const view = normalizeView({ ...DEFAULT_VIEW, additions });
    const search = searchFromView(view);
    expect(search).toBe('?preset=sanctions&add=path:RU,US&add=neighbours:vladimir-putin&add=query:IR,SANCTIONS|US|RU,ALLIED_WITH|RU|KP');
    expect(viewFromSearch(search)).toEqual(view);
    // The browser hands the address back percent-encoded as often as not.
    expect(viewFromSearch(new URLSearchParams(search).toString())).toEqual(view);
  });

  it('garbled additions are left out, and the well-formed ones beside them still load', () => {
    const garbled = [
      'add=',
      'add=neighbours',
      'add=neighbours:',
      'add=neighbours:RU,KP',
      'add=path:RU',
      'add=path:RU,RU',
      'add=path:,US',
      'add=query:',
      'add=query:NOPE|US|RU',
      'add=query:SANCTIONS|US',
      'add=query:SANCTIONS|US|RU|X',
      'add=query:SANCTIONS|US|RU,,MEETS|RU|US',
      'add=martians:RU',
      'add=%E0%A4%A',
      'add=query:IR,SANCTIONS|US|RU|',
      'add=neighbours:RU',
      'add=query:IR,KP',
    ];
    expect(viewFromSearch(`?${garbled.join('&')}`).additions).toEqual([
      { kind: 'neighbours', actor: 'RU' },
      { kind: 'query', relations: [], actors: ['IR', 'KP'] },
    ]);
  });

  it(`keeps the last ${MAX_ADDITIONS} additions and the first ${MAX_QUERY_ITEMS} relations of a console one`, () => {
    const expansions = Array.from({ length: MAX_ADDITIONS + 10 }, (_, index) => `add=neighbours:A${index}`);
    const relations = Array.from({ length: MAX_QUERY_ITEMS + 30 }, (_, index) => `MEETS|A${index}|B${index}`);
    const actors = Array.from({ length: MAX_QUERY_ITEMS + 1 }, (_, index) => `C${index}`);
    const view = viewFromSearch(`?${expansions.join('&')}&add=query:${[...actors, ...relations].join(',')}`);
    expect(view.additions).toHaveLength(MAX_ADDITIONS);
    expect(view.additions[0]).toEqual({ kind: 'neighbours', actor: 'A11' });
    const last = view.additions.at(-1);
    expect(last?.kind === 'query' && last.relations.map((relation) => relation.source)).toEqual(relations.slice(0, MAX_QUERY_ITEMS).map((_, index) => `A${index}`));
    expect(last?.kind === 'query' && last.actors).toEqual(actors.slice(0, MAX_QUERY_ITEMS));
  });

  it('undo takes back the last addition, and other filters drop them all', () => {
    viewActions.replace(DEFAULT_VIEW);
    viewActions.addToMap({ kind: 'neighbours', actor: 'RU' });
    viewActions.addToMap({ kind: 'path', from: 'RU', to: 'US' });
    viewActions.selectActor('US');
    viewActions.undoAddition();
    expect(viewStore.get().additions).toEqual([{ kind: 'neighbours', actor: 'RU' }]);
    viewActions.setLanguage('ar');
    expect(viewStore.get().additions).toHaveLength(1);
    viewActions.setMinEvents(2);
    expect(viewStore.get().additions).toEqual([]);
    // Back/forward restores a view whole, additions and all.
    viewActions.replace(viewFromSearch('?preset=all&minEvents=2&add=neighbours:RU'));
    expect(viewStore.get().additions).toEqual([{ kind: 'neighbours', actor: 'RU' }]);
    viewActions.replace(DEFAULT_VIEW);
  });

  it('a preset is only a named set of types', () => {
    expect(activePreset(normalizeView({ ...DEFAULT_VIEW, relationTypes: [...PRESETS.alliances.types].reverse() }))).toBe('alliances');
    expect(activePreset(normalizeView({ ...DEFAULT_VIEW, relationTypes: ['MEETS'] }))).toBeNull();
  });
});

describe('months', () => {
  it('knows leap years and spans year ends', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2018-02')).toBe('2018-02-28');
    expect(monthsBetween('2017-11', '2018-02')).toEqual(['2017-11', '2017-12', '2018-01', '2018-02']);
    expect(orderedRange('2018-05', '2018-01')).toEqual({ from: '2018-01', to: '2018-05' });
  });
});

describe('article segments', () => {
  const text = 'Russia and Iran met.';
  const mention = (start: number, end: number, actor: string) => ({ start, end, actor, text: text.slice(start, end) }) as never;

  it('cuts the text at mentions and the marked sentence, losing no character', () => {
    const segments = segmentText(text, [mention(0, 6, 'RU'), mention(11, 15, 'IR')], { start: 0, end: text.length });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['Russia', 'Iran']);
    expect(segments.every((s) => s.marked)).toBe(true);
  });

  it('leaves out overlapping, empty and out-of-range mentions rather than garbling the text', () => {
    const segments = segmentText(text, [mention(0, 6, 'RU'), mention(3, 9, 'XX'), mention(5, 5, 'YY'), mention(18, 40, 'ZZ')], null);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['Russia']);
  });
});

describe('console history', () => {
  it('a query run again moves to the top instead of appearing twice', () => {
    const a = { query: 'RETURN 1', params: '{}', ranAt: '2026-01-01T00:00:00Z' };
    const b = { query: 'RETURN 2', params: '{}', ranAt: '2026-01-02T00:00:00Z' };
    const again = { ...a, ranAt: '2026-01-03T00:00:00Z' };
    expect(withRun([b, a], again)).toEqual([again, b]);
  });

  it('keeps at most 50 entries', () => {
    let history: ReturnType<typeof withRun> = [];
    for (let i = 0; i < 60; i++) history = withRun(history, { query: `RETURN ${i}`, params: '{}', ranAt: '' });
    expect(history).toHaveLength(50);
    expect(history[0]!.query).toBe('RETURN 59');
  });
});

describe('preparing a network for the map', () => {
  const node = (key: string) => ({ key, attributes: { kind: 'country' as const, name_en: key, name_ar: key } });
  const office = () => networkEdge('P', 'RU', { type: 'HOLDS_OFFICE', count: 1, articles: 0, first_date: null, last_date: null });

  it('draws a relation once when the answer holds it twice (an office under two titles)', () => {
    const graph = createNetworkGraph();
    const prepared = prepareNetwork(serializedNetwork([node('P'), node('RU')], [office(), office()]), new Map(), graph);
    expect(graph.size).toBe(1);
    expect(prepared.stats.relations).toBe(1);
  });

  it('draws a line an analyst rejected grey', () => {
    const graph = createNetworkGraph();
    const rejected = networkEdge('P', 'RU', { type: 'SANCTIONS', count: 2, articles: 2, first_date: null, last_date: null, curation: 'rejected' });
    prepareNetwork(serializedNetwork([node('P'), node('RU')], [rejected]), new Map(), graph);
    expect(graph.getEdgeAttribute(rejected.key, 'color')).toBe(REJECTED_COLOR);
  });
});

describe('console examples in Arabic', () => {
  it('every example query of cypher/examples has an Arabic title, and no title is for a file that is gone', async () => {
    const { loadExamples } = await import('@entente/store');
    const { MESSAGES } = await import('../../apps/web/src/core/i18n/messages.ts');
    const names = (await loadExamples()).map((example) => example.name);
    expect(Object.keys(MESSAGES.ar.exampleTitles).sort()).toEqual([...names].sort());
    for (const title of Object.values(MESSAGES.ar.exampleTitles)) expect(title).toMatch(/^[\u0600-\u06FF\s،]+$/);
  });
});
