import { networkGraph } from '../core/graph/graph.ts';
import { networkActions, networkStore } from '../core/graph/load.ts';
import { actorName, useMessages, type Language } from '../core/i18n/index.ts';
import type { Messages } from '../core/i18n/messages.ts';
import { useStore } from '../core/store.ts';
import { viewStore, type AdditionRef } from '../core/view/state.ts';

/** The actors of an addition are on the map while it is: their names come from there. */
function nameOnMap(id: string, language: Language): string {
  return networkGraph.hasNode(id) ? actorName(networkGraph.getNodeAttributes(id), language) : id;
}

function describe(source: AdditionRef, t: Messages, language: Language): string {
  switch (source.kind) {
    case 'neighbours':
      return t.additionNeighbours(nameOnMap(source.actor, language));
    case 'path':
      return t.additionPath(nameOnMap(source.from, language), nameOnMap(source.to, language));
    case 'query':
      return t.additionQuery;
  }
}

/** Takes back the last thing added to the map (neighbours, a path, a console result). */
export function UndoButton() {
  const { t, language } = useMessages();
  // The view's additions, which undo takes back, rather than those drawn: one may have failed to load.
  const additions = useStore(viewStore, (view) => view.additions);
  // Names come from the map, drawn after the view names the addition (on a reload, after the fetches).
  useStore(networkStore, (state) => state);
  const last = additions.at(-1);
  if (!last) return null;
  return (
    <button type="button" className="undo" onClick={networkActions.undo}>
      {t.undo(describe(last, t, language))}
    </button>
  );
}
