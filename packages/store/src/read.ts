/** The queries the explorer asks. Parameters only; relation types are checked against the ontology first. */
import { ACTOR_KIND_NAMES, RELATION_TYPES, relationSpec, type ActorKind, type RelationType } from '@entente/ontology';
import { defaultGazetteer, readings, tokenize, normalizeWord } from '@entente/extract';
import type { ActorResponse, ActorSummary, Evidence, NetworkGraph } from '@entente/protocol';
import neo4j, { type Driver } from 'neo4j-driver';
import { DRAWN_MODES } from './write.ts';

export interface NetworkFilter {
  types: RelationType[];
  kinds?: ActorKind[];
  from?: string;
  to?: string;
  minEvents?: number;
  limit: number;
}

const ACTOR_FIELDS = 'id: %.id, kind: %.kind, name_en: %.name_en, name_ar: %.name_ar, iso2: %.iso2';
const actorMap = (v: string) => `${v} {${ACTOR_FIELDS.replaceAll('%', v)}}`;

export class StoreReader {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  private async read(query: string, params: Record<string, unknown>) {
    const { records } = await this.driver.executeQuery(query, params, { database: this.database, routing: 'READ' });
    return records;
  }

  async network(filter: NetworkFilter): Promise<NetworkGraph> {
    const kinds = filter.kinds ?? ACTOR_KIND_NAMES;
    const dated = filter.from !== undefined || filter.to !== undefined;
    // Within a time range the edges are re-aggregated from the events of that range.
    const query = dated
      ? `MATCH (s:Actor)-[:ACTOR]->(e:Event)-[:RECIPIENT]->(t:Actor)
         WHERE e.type IN $types AND e.mode IN $modes AND s.kind IN $kinds AND t.kind IN $kinds
           AND e.date IS NOT NULL AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
         OPTIONAL MATCH (e)<-[:EVIDENCES]-(:Mention)-[:IN]->(a:Article)
         WITH s, t, e.type AS type, count(DISTINCT e) AS count, count(DISTINCT a) AS articles, min(e.date) AS first_date, max(e.date) AS last_date
         WHERE count >= $minEvents
         RETURN ${actorMap('s')} AS s, ${actorMap('t')} AS t, type, count, articles, first_date, last_date
         ORDER BY count DESC LIMIT $limit`
      : `MATCH (s:Actor)-[r]->(t:Actor)
         WHERE type(r) IN $types AND s.kind IN $kinds AND t.kind IN $kinds AND coalesce(r.events, 1) >= $minEvents
         RETURN ${actorMap('s')} AS s, ${actorMap('t')} AS t, type(r) AS type, coalesce(r.events, 1) AS count,
                coalesce(r.articles, 0) AS articles, r.first_date AS first_date, r.last_date AS last_date
         ORDER BY count DESC LIMIT $limit`;
    const records = await this.read(query, {
      types: filter.types, kinds, modes: DRAWN_MODES, from: filter.from ?? null, to: filter.to ?? null,
      minEvents: filter.minEvents ?? 1, limit: neo4j.int(filter.limit + 1),
    });
    const truncated = records.length > filter.limit;
    const graph: NetworkGraph = { options: { type: 'mixed', multi: true, allowSelfLoops: false }, attributes: { truncated }, nodes: [], edges: [] };
    const seen = new Set<string>();
    for (const record of records.slice(0, filter.limit)) {
      const s = record.get('s') as ActorSummary;
      const t = record.get('t') as ActorSummary;
      for (const actor of [s, t]) {
        if (seen.has(actor.id)) continue;
        seen.add(actor.id);
        graph.nodes.push({ key: actor.id, attributes: { kind: actor.kind, name_en: actor.name_en, name_ar: actor.name_ar, iso2: actor.iso2 ?? null } });
      }
      const type = record.get('type') as RelationType;
      graph.edges.push({
        key: `${type}:${s.id}:${t.id}`,
        source: s.id,
        target: t.id,
        undirected: !relationSpec(type).directed,
        attributes: { type, count: record.get('count'), articles: record.get('articles'), first_date: record.get('first_date'), last_date: record.get('last_date') },
      });
    }
    return graph;
  }

  async actor(id: string): Promise<ActorResponse | null> {
    const records = await this.read(
      `MATCH (x:Actor {id: $id})
       OPTIONAL MATCH (x)-[r]-(o:Actor) WHERE type(r) IN $types
       RETURN x {.*} AS actor, collect(CASE WHEN r IS NULL THEN null ELSE {
         type: type(r), outgoing: startNode(r) = x, other: ${actorMap('o')}, count: coalesce(r.events, 1),
         first_date: r.first_date, last_date: r.last_date, title: r.title } END) AS relations`,
      { id, types: RELATION_TYPES },
    );
    const record = records[0];
    if (!record) return null;
    const actor = record.get('actor') as Record<string, unknown>;
    const relations = (record.get('relations') as (Record<string, unknown> & { type: RelationType; outgoing: boolean })[]).map((r) => ({
      type: r.type,
      direction: !relationSpec(r.type).directed ? ('both' as const) : r.outgoing ? ('out' as const) : ('in' as const),
      other: r.other as ActorSummary,
      count: r.count as number,
      first_date: (r.first_date as string | null) ?? null,
      last_date: (r.last_date as string | null) ?? null,
      title: (r.title as string | null) ?? null,
    }));
    relations.sort((a, b) => a.type.localeCompare(b.type) || b.count - a.count);
    return {
      actor: {
        id: actor.id as string, kind: actor.kind as ActorKind, name_en: actor.name_en as string, name_ar: actor.name_ar as string,
        iso2: (actor.iso2 as string | null) ?? null, aliases: (actor.aliases as string[] | null) ?? [],
      },
      relations,
    };
  }

  /** The sentences behind the relation of `type` between two actors (either order for undirected types). */
  async evidence(type: RelationType, source: string, target: string, limit: number): Promise<Evidence[]> {
    const records = await this.read(
      `MATCH (s:Actor {id: $source}), (t:Actor {id: $target})
       MATCH (a1:Actor)-[:ACTOR]->(e:Event {type: $type})-[:RECIPIENT]->(a2:Actor)
       WHERE (a1 = s AND a2 = t) OR ($undirected AND a1 = t AND a2 = s)
       MATCH (m:Mention)-[:EVIDENCES]->(e), (m)-[:IN]->(art:Article)
       RETURN e.id AS event_id, e.type AS type, e.mode AS mode, e.date AS date, e.date_precision AS date_precision,
              m.text AS sentence, m.start AS start, m.end AS end,
              art {.id, .title, .date, .source, .url} AS article
       ORDER BY e.date DESC, art.date DESC LIMIT $limit`,
      { type, source, target, undirected: !relationSpec(type).directed, limit: neo4j.int(limit) },
    );
    return records.map((r) => r.toObject() as Evidence);
  }

  /**
   * Finds actors by name in either script. The extraction gazetteer resolves what it knows (clitics,
   * adjectives, capitals: "الروسية" and "موسكو" are Russia); the full-text index finds the rest.
   */
  async search(q: string, limit: number): Promise<ActorSummary[]> {
    const gazetteer = defaultGazetteer();
    const known = new Set<string>();
    const tokens = tokenize(q);
    for (let i = 0; i < tokens.length; i++) {
      let node = gazetteer.trie;
      for (let j = i; j < tokens.length; j++) {
        const next = readings(tokens[j]!.norm).map((r) => node.children.get(r.key)).find(Boolean);
        if (!next) break;
        node = next;
        if (node.entry) known.add(node.entry.actorId);
      }
    }
    const words = tokens.map((t) => normalizeWord(t.text).replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
    const lucene = words.map((w) => `${w}*`).join(' AND ');
    const records = await this.read(
      `CALL () {
         MATCH (a:Actor) WHERE a.id IN $known RETURN a, 2.0 AS score
         UNION
         MATCH (a:Actor) WHERE toLower(a.id) = toLower($q) RETURN a, 3.0 AS score
         UNION
         CALL db.index.fulltext.queryNodes('actor_names', $lucene, {limit: $limit}) YIELD node AS a, score
         WHERE $lucene <> '' RETURN a, score
       }
       WITH a, max(score) AS score
       OPTIONAL MATCH (a)-[r]-(:Actor)
       WITH a, score, count(r) AS degree
       RETURN ${actorMap('a')} AS actor ORDER BY score DESC, degree DESC LIMIT $limit`,
      { known: [...known], q: q.trim(), lucene, limit: neo4j.int(limit) },
    );
    return records.map((r) => r.get('actor') as ActorSummary);
  }
}
