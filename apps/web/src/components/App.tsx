import { ActorPanel } from './ActorPanel.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { Filters } from './Filters.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LayoutControl } from './LayoutControl.tsx';
import { Legend } from './Legend.tsx';
import { PresetBar } from './PresetBar.tsx';
import { SearchBox } from './SearchBox.tsx';
import { StatusOverlay } from './StatusOverlay.tsx';
import { useMessages } from '../core/i18n/index.ts';

export function App() {
  const { t } = useMessages();
  return (
    <div className="app">
      <header className="toolbar">
        <h1 className="brand" title={t.appTagline}>
          {t.appTitle}
        </h1>
        <PresetBar />
        <SearchBox />
        <ExportMenu />
        <LanguageSwitch />
      </header>
      <main className="stage">
        <GraphCanvas />
        <StatusOverlay />
        <aside className="sidebar">
          <Legend />
          <Filters />
        </aside>
        <ActorPanel />
        <LayoutControl />
      </main>
    </div>
  );
}
