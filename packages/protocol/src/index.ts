/** The JSON the server sends and the web app reads: one definition for both sides. */
import { DRAWN_MODES, relationSpec, type ActorKind, type DatePrecision, type DrawnMode, type Mode, type RelationType } from '@entente/ontology';

/** An actor as lists and panels show it: id, kind, names in both scripts and, for a country, its ISO code. */
export interface ActorSummary {
  id: string;
  kind: ActorKind;
  name_en: string;
  name_ar: string;
  iso2?: string | null;
}

/** An actor with its aliases: the forms its name was written in, in the articles read. */
export interface ActorDetail extends ActorSummary {
  aliases: string[];
  /** Ids of the actors merged into this one by curation. */
  absorbed: string[];
}

/** Node attributes in the network graph (graphology serialization). */
export interface NetworkNodeAttributes {
  kind: ActorKind;
  name_en: string;
  name_ar: string;
  iso2?: string | null;
}

/** Edge attributes: one edge per (type, source, target), aggregating its events. */
export interface NetworkEdgeAttributes {
  type: RelationType;
  /** Number of events behind the edge (1 for structural relations). */
  count: number;
  articles: number;
  first_date: string | null;
  last_date: string | null;
  /** What an analyst made of the line (see Curation); absent while no one has. */
  curation?: RelationCuration;
  /** How its events split by mode: solid facts, reports, or announcements (plans, threats). Absent for structural relations. */
  modes?: ModeCounts;
}

/** Events of a line in each drawn mode; they add up to its count. */
export type ModeCounts = Record<DrawnMode, number>;

/** graphology's `SerializedGraph`, narrowed to what Entente sends. */
export interface NetworkGraph {
  options: { type: 'mixed'; multi: true; allowSelfLoops: false };
  attributes: { truncated: boolean };
  nodes: { key: string; attributes: NetworkNodeAttributes }[];
  edges: { key: string; source: string; target: string; undirected: boolean; attributes: NetworkEdgeAttributes }[];
}

type NetworkNode = NetworkGraph['nodes'][number];
type NetworkEdge = NetworkGraph['edges'][number];

/** A network in graphology's serialisation: every network Entente draws has the same options. */
export function serializedNetwork(nodes: NetworkNode[], edges: NetworkEdge[], truncated = false): NetworkGraph {
  return { options: { type: 'mixed', multi: true, allowSelfLoops: false }, attributes: { truncated }, nodes, edges };
}

/** The key of the one edge of a relation type from `source` to `target`. */
export function edgeKey(type: RelationType, source: string, target: string): string {
  return `${type}:${source}:${target}`;
}

/**
 * An edge between two actors. There is one per relation type and pair of actors, so the three key it
 * (the API, the console and expansions then agree on keys and merge), and the type says its direction.
 */
export function networkEdge(source: string, target: string, attributes: NetworkEdgeAttributes): NetworkEdge {
  return { key: edgeKey(attributes.type, source, target), source, target, undirected: !relationSpec(attributes.type).directed, attributes };
}

/** An actor as a row: id, kind, English name, Arabic name, ISO code. */
export type PackedActor = [string, ActorKind, string, string, string | null];
/**
 * An edge as a row: its actors as indices into the actor rows, type, count, articles, first and last
 * date, curation, and its events by mode in DRAWN_MODES order (null for a structural relation).
 */
export type PackedEdge = [number, number, RelationType, number, number, string | null, string | null, RelationCuration | null, PackedModeCounts | null];
/** ModeCounts as a row, in DRAWN_MODES order. */
export type PackedModeCounts = [number, number, number];

export function unpackModeCounts(packed: PackedModeCounts): ModeCounts {
  return Object.fromEntries(DRAWN_MODES.map((mode, i) => [mode, packed[i]])) as ModeCounts;
}

/**
 * The map's network as `/api/network` sends it: each actor once and each edge as a row. A map's
 * edges far outnumber its actors, and as objects they repeat their key, their actors' ids and every
 * attribute name: at tens of thousands of edges this is a third of the size, to write and to parse.
 */
export interface PackedNetwork {
  truncated: boolean;
  actors: PackedActor[];
  edges: PackedEdge[];
}

/** Expands a PackedNetwork, as `/api/network` sends it, back into graphology's serialisation. */
export function unpackNetwork({ truncated, actors, edges }: PackedNetwork): NetworkGraph {
  return serializedNetwork(
    actors.map(([key, kind, name_en, name_ar, iso2]) => ({ key, attributes: { kind, name_en, name_ar, iso2 } })),
    edges.map(([s, t, type, count, articles, first_date, last_date, curation, modes]) =>
      networkEdge(actors[s]![0], actors[t]![0], {
        type,
        count,
        articles,
        first_date,
        last_date,
        ...(curation ? { curation } : {}),
        ...(modes ? { modes: unpackModeCounts(modes) } : {}),
      }),
    ),
    truncated,
  );
}

/** One relation of an actor as its panel lists it, aggregated over the events behind it. */
export interface ActorRelation {
  type: RelationType;
  /** `out`: the actor is the source; `in`: the target; `both`: an undirected type. */
  direction: 'out' | 'in' | 'both';
  other: ActorSummary;
  /** Number of events behind the relation (1 for structural relations). */
  count: number;
  first_date: string | null;
  last_date: string | null;
  /** HOLDS_OFFICE carries the office title. */
  title?: string | null;
  /** What an analyst made of it; null while no one has. */
  curation: RelationCuration | null;
}

/** GET /api/actors/:id: the actor and all its relations. */
export interface ActorResponse {
  actor: ActorDetail;
  relations: ActorRelation[];
}

/** One distinct sentence behind a relation, with the event it states and the article it was read in. */
export interface Evidence {
  event_id: string;
  type: RelationType;
  mode: Mode;
  date: string | null;
  date_precision: DatePrecision;
  sentence: string;
  /** Character span of the sentence in the article's text; empty (0, 0) when the sentence is the article's title. */
  start: number;
  end: number;
  /** The actor the sentence attributes the relation to ("the Pentagon said"), when not its source. */
  attribution: ActorSummary | null;
  /** The id of the extraction rule that read the sentence (`ar.sanctions.2`); null for data ingested before rules had ids. */
  rule: string | null;
  /** How sure the extractor is of the event, 0..1: the best of its readings. */
  confidence: number | null;
  /** The earliest article carrying the sentence. */
  article: { id: string; title: string; date: string | null; source: string | null; url: string | null };
  /** Articles carrying the same sentence for the relation (syndicated copies), this one included. */
  copies: number;
  /** What an analyst made of the event: a rejected one no longer counts towards its line. */
  curation: RelationCuration | null;
  /** The curations of the event still in force, oldest first. */
  curations: CurationNote[];
  /** Where in `sentence` the rule read the relation; null for sentences ingested before marks were kept. */
  marks: EvidenceMarks | null;
}

/**
 * UTF-16 spans [start, end) in an evidence sentence: the words of the rule that read it (the
 * trigger), and the words that named the event's source and target, when the sentence names them.
 */
export interface EvidenceMarks {
  trigger: [number, number][];
  source: [number, number] | null;
  target: [number, number] | null;
}

/**
 * GET /api/evidence: one page of a relation's distinct sentences, newest first, and how many there are;
 * with `modes` or `minConfidence`, only those of the events they select.
 */
export interface EvidencePage {
  evidence: Evidence[];
  /** The sentences the filters select. */
  total: number;
  /** The sentences without the filters: equal to `total` when none narrows the events. */
  unfiltered: number;
  offset: number;
}

/**
 * One event behind a line of the map, for the evidence export: the line it counts towards, the event,
 * and the earliest article that states it (`article` null for an event no mention carries any more).
 */
export interface EvidenceRow {
  type: RelationType;
  source: string;
  target: string;
  event_id: string;
  date: string | null;
  mode: Mode;
  confidence: number | null;
  rule: string | null;
  sentence: string | null;
  article: { id: string; url: string | null; source: string | null; title: string | null; date: string | null } | null;
  /** Articles stating the event, the one above included. */
  articles: number;
}

/**
 * POST /api/evidence/table: every event of the lines a network filter draws (the same query string as
 * GET /api/network) and of the lines named in the body (`{"also": [RelationRef, …]}`, what the user
 * added to the map). `truncated` when there were more rows than the bound; the totals count them all.
 */
export interface EvidenceTable {
  rows: EvidenceRow[];
  truncated: boolean;
  events: number;
  articles: number;
  /** Distinct outlets (`Article.source`) among those articles. */
  outlets: number;
}

/** GET /api/health: whether Neo4j answers and, when it does, how large the graph is. */
export interface HealthResponse {
  ok: boolean;
  neo4j: { connected: boolean; error?: string };
  counts?: { actors: number; events: number; articles: number };
}

/** The body of an API error: a message for the user. */
export interface ApiError {
  error: string;
}

/** GET /api/path: the shortest paths between two actors, as a small network. */
export interface PathResponse {
  /** Number of relationships on a shortest path; null when none was found within the bound. */
  length: number | null;
  graph: NetworkGraph;
}

/** GET /api/timeline: events per month for the given relation types and actor kinds. */
export interface TimelineResponse {
  months: { month: string; count: number }[];
}

/** One mention of an actor in an article: its character span in the text and how it was resolved (a Resolution). */
export interface ArticleMention {
  actor: ActorSummary;
  start: number;
  end: number;
  resolution: string;
}

/** A relation read from an article, with the character span of its evidence in the text; `target` is null when the relation has none. */
export interface ArticleRelation {
  type: RelationType;
  source: ActorSummary;
  target: ActorSummary | null;
  mode: Mode;
  date: string | null;
  start: number;
  end: number;
}

/** GET /api/articles/:id: the text with its mentions and the relations read from it. */
export interface ArticleResponse {
  article: { id: string; title: string; date: string | null; lang: string; source: string | null; url: string | null; text: string };
  mentions: ArticleMention[];
  relations: ArticleRelation[];
}

/** A Neo4j value made readable as JSON: graph entities are tagged, temporal values are ISO strings. */
export type CypherValue = null | boolean | number | string | CypherValue[] | { [key: string]: CypherValue } | CypherNode | CypherRelationship | CypherPath;

/** A Neo4j node in console output; `id` is its element id. */
export interface CypherNode {
  $type: 'node';
  id: string;
  labels: string[];
  properties: Record<string, CypherValue>;
}

/** A Neo4j relationship in console output; `start` and `end` are the element ids of its nodes. */
export interface CypherRelationship {
  $type: 'relationship';
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, CypherValue>;
}

/** A Neo4j path in console output: its nodes and the relationships between them, in order. */
export interface CypherPath {
  $type: 'path';
  nodes: CypherNode[];
  relationships: CypherRelationship[];
}

/** POST /api/cypher with {query, params}. */
export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** The console's answer to POST /api/cypher: the result's columns and rows, and the graph they hold. */
export interface CypherResponse {
  columns: string[];
  rows: CypherValue[][];
  /** The nodes and relationships the result holds, for drawing. */
  graph: { nodes: CypherNode[]; edges: CypherRelationship[] };
  /** `truncated`: the rows or their bytes reached the console's caps. `queryType` is always `r` (read-only). */
  summary: { ms: number; rows: number; truncated: boolean; queryType: 'r' };
}

/** A console error: Neo4j's own message and, for syntax errors, where in the query. */
export interface CypherError {
  error: string;
  code?: string;
  position?: { offset: number; line: number; column: number };
}

/** An example query of cypher/examples, as GET /api/cypher/examples lists it; `name` is its file name. */
export interface CypherExample {
  name: string;
  title: string;
  query: string;
  params: Record<string, unknown>;
}

/** GET /api/cypher/schema: the graph's labels, relationship types and property keys, each sorted, for the console's completions. */
export interface CypherSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/** A relation between two actors, named by its type and ends (either order for an undirected type). */
export interface RelationRef {
  type: RelationType;
  source: string;
  target: string;
}

/** What curation made of a relation or an event: the analyst's word over the extractor's. */
export type RelationCuration = 'rejected' | 'confirmed';

/**
 * What an analyst may do to the graph. `reject` and `confirm` take a relation (the line) or one
 * event behind it; `merge` folds `actor` into `into`; `rename` corrects an actor's names or kind;
 * `alias` adds a name it is written as.
 */
export type CurationRequest = (
  | { action: 'reject' | 'confirm'; relation: RelationRef }
  | { action: 'reject' | 'confirm'; event: string }
  | { action: 'merge'; actor: string; into: string }
  | { action: 'rename'; actor: string; name_en?: string; name_ar?: string; kind?: ActorKind }
  | { action: 'alias'; actor: string; alias: string }
) & {
  /** Why: shown beside the curation wherever it applies. */
  reason?: string;
  /** Who: a name the analyst goes by; "analyst" when not given. */
  by?: string;
};

export type CurationAction = CurationRequest['action'];

/** Who curated what, when and why, as shown beside what it applies to. */
export interface CurationNote {
  id: string;
  action: CurationAction;
  by: string;
  at: string;
  reason: string | null;
}

/**
 * One curation as stored (a :Curation node) and exported. It names what it applies to as the
 * analyst saw it; merges made later may have moved that, and `on` is where it applies now.
 */
export interface Curation extends CurationNote {
  /** `relation`: the line of `type` between `source` and `target`; `event`: the event `event` (whose fields are kept, so that it is found again after a merge); `actor`: `actor`. */
  scope: 'relation' | 'event' | 'actor';
  /** Where it applies now: `relation:TYPE|source|target`, `event:<id>` or `actor:<id>`. */
  on: string;
  type: RelationType | null;
  source: string | null;
  target: string | null;
  event: string | null;
  date: string | null;
  mode: Mode | null;
  actor: string | null;
  into: string | null;
  name_en: string | null;
  name_ar: string | null;
  kind: ActorKind | null;
  alias: string | null;
  undone_at: string | null;
  undone_by: string | null;
}

/** GET /api/curations/export, and what POST /api/curations/import takes. */
export interface CurationExport {
  format: 'entente-curations';
  version: 1;
  exported_at: string;
  curations: Curation[];
}

/** GET /api/editing: whether this server takes curations, and whether it wants the editor token. */
export interface EditingStatus {
  enabled: boolean;
  tokenRequired: boolean;
}

/** One relation in the review queue, with why it is worth a look. */
export interface ReviewItem extends RelationRef {
  source_actor: ActorSummary;
  target_actor: ActorSummary;
  events: number;
  articles: number;
  /** Mean confidence of its events. */
  confidence: number;
  /** Added to the graph after the `since` the queue was asked with. */
  recent: boolean;
  last_date: string | null;
}
