/** The JSON the server sends and the web app reads: one definition for both sides. */
import { relationSpec, type ActorKind, type DatePrecision, type Mode, type RelationType } from '@entente/ontology';

export interface ActorSummary {
  id: string;
  kind: ActorKind;
  name_en: string;
  name_ar: string;
  iso2?: string | null;
}

export interface ActorDetail extends ActorSummary {
  aliases: string[];
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
}

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

/**
 * An edge between two actors. There is one per relation type and pair of actors, so the three key it
 * (the API, the console and expansions then agree on keys and merge), and the type says its direction.
 */
export function networkEdge(source: string, target: string, attributes: NetworkEdgeAttributes): NetworkEdge {
  return { key: `${attributes.type}:${source}:${target}`, source, target, undirected: !relationSpec(attributes.type).directed, attributes };
}

/** An actor as a row: id, kind, English name, Arabic name, ISO code. */
export type PackedActor = [string, ActorKind, string, string, string | null];
/** An edge as a row: its actors as indices into the actor rows, type, count, articles, first and last date. */
export type PackedEdge = [number, number, RelationType, number, number, string | null, string | null];

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

export function unpackNetwork({ truncated, actors, edges }: PackedNetwork): NetworkGraph {
  return serializedNetwork(
    actors.map(([key, kind, name_en, name_ar, iso2]) => ({ key, attributes: { kind, name_en, name_ar, iso2 } })),
    edges.map(([s, t, type, count, articles, first_date, last_date]) => networkEdge(actors[s]![0], actors[t]![0], { type, count, articles, first_date, last_date })),
    truncated,
  );
}

export interface ActorRelation {
  type: RelationType;
  /** `out`: the actor is the source; `in`: the target; `both`: an undirected type. */
  direction: 'out' | 'in' | 'both';
  other: ActorSummary;
  count: number;
  first_date: string | null;
  last_date: string | null;
  /** HOLDS_OFFICE carries the office title. */
  title?: string | null;
}

export interface ActorResponse {
  actor: ActorDetail;
  relations: ActorRelation[];
}

export interface Evidence {
  event_id: string;
  type: RelationType;
  mode: Mode;
  date: string | null;
  date_precision: DatePrecision;
  sentence: string;
  start: number;
  end: number;
  /** The actor the sentence attributes the relation to ("the Pentagon said"), when not its source. */
  attribution: ActorSummary | null;
  /** The earliest article carrying the sentence. */
  article: { id: string; title: string; date: string | null; source: string | null; url: string | null };
  /** Articles carrying the same sentence for the relation (syndicated copies), this one included. */
  copies: number;
}

/** GET /api/evidence: one page of a relation's distinct sentences, newest first, and how many there are. */
export interface EvidencePage {
  evidence: Evidence[];
  total: number;
  offset: number;
}

export interface HealthResponse {
  ok: boolean;
  neo4j: { connected: boolean; error?: string };
  counts?: { actors: number; events: number; articles: number };
}

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

export interface ArticleMention {
  actor: ActorSummary;
  start: number;
  end: number;
  resolution: string;
}

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

export interface CypherNode {
  $type: 'node';
  id: string;
  labels: string[];
  properties: Record<string, CypherValue>;
}

export interface CypherRelationship {
  $type: 'relationship';
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, CypherValue>;
}

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

export interface CypherResponse {
  columns: string[];
  rows: CypherValue[][];
  /** The nodes and relationships the result holds, for drawing. */
  graph: { nodes: CypherNode[]; edges: CypherRelationship[] };
  summary: { ms: number; rows: number; truncated: boolean; queryType: 'r' };
}

/** A console error: Neo4j's own message and, for syntax errors, where in the query. */
export interface CypherError {
  error: string;
  code?: string;
  position?: { offset: number; line: number; column: number };
}

export interface CypherExample {
  name: string;
  title: string;
  query: string;
  params: Record<string, unknown>;
}

export interface CypherSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}
