/** Query-string validation: every parameter is checked against the ontology or a bound, or the request is a 400. */
import {
  DRAWN_MODES,
  PRESETS,
  PRESET_NAMES,
  isActorKind,
  isDrawnMode,
  isRelationType,
  type ActorKind,
  type DrawnMode,
  type PresetName,
  type RelationType,
} from '@entente/ontology';
import type { RelationRef } from '@entente/protocol';

export class BadRequest extends Error {}

export type Query = Record<string, string | undefined>;

/** Parameters that name several values: `types=A,B` and `types=A&types=B` ask the same. */
const LIST_PARAMETERS = new Set(['types', 'kinds', 'modes']);

/**
 * The query string with one text per parameter. Fastify turns a repeated parameter into an array;
 * list parameters join theirs, any other given twice is ambiguous and a 400.
 */
export function singleValues(raw: unknown): Query {
  const query: Query = {};
  for (const [name, value] of Object.entries((raw ?? {}) as Record<string, string | string[] | undefined>)) {
    if (!Array.isArray(value)) query[name] = value;
    else if (LIST_PARAMETERS.has(name)) query[name] = value.join(',');
    else throw new BadRequest(`${name} is given ${value.length} times; give it once`);
  }
  return query;
}

/** Search text must hold a letter or a digit: "*", "?" or an emoji alone search for nothing. */
export function searchText(value: string | undefined): string {
  const text = required(value, 'q');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new BadRequest('q must contain at least one letter or digit');
  return text;
}

export function list<T extends string>(value: string | undefined, name: string, valid: (v: string) => v is T): T[] | undefined {
  if (value === undefined || value === '') return undefined;
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const wrong = items.filter((v) => !valid(v));
  if (wrong.length > 0) throw new BadRequest(`unknown ${name}: ${wrong.join(', ')}`);
  return items as T[];
}

export function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new BadRequest(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

export function date(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new BadRequest(`${name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/**
 * The last day a `to` bound covers: `to=2024-12` includes 2024-12-05. Event dates are compared as
 * text (they may be 2024, 2024-06 or 2024-06-12), so the bound is padded with the highest day.
 */
export function endOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;
}

export function required(value: string | undefined, name: string, maxLength = 200): string {
  if (value === undefined || value.trim() === '') throw new BadRequest(`${name} is required`);
  if (value.length > maxLength) throw new BadRequest(`${name} is too long (at most ${maxLength} characters)`);
  return value;
}

export function relationType(value: string | undefined): RelationType {
  const v = required(value, 'type', 40);
  if (!isRelationType(v)) throw new BadRequest(`unknown relation type: ${v}`);
  return v;
}

/** Relation types from `types=…`, or from `preset=…`, or the default Sanctions preset. */
export function networkTypes(query: Query): RelationType[] {
  const types = list(query.types, 'relation type', isRelationType);
  if (types) return types;
  const preset = query.preset ?? 'sanctions';
  if (!(PRESET_NAMES as string[]).includes(preset)) throw new BadRequest(`unknown preset: ${preset} (one of ${PRESET_NAMES.join(', ')})`);
  return [...PRESETS[preset as PresetName].types];
}

export function actorKinds(query: Query): ActorKind[] | undefined {
  return list(query.kinds, 'actor kind', isActorKind) ?? undefined;
}

/**
 * The modes of `modes=…`, in DRAWN_MODES order; undefined, as when not given, for every drawn mode.
 * Negated and denied events are never drawn, so they are no choice.
 */
export function drawnModes(query: Query): DrawnMode[] | undefined {
  if (query.modes === undefined || query.modes === '') return undefined;
  const named = query.modes.split(',').map((mode) => mode.trim());
  const wrong = named.filter((mode) => !isDrawnMode(mode));
  if (wrong.length > 0 || named.every((mode) => mode === ''))
    throw new BadRequest(`modes must name some of ${DRAWN_MODES.join(', ')}; unknown: ${wrong.join(', ') || '(none given)'}`);
  const modes = DRAWN_MODES.filter((mode) => named.includes(mode));
  return modes.length === DRAWN_MODES.length ? undefined : modes;
}

/** A share from 0 to 1, such as a least confidence; `fallback` when not given. */
export function share(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  // Number() also reads "0x1", " 1 " and "1e0": only plain decimals are meant.
  if (!/^(\d+\.?\d*|\.\d+)$/.test(value) || n > 1) throw new BadRequest(`${name} must be a number from 0 to 1, e.g. 0.8`);
  return n;
}

/** One of a few words, `fallback` when not given. */
export function choice<T extends string>(value: string | undefined, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new BadRequest(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** A moment as ISO 8601 (`2026-12-03T10:00:00Z`), returned in the form the graph stores (toISOString). */
export function instant(value: string, name: string): string {
  const ms = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new BadRequest(`${name} must be a date and time in ISO 8601, e.g. 2026-12-03T10:00:00Z`);
  return new Date(ms).toISOString();
}

/**
 * A list of relations sent as JSON (`[{"type": "SANCTIONS", "source": "US", "target": "IR"}, …]`),
 * at most `max`; absent means none.
 */
export function relationRefs(value: unknown, name: string, max: number): RelationRef[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new BadRequest(`${name} must be a list of {"type", "source", "target"}`);
  if (value.length > max) throw new BadRequest(`${name} names ${value.length} relations; at most ${max}`);
  return value.map((item: unknown, index) => {
    const { type, source, target } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const text = (v: unknown, field: string) => required(typeof v === 'string' ? v : undefined, `${name}[${index}].${field}`);
    const ref = { type: text(type, 'type'), source: text(source, 'source'), target: text(target, 'target') };
    if (!isRelationType(ref.type)) throw new BadRequest(`unknown relation type: ${ref.type}`);
    return { ...ref, type: ref.type };
  });
}
