/** The JSON the server sends and the web app reads: one definition for both sides. */
import type { ActorKind, DatePrecision, Mode, RelationType } from '@entente/ontology';

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
  article: { id: string; title: string; date: string | null; source: string | null; url: string | null };
}

export interface HealthResponse {
  ok: boolean;
  neo4j: { connected: boolean; error?: string };
  counts?: { actors: number; events: number; articles: number };
}

export interface ApiError {
  error: string;
}
