/** The queries the explorer asks. Parameters only; relation types are checked against the ontology first. */
import { ACTOR_KIND_NAMES, DRAWN_MODES, EVENT_RELATION_TYPES, RELATION_TYPES, relationSpec, type ActorKind, type DrawnMode, type RelationType } from '@entente/ontology';
import { defaultGazetteer, readings, tokenize, normalizeWord } from '@entente/extract';
import {
  networkEdge,
  serializedNetwork,
  type ActorResponse,
  type ActorSummary,
  type ArticleRelation,
  type ArticleResponse,
  type Evidence,
  type EvidencePage,
  type EvidenceRow,
  type EvidenceTable,
  type ModeCounts,
  type NetworkGraph,
  type PackedActor,
  type PackedEdge,
  type PackedModeCounts,
  type PackedNetwork,
  type PathResponse,
  type RelationCuration,
  type RelationRef,
  type ReviewItem,
  type TimelineResponse,
} from '@entente/protocol';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { storeError } from './errors.ts';
import { unpackMarks } from './marks.ts';
import { drawnEvent } from './write.ts';

/** Which edges of the map StoreReader.network reads. */
export interface NetworkFilter {
  types: RelationType[];
  /** Both actors of an edge must be of these kinds; every kind when absent. */
  kinds?: ActorKind[];
  /** Only events dated within [from, to] (ISO dates); the edges are then counted from those events alone. */
  from?: string;
  to?: string;
  /** Only events stated in these modes; every drawn mode when absent. The edges are then counted from those events alone. */
  modes?: DrawnMode[];
  /** Only events the extractor is at least this sure of (0..1); 0 by default. The edges are then counted from those events alone. */
  minConfidence?: number;
  /** Edges with fewer events are left out; 1 by default. */
  minEvents?: number;
  /** The most edges returned, strongest first; an answer with more is marked truncated. */
  limit: number;
  /** Lines an analyst rejected come too, marked; they are left out by default. */
  rejected?: boolean;
}

/** Which events the timeline counts: those of the map's filters, over all time. */
export type TimelineFilter = Pick<NetworkFilter, 'types' | 'kinds' | 'modes' | 'minConfidence'>;
/** Which events of a line count: the map's mode and confidence filters. */
export type EventFilter = Pick<NetworkFilter, 'modes' | 'minConfidence'>;

/** A line an analyst rejected is left out of every read that does not ask for it. */
const notRejected = (r: string) => `coalesce(${r}.curation, '') <> 'rejected'`;

/** The events of a derived relationship `r` in each drawn mode, as a list in DRAWN_MODES order; null for a structural one. */
const modeList = (r: string) => `CASE WHEN ${r}.${DRAWN_MODES[0]} IS NULL THEN null ELSE [${DRAWN_MODES.map((mode) => `${r}.${mode}`).join(', ')}] END`;
/** The same as a map, for the small networks sent unpacked. */
const modeMap = (r: string) => `CASE WHEN ${r}.${DRAWN_MODES[0]} IS NULL THEN null ELSE {${DRAWN_MODES.map((mode) => `${mode}: ${r}.${mode}`).join(', ')}} END`;

/** Whether a filter asks for fewer events than the derived relationships count: then the edges are counted from the events. */
const narrowsEvents = (filter: EventFilter) => (filter.modes !== undefined && !DRAWN_MODES.every((mode) => filter.modes!.includes(mode))) || (filter.minConfidence ?? 0) > 0;

/** The events a filter selects by mode and confidence; `e` is also asked drawnEvent. */
const eventFilterParams = (filter: EventFilter) => ({ modes: filter.modes ?? DRAWN_MODES, minConfidence: filter.minConfidence ?? 0 });

interface EdgeRow {
  s: ActorSummary;
  t: ActorSummary;
  type: RelationType;
  count: number;
  articles: number;
  first_date: string | null;
  last_date: string | null;
  curation: RelationCuration | null;
  modes: ModeCounts | null;
}

function nodeOf(actor: ActorSummary): NetworkGraph['nodes'][number] {
  return { key: actor.id, attributes: { kind: actor.kind, name_en: actor.name_en, name_ar: actor.name_ar, iso2: actor.iso2 ?? null } };
}

/** A record's values in the order of the query's RETURN. */
const columns = <T extends unknown[]>(record: Neo4jRecord) => Array.from(record.values()) as T;

/** graphology's serialisation of a set of edges between actors, for the small lists (neighbours, paths). */
function buildNetwork(rows: EdgeRow[], truncated: boolean): NetworkGraph {
  const nodes = new Map<string, NetworkGraph['nodes'][number]>();
  const edges = rows.map(({ s, t, type, count, articles, first_date, last_date, curation, modes }) => {
    for (const actor of [s, t]) if (!nodes.has(actor.id)) nodes.set(actor.id, nodeOf(actor));
    return networkEdge(s.id, t.id, { type, count, articles, first_date, last_date, ...(curation ? { curation } : {}), ...(modes ? { modes } : {}) });
  });
  return serializedNetwork([...nodes.values()], edges, truncated);
}

/**
 * The relationship types of a pattern, as `A|B|C`. Cypher cannot take types as parameters, and a
 * pattern that names them lets Neo4j scan just those relationships instead of every actor's.
 */
function typePattern(types: readonly RelationType[]): string {
  const unknown = types.find((type) => !RELATION_TYPES.includes(type));
  if (unknown !== undefined) throw new Error(`not a relation type of the ontology: ${unknown}`);
  return types.join('|');
}

/**
 * The map's edges for a filter, strongest first, as bare columns (source, target, type, count,
 * articles, first_date, last_date, curation); `limit + 1` rows at most, so that a cut can be seen.
 */
function edgeSelection(filter: NetworkFilter): { query: string; params: Record<string, unknown> } {
  const kinds = filter.kinds ?? ACTOR_KIND_NAMES;
  const allKinds = ACTOR_KIND_NAMES.every((kind) => kinds.includes(kind));
  const dated = filter.from !== undefined || filter.to !== undefined;
  // Within a time range, or for some modes or a least confidence, the edges are re-aggregated from
  // the events that qualify; the derived relationships count them all. An undated event falls
  // outside any range (a comparison with null is not true).
  const edgeQuery =
    dated || narrowsEvents(filter)
      ? `MATCH (s:Actor)-[:ACTOR]->(e:Event)-[:RECIPIENT]->(t:Actor)
         WHERE e.type IN $types AND ${drawnEvent('e')} AND s.kind IN $kinds AND t.kind IN $kinds AND e.confidence >= $minConfidence
           AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
         OPTIONAL MATCH (e)<-[:EVIDENCES]-(:Mention)-[:IN]->(a:Article)
         WITH s, t, e.type AS type, collect(DISTINCT e) AS events, count(DISTINCT a) AS articles, min(e.date) AS first_date, max(e.date) AS last_date
         WITH s, t, type, size(events) AS count, articles, first_date, last_date, [mode IN $drawnModes | size([x IN events WHERE x.mode = mode])] AS modes
         WHERE count >= $minEvents
         OPTIONAL MATCH (s)-[r]->(t) WHERE type(r) = type
         WITH s, t, type, count, articles, first_date, last_date, r.curation AS curation, modes
         WHERE $rejected OR coalesce(curation, '') <> 'rejected'
         RETURN s.id AS source, t.id AS target, type, count, articles, first_date, last_date, curation, modes
         ORDER BY count DESC LIMIT $limit`
      : `MATCH (s:Actor)-[r:${typePattern(filter.types)}]->(t:Actor)
         WHERE coalesce(r.events, 1) >= $minEvents ${allKinds ? '' : 'AND s.kind IN $kinds AND t.kind IN $kinds'}
           ${filter.rejected ? '' : `AND ${notRejected('r')}`}
         WITH s, t, r ORDER BY coalesce(r.events, 1) DESC LIMIT $limit
         RETURN s.id AS source, t.id AS target, type(r) AS type, coalesce(r.events, 1) AS count,
                coalesce(r.articles, 0) AS articles, r.first_date AS first_date, r.last_date AS last_date, r.curation AS curation, ${modeList('r')} AS modes`;
  const params = {
    types: filter.types,
    kinds,
    ...eventFilterParams(filter),
    drawnModes: DRAWN_MODES,
    from: filter.from ?? null,
    to: filter.to ?? null,
    minEvents: filter.minEvents ?? 1,
    rejected: filter.rejected ?? false,
    limit: neo4j.int(filter.limit + 1),
  };
  return { query: edgeQuery, params };
}

/** neo4j-driver's fetch size that pulls every record at once. */
const FETCH_ALL = -1;

const ACTOR_FIELDS = 'id: %.id, kind: %.kind, name_en: %.name_en, name_ar: %.name_ar, iso2: %.iso2';
const actorMap = (v: string) => `${v} {${ACTOR_FIELDS.replaceAll('%', v)}}`;

/** How long one explorer read may run before Neo4j stops it: the map's largest answer takes ~1 s. */
export const DEFAULT_READ_TIMEOUT_MS = 10_000;

/**
 * The explorer's reads of the graph. Each runs as a read that Neo4j stops after `timeoutMs`, and fails
 * with the store's errors (Neo4jUnavailable, StoreTimeout) rather than the driver's.
 */
export class StoreReader {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly timeoutMs = DEFAULT_READ_TIMEOUT_MS,
  ) {}

  private async read(query: string, params: Record<string, unknown>) {
    try {
      const { records } = await this.driver.executeQuery(query, params, { database: this.database, routing: 'READ', transactionConfig: { timeout: this.timeoutMs } });
      return records;
    } catch (error) {
      throw storeError(error, this.timeoutMs);
    }
  }

  /**
   * Asks what a first visitor asks (the default map, the timeline, a search, an actor) a few at a time,
   * so that Neo4j has planned the queries and the driver holds open connections before traffic comes:
   * after a restart, the first requests otherwise each paid for both.
   */
  async warm(): Promise<void> {
    const anActor = async () => {
      const first = (await this.search('a', 1))[0];
      if (first) await Promise.all([this.actor(first.id), this.neighbors(first.id, ['SANCTIONS'], 100), this.evidence('SANCTIONS', first.id, first.id, 20)]);
    };
    // Every read is awaited together: one left running while another failed would be an unhandled
    // rejection, which stops the server (it did when Neo4j came back slow from a restart).
    await Promise.all([this.network({ types: ['SANCTIONS'], limit: 5000 }), this.timeline({ types: ['SANCTIONS'] }), this.search('روسيا', 10), anActor()]);
  }

  /**
   * The edges of the map, strongest first, and their actors, packed as rows. Edges come back as bare
   * columns and each actor once, in a second query of the same transaction: at tens of thousands of
   * edges, repeating both actors' properties on every row doubled the time the map waited for.
   */
  async network(filter: NetworkFilter): Promise<PackedNetwork> {
    if (filter.types.length === 0) return { truncated: false, actors: [], edges: [] };
    const { query: edgeQuery, params } = edgeSelection(filter);
    // The whole answer in one pull: it is bounded by the limit, and the driver's default of 1,000
    // records per round trip made a map of 40,000 edges wait for 40 of them.
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_ALL });
    try {
      return await session.executeRead(
        async (tx) => {
          const records = (await tx.run(edgeQuery, params)).records;
          const index = new Map<string, number>();
          const indexOf = (id: string) => index.get(id) ?? index.set(id, index.size).get(id)!;
          // One edge per type and pair: an office held under two titles is two relationships, one line.
          const seen = new Set<string>();
          const edges: PackedEdge[] = [];
          for (const record of records.slice(0, filter.limit)) {
            const [source, target, type, count, articles, first_date, last_date, curation, modes] =
              columns<[string, string, RelationType, number, number, string | null, string | null, RelationCuration | null, PackedModeCounts | null]>(record);
            const key = `${type}|${source}|${target}`;
            if (seen.has(key)) continue;
            seen.add(key);
            edges.push([indexOf(source), indexOf(target), type, count, articles, first_date, last_date, curation, modes]);
          }
          const actors = new Array<PackedActor>(index.size);
          const found = await tx.run('MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id, a.kind, a.name_en, a.name_ar, a.iso2', { ids: [...index.keys()] });
          for (const record of found.records) {
            const actor = columns<PackedActor>(record);
            actors[index.get(actor[0])!] = actor;
          }
          return { truncated: records.length > filter.limit, actors, edges };
        },
        { timeout: this.timeoutMs },
      );
    } catch (error) {
      throw storeError(error, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Every event behind the lines `filter` draws and the lines of `also`, `maxRows` at most, by line and
   * then by date: what an analyst checks the map against. Within a time range only the range's events
   * count, as on the map, and only events of the asked modes and confidence; each event comes with its
   * earliest article, the totals with all of them.
   */
  async evidenceTable(filter: NetworkFilter, also: RelationRef[], maxRows: number): Promise<EvidenceTable> {
    const { query: edgeQuery, params } = edgeSelection(filter);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_ALL });
    const events = `UNWIND $refs AS ref
       MATCH (:Actor {id: ref.source})-[:ACTOR]->(e:Event {type: ref.type})-[:RECIPIENT]->(:Actor {id: ref.target})
       WHERE ${drawnEvent('e')} AND e.confidence >= $minConfidence AND (($from IS NULL AND $to IS NULL) OR
             (e.date IS NOT NULL AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)))`;
    try {
      return await session.executeRead(
        async (tx) => {
          const refs = new Map<string, RelationRef>();
          if (filter.types.length > 0) {
            for (const record of (await tx.run(edgeQuery, params)).records.slice(0, filter.limit)) {
              const [source, target, type] = columns<[string, string, RelationType]>(record);
              refs.set(`${type}|${source}|${target}`, { type, source, target });
            }
          }
          for (const ref of also) refs.set(`${ref.type}|${ref.source}|${ref.target}`, ref);
          const asked = { refs: [...refs.values()], ...eventFilterParams(filter), from: filter.from ?? null, to: filter.to ?? null };
          const rows = await tx.run(
            `${events}
             WITH ref, e ORDER BY ref.type, ref.source, ref.target, e.date, e.id LIMIT $max
             CALL (e) {
               OPTIONAL MATCH (m:Mention)-[:EVIDENCES]->(e)
               OPTIONAL MATCH (m)-[:IN]->(art:Article)
               WITH m, art ORDER BY art.date, art.id
               RETURN head(collect(CASE WHEN art IS NULL THEN null ELSE {m: m, art: art} END)) AS earliest, count(DISTINCT art) AS articles
             }
             WITH ref, e, articles, earliest.m AS m, earliest.art AS art
             RETURN {type: ref.type, source: ref.source, target: ref.target, event_id: e.id, date: e.date, mode: e.mode, confidence: e.confidence,
                     rule: m.rule, sentence: m.text, articles: articles,
                     article: CASE WHEN art IS NULL THEN null ELSE art {.id, .url, .source, .title, .date} END} AS row`,
            { ...asked, max: neo4j.int(maxRows) },
          );
          const totals = await tx.run(
            `${events}
             OPTIONAL MATCH (e)<-[:EVIDENCES]-(:Mention)-[:IN]->(art:Article)
             RETURN count(DISTINCT e) AS events, count(DISTINCT art) AS articles, count(DISTINCT art.source) AS outlets`,
            asked,
          );
          const counts = totals.records[0]!.toObject() as { events: number; articles: number; outlets: number };
          return { rows: rows.records.map((r) => r.get('row') as EvidenceRow), truncated: counts.events > rows.records.length, ...counts };
        },
        { timeout: this.timeoutMs },
      );
    } catch (error) {
      throw storeError(error, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /** The actor, its neighbours over the given relation types, and the edges that join them. */
  async neighbors(id: string, types: RelationType[], limit: number): Promise<NetworkGraph | null> {
    const records = await this.read(
      `MATCH (x:Actor {id: $id})
       OPTIONAL MATCH (x)-[r]-(:Actor) WHERE type(r) IN $types AND ${notRejected('r')}
       WITH x, r, startNode(r) AS s, endNode(r) AS t ORDER BY coalesce(r.events, 1) DESC LIMIT $limit
       RETURN ${actorMap('x')} AS x, CASE WHEN r IS NULL THEN null ELSE {s: ${actorMap('s')}, t: ${actorMap('t')}, type: type(r),
              count: coalesce(r.events, 1), articles: coalesce(r.articles, 0), first_date: r.first_date, last_date: r.last_date, curation: r.curation, modes: ${modeMap('r')}} END AS edge`,
      { id, types, limit: neo4j.int(limit + 1) },
    );
    if (records.length === 0) return null;
    const edges = records.map((r) => r.get('edge') as EdgeRow | null).filter((e): e is EdgeRow => e !== null);
    const graph = buildNetwork(edges.slice(0, limit), edges.length > limit);
    const x = records[0]!.get('x') as ActorSummary;
    if (!graph.nodes.some((n) => n.key === x.id)) graph.nodes.unshift(nodeOf(x));
    return graph;
  }

  /**
   * All shortest paths (up to six relations) between two actors over the given types. The pattern
   * names the ontology's relation types so that, when there is no path, the search never wanders
   * through events, mentions and articles.
   */
  async path(from: string, to: string, types: RelationType[]): Promise<PathResponse> {
    const records = await this.read(
      `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
       MATCH p = allShortestPaths((a)-[:${RELATION_TYPES.join('|')}*..6]-(b))
       WHERE all(r IN relationships(p) WHERE type(r) IN $types AND ${notRejected('r')})
       WITH p LIMIT 25
       UNWIND relationships(p) AS r
       WITH DISTINCT r, length(p) AS length
       WITH r, length, startNode(r) AS s, endNode(r) AS t
       RETURN {s: ${actorMap('s')}, t: ${actorMap('t')}, type: type(r), count: coalesce(r.events, 1),
               articles: coalesce(r.articles, 0), first_date: r.first_date, last_date: r.last_date, curation: r.curation, modes: ${modeMap('r')}} AS edge, length`,
      { from, to, types },
    );
    return {
      length: records.length > 0 ? (records[0]!.get('length') as number) : null,
      graph: buildNetwork(
        records.map((r) => r.get('edge') as EdgeRow),
        false,
      ),
    };
  }

  /** Events per month, as the timeline draws them. */
  async timeline(filter: TimelineFilter): Promise<TimelineResponse> {
    const records = await this.read(
      `MATCH (s:Actor)-[:ACTOR]->(e:Event)-[:RECIPIENT]->(t:Actor)
       WHERE e.type IN $types AND ${drawnEvent('e')} AND s.kind IN $kinds AND t.kind IN $kinds AND size(e.date) >= 7 AND e.confidence >= $minConfidence
       RETURN substring(e.date, 0, 7) AS month, count(DISTINCT e) AS count ORDER BY month`,
      { types: filter.types, kinds: filter.kinds ?? ACTOR_KIND_NAMES, ...eventFilterParams(filter) },
    );
    return { months: records.map((r) => ({ month: r.get('month') as string, count: r.get('count') as number })) };
  }

  /** An article's text with its actor mentions and the relations read from it. */
  async article(id: string): Promise<ArticleResponse | null> {
    const records = await this.read(
      `MATCH (a:Article {id: $id})
       CALL (a) {
         OPTIONAL MATCH (a)-[m:MENTIONS]->(x:Actor)
         RETURN collect(CASE WHEN x IS NULL THEN null ELSE {actor: ${actorMap('x')}, starts: m.starts, ends: m.ends, resolutions: m.resolutions} END) AS mentions
       }
       CALL (a) {
         OPTIONAL MATCH (mn:Mention)-[:IN]->(a)
         OPTIONAL MATCH (mn)-[:EVIDENCES]->(e:Event)<-[:ACTOR]-(s:Actor)
         OPTIONAL MATCH (e)-[:RECIPIENT]->(t:Actor)
         RETURN collect(CASE WHEN e IS NULL THEN null ELSE {type: e.type, mode: e.mode, date: e.date, start: mn.start, end: mn.end,
                source: ${actorMap('s')}, target: CASE WHEN t IS NULL THEN null ELSE ${actorMap('t')} END} END) AS relations
       }
       RETURN a {.id, .title, .date, .lang, .source, .url, .text} AS article, mentions, relations`,
      { id },
    );
    const record = records[0];
    if (!record) return null;
    const mentions = (record.get('mentions') as { actor: ActorSummary; starts: number[]; ends: number[]; resolutions: string[] }[]).flatMap((m) =>
      m.starts.map((start, i) => ({ actor: m.actor, start, end: m.ends[i]!, resolution: m.resolutions[i]! })),
    );
    mentions.sort((a, b) => a.start - b.start);
    const relations = (record.get('relations') as ArticleRelation[]).sort((a, b) => a.start - b.start);
    return { article: record.get('article') as ArticleResponse['article'], mentions, relations };
  }

  /** An actor and every relation it has, by type and then by count; null when no actor has the id. */
  async actor(id: string): Promise<ActorResponse | null> {
    const records = await this.read(
      `MATCH (x:Actor {id: $id})
       OPTIONAL MATCH (x)-[r]-(o:Actor) WHERE type(r) IN $types
       RETURN x {.*} AS actor, collect(CASE WHEN r IS NULL THEN null ELSE {
         type: type(r), outgoing: startNode(r) = x, other: ${actorMap('o')}, count: coalesce(r.events, 1),
         first_date: r.first_date, last_date: r.last_date, title: r.title, curation: r.curation } END) AS relations`,
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
      curation: (r.curation as RelationCuration | null) ?? null,
    }));
    relations.sort((a, b) => a.type.localeCompare(b.type) || b.count - a.count);
    return {
      actor: {
        id: actor.id as string,
        kind: actor.kind as ActorKind,
        name_en: actor.name_en as string,
        name_ar: actor.name_ar as string,
        iso2: (actor.iso2 as string | null) ?? null,
        aliases: (actor.aliases as string[] | null) ?? [],
        absorbed: (actor.absorbed as string[] | null) ?? [],
      },
      relations,
    };
  }

  /**
   * The sentences behind the relation of `type` between two actors (either order for undirected
   * types), each distinct sentence once: an agency story syndicated by ten outlets is one piece of
   * evidence in ten articles (`copies`), shown with the earliest. Newest first, a page at a time.
   * With `filter`, only the sentences of the events of its modes and least confidence, as the map
   * counts the line; `unfiltered` says how many there are without it.
   */
  async evidence(type: RelationType, source: string, target: string, limit: number, offset = 0, filter: EventFilter = {}): Promise<EvidencePage> {
    const records = await this.read(
      // From the two actors outward: seeking every event of the type first read thousands of
      // events for one pair, and seconds of them while Neo4j's page cache was cold.
      `CALL () {
         MATCH (:Actor {id: $source})-[:ACTOR]->(e:Event {type: $type})-[:RECIPIENT]->(:Actor {id: $target}) RETURN e
         UNION
         MATCH (:Actor {id: $target})-[:ACTOR]->(e:Event {type: $type})-[:RECIPIENT]->(:Actor {id: $source}) WHERE $undirected RETURN e
       }
       MATCH (m:Mention)-[:EVIDENCES]->(e), (m)-[:IN]->(art:Article)
       WITH e, m, art ORDER BY art.date, art.id
       WITH e.mode AS mode, m.text AS sentence, collect({e: e, m: m, art: art}) AS copies
       // The filters keep the copies whose event they select; a piece none is left of still counts in \`unfiltered\`.
       WITH [c IN copies WHERE ($modes IS NULL OR c.e.mode IN $modes) AND coalesce(c.e.confidence, 0) >= $minConfidence] AS kept
       WITH head(kept) AS first, size(kept) AS copyCount
       ORDER BY first.e.date DESC, first.art.date DESC, first.e.id
       WITH collect(CASE WHEN copyCount > 0 THEN {first: first, copyCount: copyCount} END) AS pieces, count(*) AS unfiltered
       UNWIND pieces[$offset..($offset + $limit)] AS row
       WITH size(pieces) AS total, unfiltered, row.first.e AS e, row.first.m AS m, row.first.art AS art, row.copyCount AS copies
       OPTIONAL MATCH (said:Actor {id: m.attribution})
       CALL (e) {
         OPTIONAL MATCH (c:Curation {on: 'event:' + e.id}) WHERE c.undone_at IS NULL
         WITH c ORDER BY c.at
         RETURN collect(c {.id, .action, .by, .at, .reason}) AS curations
       }
       RETURN total, unfiltered, e.curation AS curation, curations, e.id AS event_id, e.type AS type, e.mode AS mode, e.date AS date, e.date_precision AS date_precision,
              m.text AS sentence, m.start AS start, m.end AS end, m.rule AS rule, m.marks AS marks, e.confidence AS confidence,
              CASE WHEN said IS NULL THEN null ELSE ${actorMap('said')} END AS attribution,
              art {.id, .title, .date, .source, .url} AS article, copies`,
      {
        type,
        source,
        target,
        undirected: !relationSpec(type).directed,
        limit: neo4j.int(limit),
        offset: neo4j.int(offset),
        modes: filter.modes ?? null,
        minConfidence: filter.minConfidence ?? 0,
      },
    );
    const first = records[0]?.toObject() as { total: number; unfiltered: number } | undefined;
    const evidence = records.map((r) => {
      const { total: _total, unfiltered: _unfiltered, marks, ...entry } = r.toObject() as Omit<Evidence, 'marks'> & { total: number; unfiltered: number; marks: number[] | null };
      return { ...entry, marks: unpackMarks(marks) };
    });
    // A page past the end, or a filter that leaves nothing, has no rows to carry the totals: ask for the first to learn them.
    if (first === undefined && (offset > 0 || narrowsEvents(filter))) {
      const counts = await this.evidence(type, source, target, 1, 0, offset > 0 ? filter : {});
      return { evidence: [], total: offset > 0 ? counts.total : 0, unfiltered: counts.unfiltered, offset };
    }
    return { evidence, total: first?.total ?? 0, unfiltered: first?.unfiltered ?? 0, offset };
  }

  /**
   * The lines most worth an analyst's look, none curated yet: those added since `since` (the
   * analyst's last visit) first, then those resting on a single article, then the least certain.
   */
  async review(limit: number, since: string | null): Promise<ReviewItem[]> {
    const records = await this.read(
      `MATCH (s:Actor)-[r:${typePattern(EVENT_RELATION_TYPES)}]->(t:Actor) WHERE r.curation IS NULL
       WITH s, t, r, r.weight / r.events AS confidence, $since IS NOT NULL AND coalesce(r.added, '') > $since AS recent
       ORDER BY recent DESC, r.articles <= 1 DESC, confidence, r.events DESC, s.id, t.id LIMIT $limit
       RETURN {type: type(r), source: s.id, target: t.id, source_actor: ${actorMap('s')}, target_actor: ${actorMap('t')},
               events: r.events, articles: r.articles, confidence: confidence, recent: recent, last_date: r.last_date} AS item`,
      { since, limit: neo4j.int(limit) },
    );
    return records.map((r) => r.get('item') as ReviewItem);
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
        const next = readings(tokens[j]!.norm)
          .map((r) => node.children.get(r.key))
          .find(Boolean);
        if (!next) break;
        node = next;
        if (node.entry) known.add(node.entry.actorId);
      }
    }
    const words = tokens.map((t) => normalizeWord(t.text).replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
    // A wildcard term is not analysed, so each word is asked both as typed (stemmed by the Arabic
    // analyzer: الولايات) and as a prefix (for names still being typed).
    // Lower case, because Lucene reads AND, OR and NOT in capitals as operators.
    const lucene = words
      .map((w) => w.toLowerCase())
      .map((w) => `(${w} OR ${w}*)`)
      .join(' AND ');
    // Lucene refuses an empty query, so text without a letter or digit asks only by id and name.
    const fullText = lucene === '' ? '' : `UNION CALL db.index.fulltext.queryNodes('actor_names', $lucene, {limit: $limit}) YIELD node AS a, score RETURN a, score`;
    const records = await this.read(
      `CALL () {
         MATCH (a:Actor) WHERE a.id IN $known RETURN a, 2.0 AS score
         UNION
         MATCH (a:Actor) WHERE toLower(a.id) = toLower($q) RETURN a, 3.0 AS score
         ${fullText}
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
