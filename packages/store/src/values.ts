/** Neo4j values to JSON a user can read: graph entities tagged, temporal values as ISO strings. */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import type { CypherNode, CypherPath, CypherRelationship, CypherValue } from '@entente/protocol';

/** Collects the graph entities met while converting, so a result can also be drawn. */
export class GraphCollector {
  readonly nodes = new Map<string, CypherNode>();
  readonly relationships = new Map<string, CypherRelationship>();

  /** Any driver value as JSON, collecting the graph entities met along the way. */
  toJson(value: unknown): CypherValue {
    if (value === null || value === undefined) return null;
    if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
    if (typeof value === 'bigint') return Number(value);
    if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
    if (neo4j.isNode(value as object)) return this.node(value as Node);
    if (neo4j.isRelationship(value as object)) return this.relationship(value as Relationship);
    if (neo4j.isPath(value as object)) return this.path(value as Path);
    if (neo4j.isPoint(value as object)) {
      const p = value as { srid: unknown; x: number; y: number; z?: number };
      return { srid: this.toJson(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
    }
    if (isTemporal(value)) return String(value);
    if (Array.isArray(value)) return value.map((v) => this.toJson(v));
    if (value instanceof Uint8Array) return `<${value.length} bytes>`;
    if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.toJson(v)]));
    return String(value);
  }

  private properties(props: Record<string, unknown>): Record<string, CypherValue> {
    return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, this.toJson(v)]));
  }

  /** A node as JSON, collected once by element id. */
  node(n: Node): CypherNode {
    const existing = this.nodes.get(n.elementId);
    if (existing) return existing;
    const node: CypherNode = { $type: 'node', id: n.elementId, labels: [...n.labels], properties: this.properties(n.properties) };
    this.nodes.set(node.id, node);
    return node;
  }

  /** A relationship as JSON, collected once by element id. */
  relationship(r: Relationship): CypherRelationship {
    const existing = this.relationships.get(r.elementId);
    if (existing) return existing;
    const rel: CypherRelationship = {
      $type: 'relationship',
      id: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: this.properties(r.properties),
    };
    this.relationships.set(rel.id, rel);
    return rel;
  }

  /** A path as JSON; its nodes and relationships are collected too. */
  path(p: Path): CypherPath {
    const nodes = [this.node(p.start)];
    const relationships: CypherRelationship[] = [];
    for (const segment of p.segments) {
      relationships.push(this.relationship(segment.relationship));
      nodes.push(this.node(segment.end));
    }
    return { $type: 'path', nodes, relationships };
  }
}

function isTemporal(value: unknown): boolean {
  const v = value as object;
  return neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isLocalTime(v) || neo4j.isTime(v) || neo4j.isDuration(v);
}
