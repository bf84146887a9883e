import { ACTOR_KIND_NAMES, DRAWN_MODES, PRESETS, isActorKind, isDrawnMode, isRelationType, type PresetName } from '@entente/ontology';
import type { RelationRef } from '@entente/protocol';
import { MAX_ENCODED_POSITIONS_LENGTH } from '../layout/shared-positions.ts';
import { relationKey } from '../relation/relation.ts';
import { isLanguage } from '../i18n/index.ts';
import { isTableTab } from '../table/table.ts';
import { isMonth, orderedRange, type MonthRange } from '../timeline/months.ts';
import { activePreset, additionKey, DEFAULT_VIEW, normalizeView, viewActions, viewStore, type AdditionRef, type ViewState } from './state.ts';

function isPresetName(value: string): value is PresetName {
  return Object.hasOwn(PRESETS, value);
}

function listParam(params: URLSearchParams, name: string): string[] | null {
  const value = params.get(name);
  return value === null ? null : value.split(',').filter(Boolean);
}

/** A range needs both ends as months; one end alone, or a malformed one, means all time. */
function rangeParam(params: URLSearchParams): MonthRange | null {
  const from = params.get('from');
  const to = params.get('to');
  return from && to && isMonth(from) && isMonth(to) ? orderedRange(from, to) : null;
}

/** `type|source|target`, as relation keys are written; anything else is no relation. */
function parseRelation(text: string): RelationRef | null {
  const [type, source, target, ...rest] = text.split('|');
  return type && isRelationType(type) && source && target && rest.length === 0 ? { type, source, target } : null;
}

/**
 * One `add` parameter per addition, in order, written as `additionKey` writes it: `neighbours:RU`,
 * `path:RU,US`, `query:SANCTIONS|US|RU,…,IR` (relations, and actors by id). A malformed one is left out and the others still load.
 */
function parseAddition(text: string): AdditionRef | null {
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const parts = text.slice(colon + 1).split(',');
  if (colon < 0 || parts.some((part) => part === '')) return null;
  if (kind === 'neighbours' && parts.length === 1) return { kind, actor: parts[0]! };
  if (kind === 'path' && parts.length === 2 && parts[0] !== parts[1]) return { kind, from: parts[0]!, to: parts[1]! };
  if (kind !== 'query') return null;
  const actors = parts.filter((part) => !part.includes('|'));
  const relations = parts.filter((part) => part.includes('|')).map(parseRelation);
  return relations.every((relation) => relation !== null) ? { kind, relations, actors } : null;
}

/** The map's positions as encodePositions writes them; whether they fit the map is decided when it is drawn. */
function positionsParam(params: URLSearchParams): string | null {
  const positions = params.get('pos');
  return positions && positions.length <= MAX_ENCODED_POSITIONS_LENGTH && /^[A-Za-z0-9_-]+$/.test(positions) ? positions : null;
}

/** Reads a view from a query string; unknown or malformed values fall back to the defaults. */
export function viewFromSearch(search: string): ViewState {
  const params = new URLSearchParams(search);
  const preset = params.get('preset');
  const types = listParam(params, 'types')?.filter(isRelationType);
  const kinds = listParam(params, 'kinds')?.filter(isActorKind);
  const modes = listParam(params, 'modes')?.filter(isDrawnMode);
  const language = params.get('lang');
  const table = params.get('table');
  return normalizeView({
    relationTypes: types ?? (preset && isPresetName(preset) ? PRESETS[preset].types : DEFAULT_VIEW.relationTypes),
    kinds: kinds ?? DEFAULT_VIEW.kinds,
    minEvents: Number(params.get('minEvents') ?? DEFAULT_VIEW.minEvents),
    // A link naming no mode the map draws falls back to all of them, as a malformed one does.
    modes: modes && modes.length > 0 ? modes : DEFAULT_VIEW.modes,
    minConfidence: Number(params.get('minConfidence') ?? DEFAULT_VIEW.minConfidence),
    limit: params.has('limit') ? Number(params.get('limit')) : DEFAULT_VIEW.limit,
    range: rangeParam(params),
    actor: params.get('actor') || null,
    relation: parseRelation(params.get('relation') ?? ''),
    rejected: params.get('rejected') === 'show',
    curations: params.get('curations') === '1',
    article: params.get('article') || null,
    console: params.get('console') === '1',
    table: table && isTableTab(table) ? table : null,
    language: language && isLanguage(language) ? language : DEFAULT_VIEW.language,
    additions: params
      .getAll('add')
      .map(parseAddition)
      .filter((addition) => addition !== null),
    positions: positionsParam(params),
  });
}

/** Writes only what differs from the defaults, naming a preset rather than its types when one matches. */
export function searchFromView(view: ViewState): string {
  const params = new URLSearchParams();
  const preset = activePreset(view);
  if (preset) params.set('preset', preset);
  else params.set('types', view.relationTypes.join(','));
  if (view.kinds.length !== ACTOR_KIND_NAMES.length) params.set('kinds', view.kinds.join(','));
  if (view.minEvents !== DEFAULT_VIEW.minEvents) params.set('minEvents', String(view.minEvents));
  if (view.modes.length !== DRAWN_MODES.length) params.set('modes', view.modes.join(','));
  if (view.minConfidence !== DEFAULT_VIEW.minConfidence) params.set('minConfidence', String(view.minConfidence));
  if (view.limit !== DEFAULT_VIEW.limit) params.set('limit', String(view.limit));
  if (view.range) {
    params.set('from', view.range.from);
    params.set('to', view.range.to);
  }
  if (view.actor) params.set('actor', view.actor);
  if (view.relation) params.set('relation', relationKey(view.relation));
  if (view.rejected) params.set('rejected', 'show');
  if (view.curations) params.set('curations', '1');
  if (view.article) params.set('article', view.article);
  if (view.console) params.set('console', '1');
  if (view.table) params.set('table', view.table);
  if (view.language !== DEFAULT_VIEW.language) params.set('lang', view.language);
  for (const addition of view.additions) params.append('add', additionKey(addition));
  if (view.positions) params.set('pos', view.positions);
  // Commas, colons and bars are safe in a query string and keep shared links readable.
  return `?${params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%7C', '|')}`;
}

/** Keeps the address bar and the view in step: each change is a history entry, back/forward restore. */
export function bindViewToUrl(): void {
  viewActions.replace(viewFromSearch(window.location.search));
  window.history.replaceState(null, '', searchFromView(viewStore.get()));

  viewStore.subscribe((view, previous) => {
    const search = searchFromView(view);
    if (search === window.location.search) return;
    // Moving an actor updates the link without a history entry: back goes to the previous view, not the previous drag.
    if (searchFromView({ ...view, positions: previous.positions }) === searchFromView(previous)) window.history.replaceState(null, '', search);
    else window.history.pushState(null, '', search);
  });
  window.addEventListener('popstate', () => viewActions.replace(viewFromSearch(window.location.search)));
}
