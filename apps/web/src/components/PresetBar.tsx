import { PRESET_NAMES, PRESETS } from '@entente/ontology';
import { useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import { activePreset, viewActions, viewStore } from '../core/view/state.ts';

export function PresetBar() {
  const { t, label } = useMessages();
  const current = useStore(viewStore, activePreset);
  return (
    <nav className="presets" aria-label={t.presetsLabel}>
      {PRESET_NAMES.map((name) => (
        <button key={name} type="button" aria-pressed={current === name} onClick={() => viewActions.selectPreset(name)}>
          {label(PRESETS[name].label)}
        </button>
      ))}
    </nav>
  );
}
