import type { NetworkGraph, RelationRef } from '@entente/protocol';
import type { RelationType } from '@entente/ontology';
import { fetchNeighbours, fetchPath, runCypher } from '../api/client.ts';
import { resultToNetwork } from '../console/network.ts';
import type { AdditionRef } from '../view/state.ts';

/** The relations a console result added, read back through the console as the user read them first. */
const RELATIONS_QUERY = `UNWIND $relations AS rel
MATCH (a:Actor {id: rel.source})-[r]->(b:Actor {id: rel.target})
WHERE type(r) = rel.type
RETURN a, r, b`;

async function fetchRelations(relations: readonly RelationRef[], signal?: AbortSignal): Promise<NetworkGraph> {
  return resultToNetwork(await runCypher({ query: RELATIONS_QUERY, params: { relations } }, signal));
}

/**
 * What an addition named in the view brings to the map, asked as the action asked it first: a link or
 * a reload keeps only ids, so the neighbours, the path or the relations are fetched again.
 */
export async function fetchAddition(ref: AdditionRef, types: readonly RelationType[], signal?: AbortSignal): Promise<NetworkGraph> {
  switch (ref.kind) {
    case 'neighbours':
      return fetchNeighbours(ref.actor, types, signal);
    case 'path':
      return (await fetchPath(ref.from, ref.to, types, signal)).graph;
    case 'query':
      return fetchRelations(ref.relations, signal);
  }
}
