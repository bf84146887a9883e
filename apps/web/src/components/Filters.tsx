import { ACTOR_KIND_NAMES, ACTOR_KINDS, DRAWN_MODES, EVENT_RELATION_TYPES, relationSpec, STRUCTURAL_RELATION_TYPES, type RelationType } from '@entente/ontology';
import { useState } from 'react';
import { useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import { viewActions, viewStore } from '../core/view/state.ts';
import { RelationSwatch } from './RelationSwatch.tsx';

function RelationCheckboxes({ types }: { types: readonly RelationType[] }) {
  const { label } = useMessages();
  const selected = useStore(viewStore, (view) => view.relationTypes);
  return (
    <ul className="checklist">
      {types.map((type) => (
        <li key={type}>
          <label>
            <input type="checkbox" name="relation-type" value={type} checked={selected.includes(type)} onChange={() => viewActions.toggleRelationType(type)} />
            <RelationSwatch type={type} />
            {label(relationSpec(type).label)}
          </label>
        </li>
      ))}
    </ul>
  );
}

/**
 * The field keeps what is being typed (even an empty or partial number) while the view takes only
 * whole numbers from 1; leaving the field shows the view's value again.
 */
function MinEventsField() {
  const { t } = useMessages();
  const minEvents = useStore(viewStore, (view) => view.minEvents);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="min-events">
      {t.filterMinEvents}
      <input
        type="number"
        name="min-events"
        min={1}
        value={draft ?? minEvents}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          const value = event.currentTarget.valueAsNumber;
          if (Number.isInteger(value) && value >= 1) viewActions.setMinEvents(value);
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}

/** A least confidence in whole percent; the view keeps it as 0..1 and takes only 0 to 100. */
function MinConfidenceField() {
  const { t } = useMessages();
  const minConfidence = useStore(viewStore, (view) => view.minConfidence);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="min-confidence">
      {t.filterMinConfidence}
      <input
        type="number"
        name="min-confidence"
        min={0}
        max={100}
        step={5}
        value={draft ?? Math.round(minConfidence * 100)}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          const value = event.currentTarget.valueAsNumber;
          if (Number.isFinite(value) && value >= 0 && value <= 100) viewActions.setMinConfidence(value / 100);
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}

/** Every change goes through the view store; the map reloads in place from there. */
export function Filters() {
  const { t, label } = useMessages();
  const kinds = useStore(viewStore, (view) => view.kinds);
  const modes = useStore(viewStore, (view) => view.modes);
  return (
    <details className="filters">
      <summary>{t.filtersTitle}</summary>
      <fieldset>
        <legend>{t.filterRelationTypes}</legend>
        <RelationCheckboxes types={EVENT_RELATION_TYPES} />
        <RelationCheckboxes types={STRUCTURAL_RELATION_TYPES} />
      </fieldset>
      <fieldset>
        <legend>{t.filterActorKinds}</legend>
        <ul className="checklist">
          {ACTOR_KIND_NAMES.map((kind) => (
            <li key={kind}>
              <label>
                <input type="checkbox" name="actor-kind" value={kind} checked={kinds.includes(kind)} onChange={() => viewActions.toggleActorKind(kind)} />
                <span className="node-swatch" style={{ background: ACTOR_KINDS[kind].color }} aria-hidden="true" />
                {label(ACTOR_KINDS[kind].label)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t.filterModes}</legend>
        <ul className="checklist">
          {DRAWN_MODES.map((mode) => (
            <li key={mode}>
              <label>
                <input type="checkbox" name="mode" value={mode} checked={modes.includes(mode)} onChange={() => viewActions.toggleMode(mode)} />
                {t.modeLabels[mode]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <MinEventsField />
      <MinConfidenceField />
    </details>
  );
}
