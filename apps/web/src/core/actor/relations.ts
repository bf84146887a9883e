import { RELATION_TYPES, type RelationType } from '@entente/ontology';
import type { ActorRelation } from '@entente/protocol';

/** A list sorted by one of its columns, one way or the other. */
export interface ColumnSort<K extends string> {
  key: K;
  descending: boolean;
}

/** How an actor's relations are ordered within their groups: by events or by their latest date. */
export type RelationSortKey = 'count' | 'date';
export type RelationSort = ColumnSort<RelationSortKey>;
export const DEFAULT_RELATION_SORT: RelationSort = { key: 'count', descending: true };

export interface RelationGroup {
  key: string;
  type: RelationType;
  direction: ActorRelation['direction'];
  relations: ActorRelation[];
}

/** The groups of the types on the map first, the others apart (folded in the panel). */
export interface GroupedRelations {
  shown: RelationGroup[];
  others: RelationGroup[];
}

const DIRECTION_ORDER: readonly ActorRelation['direction'][] = ['out', 'in', 'both'];

/** Ties keep a stable order by the other actor's id, so equal rows never swap between renders. */
function compareRelations(sort: RelationSort): (a: ActorRelation, b: ActorRelation) => number {
  const sign = sort.descending ? -1 : 1;
  return (a, b) => {
    const byKey =
      sort.key === 'count'
        ? a.count - b.count
        : // An undated relation sorts as the oldest, whichever way the column is turned.
          (a.last_date ?? a.first_date ?? '').localeCompare(b.last_date ?? b.first_date ?? '');
    return sign * byKey || a.other.id.localeCompare(b.other.id);
  };
}

/**
 * Groups by type then direction, in ontology order so the panel reads the same for every actor, with
 * the groups of `mapTypes` (the relation types the map draws) first and each group's rows sorted.
 */
export function groupRelations(relations: readonly ActorRelation[], mapTypes: readonly RelationType[], sort: RelationSort): GroupedRelations {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    const key = `${relation.type}:${relation.direction}`;
    const group = groups.get(key) ?? { key, type: relation.type, direction: relation.direction, relations: [] };
    group.relations.push(relation);
    groups.set(key, group);
  }
  const rank = (group: RelationGroup) => RELATION_TYPES.indexOf(group.type) * DIRECTION_ORDER.length + DIRECTION_ORDER.indexOf(group.direction);
  const ordered = [...groups.values()].sort((a, b) => rank(a) - rank(b));
  const compare = compareRelations(sort);
  for (const group of ordered) group.relations.sort(compare);
  return { shown: ordered.filter((g) => mapTypes.includes(g.type)), others: ordered.filter((g) => !mapTypes.includes(g.type)) };
}

/**
 * A click on the column already sorted turns it; on another column sorts by it, largest or latest
 * first unless `descendingFirst` says otherwise (names read A to Z first).
 */
export function nextSort<K extends string>(current: ColumnSort<K>, key: K, descendingFirst = true): ColumnSort<K> {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: descendingFirst };
}
