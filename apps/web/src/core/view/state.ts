import { ACTOR_KIND_NAMES, DRAWN_MODES, PRESET_NAMES, PRESETS, RELATION_TYPES, type ActorKind, type DrawnMode, type PresetName, type RelationType } from '@entente/ontology';
import type { RelationRef } from '@entente/protocol';
import type { Language } from '../i18n/index.ts';
import { createStore } from '../store.ts';
import type { TableTab } from '../table/table.ts';
import type { MonthRange } from '../timeline/months.ts';

/** What the user looks at: everything here is in the URL, so a view can be shared. */
export interface ViewState {
  /** Kept in ontology order so that equal selections compare and serialise equally. */
  relationTypes: readonly RelationType[];
  kinds: readonly ActorKind[];
  minEvents: number;
  /** Only events stated in these modes count (DRAWN_MODES order); all of them by default. */
  modes: readonly DrawnMode[];
  /** Only events the extractor is at least this sure of count, 0..1 in hundredths; 0 by default. */
  minConfidence: number;
  /** At most this many edges, the strongest first; null for the API's default. */
  limit: number | null;
  /** The months brushed on the timeline; the map's edges count only their events. Null for all time. */
  range: MonthRange | null;
  /** The actor whose panel is open, by id. */
  actor: string | null;
  /** The relation whose panel is open (a line clicked on the map); one panel at a time, so never with `actor`. */
  relation: RelationRef | null;
  /** Whether lines an analyst rejected are drawn (struck through) rather than hidden. */
  rejected: boolean;
  /** Whether the curation panel (review queue, history, import and export) is open. */
  curations: boolean;
  /** The article open beside the map, by id. */
  article: string | null;
  /** Whether the Cypher console covers the map. */
  console: boolean;
  /** The tab of the table of what is on the map, open beside it; null when it is closed. */
  table: TableTab | null;
  language: Language;
  /**
   * What the user put on the map beyond the filters, oldest first, by ids only: the map re-fetches each
   * on load. Undo takes back the last one; another network (new filters) drops them all.
   */
  additions: readonly AdditionRef[];
  /**
   * Where the map's actors stand (encodePositions), once the analyst moved one or ran the layout, so
   * that a shared link shows the map as they left it; null lets the seeded layout place them.
   */
  positions: string | null;
}

/** An "expand neighbours", a shortest path, or relations a Cypher result added to the map. */
export type AdditionRef =
  | { kind: 'neighbours'; actor: string }
  | { kind: 'path'; from: string; to: string }
  | {
      kind: 'query';
      relations: readonly RelationRef[];
      /** The result's actors in none of its relations: the relations bring the others. */
      actors: readonly string[];
    };

/** Older additions than the last this many leave the view, and the map: a link stays short enough to share. */
export const MAX_ADDITIONS = 50;
/** The relations, and the lone actors, of a console addition that the view keeps; the rest are on the map until a reload. */
export const MAX_QUERY_ITEMS = 50;

export const DEFAULT_PRESET: PresetName = 'sanctions';

export const DEFAULT_VIEW: ViewState = {
  relationTypes: PRESETS[DEFAULT_PRESET].types,
  kinds: ACTOR_KIND_NAMES,
  minEvents: 1,
  modes: DRAWN_MODES,
  minConfidence: 0,
  limit: null,
  range: null,
  actor: null,
  relation: null,
  rejected: false,
  curations: false,
  article: null,
  console: false,
  table: null,
  language: 'en',
  additions: [],
  positions: null,
};

export const viewStore = createStore<ViewState>(DEFAULT_VIEW);

function inOntologyOrder<T extends string>(order: readonly T[], selection: Iterable<T>): T[] {
  const selected = new Set(selection);
  return order.filter((item) => selected.has(item));
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** The preset the current relation types amount to, if any: a preset is only a named set of types. */
export function activePreset(view: ViewState): PresetName | null {
  return PRESET_NAMES.find((name) => sameMembers(PRESETS[name].types, view.relationTypes)) ?? null;
}

/** One string per addition: the map matches what it drew against the view by it. */
export function additionKey(ref: AdditionRef): string {
  switch (ref.kind) {
    case 'neighbours':
      return `neighbours:${ref.actor}`;
    case 'path':
      return `path:${ref.from},${ref.to}`;
    case 'query':
      return `query:${[...ref.actors, ...ref.relations.map(({ type, source, target }) => `${type}|${source}|${target}`)].join(',')}`;
  }
}

export function boundedAddition(ref: AdditionRef): AdditionRef {
  if (ref.kind !== 'query' || (ref.relations.length <= MAX_QUERY_ITEMS && ref.actors.length <= MAX_QUERY_ITEMS)) return ref;
  return { kind: 'query', relations: ref.relations.slice(0, MAX_QUERY_ITEMS), actors: ref.actors.slice(0, MAX_QUERY_ITEMS) };
}

/** The filters that decide which network is loaded; additions are made over them. */
export function sameFilters(a: ViewState, b: ViewState): boolean {
  return (
    a.relationTypes.join() === b.relationTypes.join() &&
    a.kinds.join() === b.kinds.join() &&
    a.minEvents === b.minEvents &&
    a.modes.join() === b.modes.join() &&
    a.minConfidence === b.minConfidence &&
    a.limit === b.limit &&
    a.rejected === b.rejected &&
    a.range?.from === b.range?.from &&
    a.range?.to === b.range?.to
  );
}

export function normalizeView(view: ViewState): ViewState {
  return {
    ...view,
    additions: view.additions.slice(-MAX_ADDITIONS).map(boundedAddition),
    relationTypes: inOntologyOrder(RELATION_TYPES, view.relationTypes),
    kinds: inOntologyOrder(ACTOR_KIND_NAMES, view.kinds),
    minEvents: Math.max(1, Math.floor(view.minEvents) || 1),
    modes: inOntologyOrder(DRAWN_MODES, view.modes),
    minConfidence: Math.min(1, Math.max(0, Math.round(view.minConfidence * 100) / 100 || 0)),
    limit: view.limit !== null && Number.isInteger(view.limit) && view.limit > 0 ? view.limit : null,
  };
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item];
}

function update(change: (view: ViewState) => Partial<ViewState>): void {
  viewStore.set((view) => {
    const next = normalizeView({ ...view, ...change(view) });
    // Other filters load another network, and what was added over the old one goes with it, and where it stood.
    return sameFilters(view, next) ? next : { ...next, additions: [], positions: null };
  });
}

export const viewActions = {
  selectPreset: (preset: PresetName) => update(() => ({ relationTypes: PRESETS[preset].types })),
  toggleRelationType: (type: RelationType) => update((view) => ({ relationTypes: toggled(view.relationTypes, type) })),
  toggleActorKind: (kind: ActorKind) => update((view) => ({ kinds: toggled(view.kinds, kind) })),
  setMinEvents: (minEvents: number) => update(() => ({ minEvents })),
  toggleMode: (mode: DrawnMode) => update((view) => ({ modes: toggled(view.modes, mode) })),
  setMinConfidence: (minConfidence: number) => update(() => ({ minConfidence })),
  setRange: (range: MonthRange | null) => update(() => ({ range })),
  selectActor: (actor: string | null) => update(() => ({ actor, relation: null })),
  selectRelation: (relation: RelationRef | null) => update(() => ({ relation, actor: null })),
  openArticle: (article: string | null) => update(() => ({ article })),
  showRejected: (rejected: boolean) => update(() => ({ rejected })),
  showCurations: (curations: boolean) => update(() => ({ curations })),
  showConsole: (open: boolean) => update(() => ({ console: open })),
  showTable: (table: TableTab | null) => update(() => ({ table })),
  setLanguage: (language: Language) => update(() => ({ language })),
  addToMap: (addition: AdditionRef) => update((view) => ({ additions: [...view.additions, addition] })),
  undoAddition: () => update((view) => ({ additions: view.additions.slice(0, -1) })),
  /** Null when the map is too large for a link: its positions stay on this machine. */
  sharePositions: (positions: string | null) => update(() => ({ positions })),
  /** Restores a whole view, e.g. from the URL on back/forward. */
  replace: (view: ViewState) => viewStore.set(normalizeView(view)),
};
