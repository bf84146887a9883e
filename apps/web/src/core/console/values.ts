/** Neo4j values as the console shows them: readable text, and the ontology's colours for what Entente knows. */
import { ACTOR_KINDS, isActorKind, isRelationType, relationSpec, type ActorKind } from '@entente/ontology';
import type { CypherNode, CypherPath, CypherRelationship, CypherValue } from '@entente/protocol';
import { actorName, type Language } from '../i18n/index.ts';

/** Nodes and relationships outside the ontology (articles, events, mentions) are drawn in these. */
const NEUTRAL_NODE_COLOR = '#9aa5b1';
const NEUTRAL_EDGE_COLOR = '#b8c2cc';

/** Longest text a name-like property contributes to a caption: article texts would fill the table. */
const CAPTION_LENGTH = 60;

type Tagged = Extract<CypherValue, { $type: string }>;

function tagOf(value: CypherValue): Tagged['$type'] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const tag = (value as { $type?: unknown }).$type;
  return tag === 'node' || tag === 'relationship' || tag === 'path' ? tag : null;
}

export const isNode = (value: CypherValue): value is CypherNode => tagOf(value) === 'node';
export const isRelationship = (value: CypherValue): value is CypherRelationship => tagOf(value) === 'relationship';
export const isPath = (value: CypherValue): value is CypherPath => tagOf(value) === 'path';

export interface ActorProperties {
  id: string;
  kind: ActorKind;
  name_en: string;
  name_ar: string;
  iso2: string | null;
}

export const textOrNull = (value: CypherValue | undefined): string | null => (typeof value === 'string' ? value : null);

/** The actor a node is, when it is one of Entente's: labelled Actor, with an id and a known kind. */
export function actorOf(node: CypherNode): ActorProperties | null {
  const { id, kind, name_en, name_ar, iso2 } = node.properties;
  if (!node.labels.includes('Actor') || typeof id !== 'string' || typeof kind !== 'string' || !isActorKind(kind)) return null;
  return { id, kind, name_en: textOrNull(name_en) ?? id, name_ar: textOrNull(name_ar) ?? '', iso2: textOrNull(iso2) };
}

export function nodeColor(node: CypherNode): string {
  const actor = actorOf(node);
  return actor ? ACTOR_KINDS[actor.kind].color : NEUTRAL_NODE_COLOR;
}

export function relationshipColor(type: string): string {
  return isRelationType(type) ? relationSpec(type).color : NEUTRAL_EDGE_COLOR;
}

function shortened(value: string): string {
  return value.length > CAPTION_LENGTH ? `${value.slice(0, CAPTION_LENGTH - 1)}…` : value;
}

/** An actor by its name in the interface language; another node by a name-like property, else by its labels. */
export function nodeCaption(node: CypherNode, language: Language): string {
  const actor = actorOf(node);
  if (actor) return actorName(actor, language);
  for (const key of ['name', 'title', 'id', 'text']) {
    const value = node.properties[key];
    if (typeof value === 'string' || typeof value === 'number') return shortened(String(value));
  }
  return node.labels.join(':') || node.id;
}

/** A path as Cypher writes it: (Russia)-[:ALLIED_WITH]->(North Korea)<-[:SANCTIONS]-(UN). */
export function formatPath(path: CypherPath, language: Language): string {
  const [start, ...rest] = path.nodes;
  if (!start) return '';
  let chain = `(${nodeCaption(start, language)})`;
  let previous = start;
  path.relationships.forEach((relationship, index) => {
    const next = rest[index];
    if (!next) return;
    const forward = relationship.start === previous.id;
    chain += `${forward ? '-' : '<-'}[:${relationship.type}]${forward ? '->' : '-'}(${nodeCaption(next, language)})`;
    previous = next;
  });
  return chain;
}

/** Any value as compact text; strings are quoted inside lists and maps so that they read apart from names. */
export function formatValue(value: CypherValue, language: Language, nested = false): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return nested ? JSON.stringify(value) : value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(item, language, true)).join(', ')}]`;
  if (isNode(value)) return `(:${value.labels.join(':')} ${nodeCaption(value, language)})`;
  if (isRelationship(value)) return `[:${value.type}]`;
  if (isPath(value)) return formatPath(value, language);
  const entries = Object.entries(value).map(([key, item]) => `${key}: ${formatValue(item, language, true)}`);
  return `{${entries.join(', ')}}`;
}
