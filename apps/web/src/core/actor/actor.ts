import type { ActorResponse } from '@entente/protocol';
import { fetchActor } from '../api/client.ts';
import { createViewResource } from '../resource.ts';

/** The panel follows the selected actor of the view, whether or not it is on the map. */
const actor = createViewResource<ActorResponse>((view) => view.actor, fetchActor);
export const actorStore = actor.store;
export const bindActorToView = actor.bind;
export const reloadActor = actor.reload;
