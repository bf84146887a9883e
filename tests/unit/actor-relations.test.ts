import { describe, expect, it } from 'vitest';
import type { ActorRelation } from '@entente/protocol';
import { DEFAULT_RELATION_SORT, groupRelations, nextSort } from '../../apps/web/src/core/actor/relations.ts';

function relation(type: ActorRelation['type'], other: string, count: number, last: string | null, direction: ActorRelation['direction'] = 'out'): ActorRelation {
  return { type, direction, other: { id: other, kind: 'country', name_en: other, name_ar: other, iso2: null }, count, first_date: last, last_date: last, curation: null };
}

const RELATIONS = [
  relation('CRITICIZES', 'IR', 2, '2018-05'),
  relation('SANCTIONS', 'KP', 1, '2018-09-01'),
  relation('SANCTIONS', 'IR', 7, '2018-03-02'),
  relation('SANCTIONS', 'RU', 3, null),
  relation('SANCTIONS', 'VE', 4, '2018-11-20', 'in'),
];

describe("an actor's relations", () => {
  it('put the groups of the types on the map first, the others apart, each in ontology order', () => {
    const grouped = groupRelations(RELATIONS, ['SANCTIONS'], DEFAULT_RELATION_SORT);
    expect(grouped.shown.map((g) => g.key)).toEqual(['SANCTIONS:out', 'SANCTIONS:in']);
    expect(grouped.others.map((g) => g.key)).toEqual(['CRITICIZES:out']);
  });

  it('sort by events, largest first, or by latest date, undated ones oldest', () => {
    const byCount = groupRelations(RELATIONS, ['SANCTIONS'], DEFAULT_RELATION_SORT).shown[0]!.relations.map((r) => r.other.id);
    expect(byCount).toEqual(['IR', 'RU', 'KP']);
    const latest = groupRelations(RELATIONS, ['SANCTIONS'], { key: 'date', descending: true }).shown[0]!.relations.map((r) => r.other.id);
    expect(latest).toEqual(['KP', 'IR', 'RU']);
    const oldest = groupRelations(RELATIONS, ['SANCTIONS'], { key: 'date', descending: false }).shown[0]!.relations.map((r) => r.other.id);
    expect(oldest).toEqual(['RU', 'IR', 'KP']);
  });

  it('a click on the sorted column turns it, on another sorts by it from the top', () => {
    expect(nextSort({ key: 'count', descending: true }, 'count')).toEqual({ key: 'count', descending: false });
    expect(nextSort({ key: 'count', descending: false }, 'date')).toEqual({ key: 'date', descending: true });
  });
});
