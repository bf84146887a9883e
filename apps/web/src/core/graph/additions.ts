import { serializedNetwork, type NetworkGraph, type RelationRef } from '@entente/protocol';
import type { RelationType } from '@entente/ontology';
import { fetchNeighbours, fetchPath, runCypher } from '../api/client.ts';
import { resultToNetwork } from '../console/network.ts';
import type { AdditionRef } from '../view/state.ts';

/** What a console result added, read back through the console as the user read it first. */
const RELATIONS_QUERY = `UNWIND $relations AS rel
MATCH (a:Actor {id: rel.source})-[r]->(b:Actor {id: rel.target})
WHERE type(r) = rel.type
RETURN a, r, b`;
const ACTORS_QUERY = 'MATCH (a:Actor) WHERE a.id IN $actors RETURN a';

async function fetchQueryAddition(relations: readonly RelationRef[], actors: readonly string[], signal?: AbortSignal): Promise<NetworkGraph> {
  const read = async (query: string, params: Record<string, unknown>) => resultToNetwork(await runCypher({ query, params }, signal));
  // One after the other, as the view's additions are fetched: the server admits few requests at a time.
  const related = relations.length > 0 ? await read(RELATIONS_QUERY, { relations }) : null;
  const alone = actors.length > 0 ? await read(ACTORS_QUERY, { actors }) : null;
  return serializedNetwork([...(related?.nodes ?? []), ...(alone?.nodes ?? [])], related?.edges ?? []);
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
      return fetchQueryAddition(ref.relations, ref.actors, signal);
  }
}
