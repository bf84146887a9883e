import { normalizeWord } from '@entente/extract/fold';
import { ACTOR_KINDS, relationSpec, type ActorKind, type RelationType } from '@entente/ontology';
import type { ModeCounts, RelationRef } from '@entente/protocol';
import { nextSort, type ColumnSort } from '../actor/relations.ts';
import type { NetworkGraphInstance } from '../graph/graph.ts';
import { actorName, type Language } from '../i18n/index.ts';

/** The table's two tabs: the actors drawn, and the lines drawn. */
export type TableTab = 'actors' | 'lines';
export const TABLE_TABS: readonly TableTab[] = ['actors', 'lines'];

export function isTableTab(value: string): value is TableTab {
  return (TABLE_TABS as readonly string[]).includes(value);
}

interface Names {
  id: string;
  name_en: string;
  name_ar: string;
}

export interface ActorRow extends Names {
  kind: ActorKind;
  /** Lines of the map that end at the actor. */
  lines: number;
  /** Events behind those lines. */
  events: number;
  /** The names folded for the filter (see matchKey). */
  match: string;
}

export interface LineRow {
  /** The map's edge key. */
  edge: string;
  relation: RelationRef;
  source: Names;
  target: Names;
  directed: boolean;
  count: number;
  modes: ModeCounts | null;
  first_date: string | null;
  last_date: string | null;
  match: string;
}

/** Everything the map draws, as rows: derived from the drawn graph alone, so it agrees with the map whatever put it there. */
export interface MapTable {
  actors: ActorRow[];
  lines: LineRow[];
}

/**
 * What a filter is matched against: the words folded as the extractor folds them (alef and hamza
 * forms, ى and ة, diacritics, tatweel, Latin accents, case), so "الامارات" finds الإمارات.
 */
function matchKey(...texts: string[]): string {
  return texts.map(normalizeWord).join('\n');
}

/**
 * One pass over the map's graph. Each actor's names and each relation type's labels are folded once
 * and a line's match is made of its ends' and type's: folding costs microseconds a name, and a map of
 * ten thousand actors has twice as many lines.
 */
export function mapTable(graph: NetworkGraphInstance): MapTable {
  const degree = new Map<string, { lines: number; events: number }>();
  const folded = new Map<string, string>();
  const actorMatch = (id: string, { name_en, name_ar }: { name_en: string; name_ar: string }) => folded.get(id) ?? folded.set(id, matchKey(name_en, name_ar, id)).get(id)!;
  const typeMatch = new Map<RelationType, string>();
  const lines: LineRow[] = [];
  graph.forEachEdge((edge, attributes, source, target, sourceNode, targetNode, undirected) => {
    for (const end of [source, target]) {
      const counts = degree.get(end) ?? { lines: 0, events: 0 };
      counts.lines++;
      counts.events += attributes.count;
      degree.set(end, counts);
    }
    const label = relationSpec(attributes.type).label;
    const type = typeMatch.get(attributes.type) ?? typeMatch.set(attributes.type, matchKey(label.en, label.ar)).get(attributes.type)!;
    lines.push({
      edge,
      relation: { type: attributes.type, source, target },
      source: { id: source, name_en: sourceNode.name_en, name_ar: sourceNode.name_ar },
      target: { id: target, name_en: targetNode.name_en, name_ar: targetNode.name_ar },
      directed: !undirected,
      count: attributes.count,
      modes: attributes.modes ?? null,
      first_date: attributes.first_date,
      last_date: attributes.last_date,
      match: `${actorMatch(source, sourceNode)}\n${actorMatch(target, targetNode)}\n${type}`,
    });
  });
  const actors: ActorRow[] = [];
  graph.forEachNode((id, { kind, name_en, name_ar }) => {
    const counts = degree.get(id) ?? { lines: 0, events: 0 };
    actors.push({ id, kind, name_en, name_ar, ...counts, match: actorMatch(id, { name_en, name_ar }) });
  });
  return { actors, lines };
}

/** The rows whose names hold every word of `text`, folded alike; all of them for a blank text. */
export function filterRows<R extends { match: string }>(rows: readonly R[], text: string): readonly R[] {
  const words = normalizeWord(text).split(/\s+/).filter(Boolean);
  return words.length === 0 ? rows : rows.filter((row) => words.every((word) => row.match.includes(word)));
}

export type ActorColumn = 'name' | 'kind' | 'lines' | 'events';
export type LineColumn = 'type' | 'source' | 'target' | 'events' | 'modes' | 'dates';
export const DEFAULT_ACTOR_SORT: ColumnSort<ActorColumn> = { key: 'events', descending: true };
export const DEFAULT_LINE_SORT: ColumnSort<LineColumn> = { key: 'events', descending: true };

/** Text columns read A to Z first, figures and dates largest or latest first. */
const TEXT_COLUMNS: readonly string[] = ['name', 'kind', 'type', 'source', 'target'];

/** The next sort after a click on `key`'s header. */
export function nextColumnSort<K extends string>(current: ColumnSort<K>, key: K): ColumnSort<K> {
  return nextSort(current, key, !TEXT_COLUMNS.includes(key));
}

/** The share of a line's events stated as fact or reported: the solid lines sort apart from the announced ones. */
function solidShare(row: LineRow): number {
  // A structural line (an office, a membership) has no events to doubt.
  if (!row.modes) return 1;
  return (row.modes.asserted + row.modes.reported) / Math.max(1, row.count);
}

function sorted<R, K extends string>(rows: readonly R[], sort: ColumnSort<K>, compare: (key: K) => (a: R, b: R) => number, tie: (a: R, b: R) => number): R[] {
  const sign = sort.descending ? -1 : 1;
  const byKey = compare(sort.key);
  // Ties keep one order whichever way the column is turned, so equal rows never swap between clicks.
  return [...rows].sort((a, b) => sign * byKey(a, b) || tie(a, b));
}

export function sortActors(rows: readonly ActorRow[], sort: ColumnSort<ActorColumn>, language: Language): ActorRow[] {
  const text = new Intl.Collator(language).compare;
  const compare = (key: ActorColumn) => (a: ActorRow, b: ActorRow) => {
    switch (key) {
      case 'name':
        return text(actorName(a, language), actorName(b, language));
      case 'kind':
        return text(ACTOR_KINDS[a.kind].label[language], ACTOR_KINDS[b.kind].label[language]);
      case 'lines':
        return a.lines - b.lines;
      case 'events':
        return a.events - b.events;
    }
  };
  return sorted(rows, sort, compare, (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function sortLines(rows: readonly LineRow[], sort: ColumnSort<LineColumn>, language: Language): LineRow[] {
  const text = new Intl.Collator(language).compare;
  const typeLabel = (type: RelationType) => relationSpec(type).label[language];
  const compare = (key: LineColumn) => (a: LineRow, b: LineRow) => {
    switch (key) {
      case 'type':
        return text(typeLabel(a.relation.type), typeLabel(b.relation.type));
      case 'source':
        return text(actorName(a.source, language), actorName(b.source, language));
      case 'target':
        return text(actorName(a.target, language), actorName(b.target, language));
      case 'events':
        return a.count - b.count;
      case 'modes':
        return solidShare(a) - solidShare(b);
      case 'dates':
        // An undated line sorts as the oldest, whichever way the column is turned.
        return (a.last_date ?? a.first_date ?? '').localeCompare(b.last_date ?? b.first_date ?? '');
    }
  };
  return sorted(rows, sort, compare, (a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
}

/** Rows drawn at once: a map of ten thousand actors is paged, not laid out whole. */
export const TABLE_PAGE_SIZE = 100;

export interface TablePage<R> {
  rows: readonly R[];
  /** The page shown, clamped to the pages there are (a filter may leave fewer). */
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when there is none. */
  first: number;
  last: number;
}

export function tablePage<R>(rows: readonly R[], page: number, size = TABLE_PAGE_SIZE): TablePage<R> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const slice = rows.slice(shown * size, (shown + 1) * size);
  return { rows: slice, page: shown, pages, first: slice.length === 0 ? 0 : shown * size + 1, last: shown * size + slice.length };
}
