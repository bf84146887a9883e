import { useMessages } from '../core/i18n/index.ts';
import { flyToActor } from '../core/sigma/controller.ts';
import { viewActions } from '../core/view/state.ts';
import { ActorSearch } from './ActorSearch.tsx';

/** The toolbar's search: picking an actor opens its panel and brings it into view. */
export function SearchBox() {
  const { t } = useMessages();
  return (
    <ActorSearch
      label={t.searchLabel}
      placeholder={t.searchPlaceholder}
      onChoose={(actor) => {
        viewActions.selectActor(actor.id);
        flyToActor(actor.id);
      }}
    />
  );
}
