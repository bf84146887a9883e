/** The table of what is on the map: rows derived from the drawn graph, filtered, sorted and paged. */
import { describe, expect, it } from 'vitest';
import { networkEdge, serializedNetwork, type NetworkEdgeAttributes } from '@entente/protocol';
import { createNetworkGraph } from '../../apps/web/src/core/graph/graph.ts';
import { mergeNetworks, prepareNetwork } from '../../apps/web/src/core/graph/prepare.ts';
import { DEFAULT_ACTOR_SORT, filterRows, mapTable, nextColumnSort, sortActors, sortLines, tablePage, type ActorRow, type LineRow } from '../../apps/web/src/core/table/table.ts';

const actor = (key: string, name_en: string, name_ar: string, kind: 'country' | 'organization' | 'person' = 'country') => ({
  key,
  attributes: { kind, name_en, name_ar },
});
const line = (source: string, target: string, attributes: Partial<NetworkEdgeAttributes> = {}) =>
  networkEdge(source, target, { type: 'SANCTIONS', count: 1, articles: 1, first_date: null, last_date: null, ...attributes });

const ACTORS = [
  actor('US', 'United States', 'الولايات المتحدة'),
  actor('IR', 'Iran', 'إيران'),
  actor('AE', 'United Arab Emirates', 'الإمارات'),
  actor('EU', 'European Union', 'الاتحاد الأوروبي', 'organization'),
];
const LINES = [
  line('US', 'IR', { count: 5, first_date: '2018-01-02', last_date: '2018-05-01', modes: { asserted: 4, reported: 1, announced: 0 } }),
  line('EU', 'IR', { count: 2, first_date: '2018-03-01', last_date: '2018-03-01', modes: { asserted: 0, reported: 0, announced: 2 } }),
  line('US', 'AE', { type: 'MEETS', count: 1, first_date: null, last_date: null, modes: { asserted: 1, reported: 0, announced: 0 } }),
];

function drawn(nodes = ACTORS, edges = LINES) {
  const graph = createNetworkGraph();
  prepareNetwork(serializedNetwork(nodes, edges), new Map(), graph);
  return graph;
}

const ids = (rows: readonly ActorRow[]) => rows.map((row) => row.id);
const edges = (rows: readonly LineRow[]) => rows.map((row) => `${row.relation.source}>${row.relation.target}`);

describe('the table of the map', () => {
  it('has a row per actor drawn, with its lines and their events, and a row per line', () => {
    const table = mapTable(drawn());
    expect(table.actors.map(({ id, kind, lines, events }) => ({ id, kind, lines, events }))).toEqual([
      { id: 'US', kind: 'country', lines: 2, events: 6 },
      { id: 'IR', kind: 'country', lines: 2, events: 7 },
      { id: 'AE', kind: 'country', lines: 1, events: 1 },
      { id: 'EU', kind: 'organization', lines: 1, events: 2 },
    ]);
    expect(table.lines).toHaveLength(3);
    const first = table.lines.find((row) => row.relation.source === 'US' && row.relation.target === 'IR')!;
    expect(first).toMatchObject({
      relation: { type: 'SANCTIONS', source: 'US', target: 'IR' },
      source: { name_en: 'United States', name_ar: 'الولايات المتحدة' },
      count: 5,
      directed: true,
      modes: { asserted: 4, reported: 1, announced: 0 },
      first_date: '2018-01-02',
      last_date: '2018-05-01',
    });
  });

  it('follows the map: what is added to it (an expansion, a path, a console result) gets rows, once', () => {
    const base = serializedNetwork(ACTORS, LINES);
    const added = serializedNetwork([actor('RU', 'Russia', 'روسيا'), actor('US', 'United States', 'الولايات المتحدة')], [line('US', 'RU', { count: 3 }), LINES[0]!]);
    const graph = createNetworkGraph();
    prepareNetwork(mergeNetworks(base, [added]), new Map(), graph);
    const table = mapTable(graph);
    expect(ids(table.actors)).toContain('RU');
    expect(table.actors).toHaveLength(5);
    expect(table.lines).toHaveLength(4);
    expect(table.actors.find((row) => row.id === 'US')).toMatchObject({ lines: 3, events: 9 });
  });

  it('is empty for an empty map', () => {
    expect(mapTable(createNetworkGraph())).toEqual({ actors: [], lines: [] });
  });
});

describe('filtering the table', () => {
  const { actors, lines } = mapTable(drawn());

  it('matches names in English, whatever their case', () => {
    expect(ids(filterRows(actors, 'united'))).toEqual(['US', 'AE']);
    expect(ids(filterRows(actors, 'UNITED arab'))).toEqual(['AE']);
  });

  it('matches names in Arabic without minding hamza forms, diacritics or tatweel', () => {
    expect(ids(filterRows(actors, 'الامارات'))).toEqual(['AE']);
    expect(ids(filterRows(actors, 'ايران'))).toEqual(['IR']);
    expect(ids(filterRows(actors, 'إيـرانُ'))).toEqual(['IR']);
    expect(ids(filterRows(actors, 'الاتحاد الاوروبي'))).toEqual(['EU']);
  });

  it('matches a line by either of its actors, in either script, or by its relation', () => {
    expect(edges(filterRows(lines, 'iran'))).toEqual(['US>IR', 'EU>IR']);
    expect(edges(filterRows(lines, 'الإمارات'))).toEqual(['US>AE']);
    expect(edges(filterRows(lines, 'united iran'))).toEqual(['US>IR']);
    expect(edges(filterRows(lines, 'meets'))).toEqual(['US>AE']);
  });

  it('keeps every row for a blank filter, and none for a name not on the map', () => {
    expect(filterRows(actors, '  ')).toBe(actors);
    expect(filterRows(actors, 'Atlantis')).toEqual([]);
  });
});

describe('sorting the table', () => {
  const { actors, lines } = mapTable(drawn());

  it('sorts actors by events by default, the most first', () => {
    expect(ids(sortActors(actors, DEFAULT_ACTOR_SORT, 'en'))).toEqual(['IR', 'US', 'EU', 'AE']);
  });

  it('sorts by name in the interface language', () => {
    expect(ids(sortActors(actors, { key: 'name', descending: false }, 'en'))).toEqual(['EU', 'IR', 'AE', 'US']);
    // الاتحاد، الإمارات، الولايات، إيران in Arabic order.
    expect(ids(sortActors(actors, { key: 'name', descending: false }, 'ar'))).toEqual(['EU', 'AE', 'US', 'IR']);
  });

  it('breaks ties by id, the same way whichever way the column is turned', () => {
    const up = ids(sortActors(actors, { key: 'lines', descending: false }, 'en'));
    const down = ids(sortActors(actors, { key: 'lines', descending: true }, 'en'));
    expect(up).toEqual(['AE', 'EU', 'IR', 'US']);
    expect(down).toEqual(['IR', 'US', 'AE', 'EU']);
  });

  it('sorts lines by events, by date (undated oldest), by ends and by how solid their events are', () => {
    expect(edges(sortLines(lines, { key: 'events', descending: true }, 'en'))).toEqual(['US>IR', 'EU>IR', 'US>AE']);
    expect(edges(sortLines(lines, { key: 'dates', descending: true }, 'en'))).toEqual(['US>IR', 'EU>IR', 'US>AE']);
    expect(edges(sortLines(lines, { key: 'dates', descending: false }, 'en'))).toEqual(['US>AE', 'EU>IR', 'US>IR']);
    expect(edges(sortLines(lines, { key: 'source', descending: false }, 'en'))).toEqual(['EU>IR', 'US>AE', 'US>IR']);
    expect(edges(sortLines(lines, { key: 'target', descending: false }, 'en'))).toEqual(['EU>IR', 'US>IR', 'US>AE']);
    // Only announced sorts below all asserted.
    expect(edges(sortLines(lines, { key: 'modes', descending: false }, 'en'))[0]).toBe('EU>IR');
    expect(edges(sortLines(lines, { key: 'type', descending: false }, 'en'))[0]).toBe('US>AE');
  });

  it('turns the sorted column on a second click; a name column first reads A to Z, a figure the largest first', () => {
    expect(nextColumnSort(DEFAULT_ACTOR_SORT, 'events')).toEqual({ key: 'events', descending: false });
    expect(nextColumnSort(DEFAULT_ACTOR_SORT, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextColumnSort({ key: 'name', descending: false }, 'lines')).toEqual({ key: 'lines', descending: true });
  });
});

describe('paging the table', () => {
  const rows = Array.from({ length: 250 }, (_, i) => i);

  it('shows a page at a time and says which rows', () => {
    expect(tablePage(rows, 0, 100)).toMatchObject({ page: 0, pages: 3, first: 1, last: 100 });
    const last = tablePage(rows, 2, 100);
    expect(last).toMatchObject({ page: 2, pages: 3, first: 201, last: 250 });
    expect(last.rows).toHaveLength(50);
  });

  it('keeps the page within the rows a filter leaves', () => {
    expect(tablePage(rows.slice(0, 30), 2, 100)).toMatchObject({ page: 0, pages: 1, first: 1, last: 30 });
    expect(tablePage([], 0, 100)).toMatchObject({ rows: [], page: 0, pages: 1, first: 0, last: 0 });
  });

  it('derives, sorts and filters a map of ten thousand actors in well under two seconds', () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => actor(`A${i}`, `Actor ${i}`, `فاعل ${i}`));
    const links = Array.from({ length: 20_000 }, (_, i) => line(`A${i % 10_000}`, `A${(i * 7 + 1) % 10_000}`, { count: 1 + (i % 9) }));
    const graph = drawn(nodes, links);
    const started = performance.now();
    const table = mapTable(graph);
    const sorted = sortActors(table.actors, { key: 'name', descending: false }, 'ar');
    const page = tablePage(filterRows(sorted, 'فاعل 99'), 0);
    // About 0.3 s on a loaded two-core machine; a quadratic step would take minutes.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(table.actors).toHaveLength(10_000);
    expect(page.rows.length).toBeGreaterThan(0);
  });
});
