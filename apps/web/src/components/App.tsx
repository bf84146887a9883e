import { lazy, Suspense } from 'react';
import { ActorPanel } from './ActorPanel.tsx';
import { ArticlePanel } from './ArticlePanel.tsx';
import { ConsoleButton } from './ConsoleButton.tsx';
import { CurationButton, CurationPanel } from './CurationPanel.tsx';
import { EdgeTooltip } from './EdgeTooltip.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { Filters } from './Filters.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LayoutControl } from './LayoutControl.tsx';
import { MapTable, TableButton } from './MapTable.tsx';
import { Legend } from './Legend.tsx';
import { PathStatus } from './PathStatus.tsx';
import { PresetBar } from './PresetBar.tsx';
import { RelationPanel } from './RelationPanel.tsx';
import { SearchBox } from './SearchBox.tsx';
import { StatusOverlay } from './StatusOverlay.tsx';
import { Timeline } from './Timeline.tsx';
import { UndoButton } from './UndoButton.tsx';
import { useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import { viewStore } from '../core/view/state.ts';

// The console brings CodeMirror and a Cypher parser: the map does not wait for them.
const CypherConsole = lazy(() => import('./console/CypherConsole.tsx').then(({ CypherConsole }) => ({ default: CypherConsole })));

export function App() {
  const { t } = useMessages();
  const consoleOpen = useStore(viewStore, (view) => view.console);
  return (
    <div className="app">
      <header className="toolbar">
        <h1 className="brand" title={t.appTagline}>
          {t.appTitle}
        </h1>
        <PresetBar />
        <SearchBox />
        <TableButton />
        <ConsoleButton />
        <CurationButton />
        <ExportMenu />
        <LanguageSwitch />
      </header>
      <main className="stage">
        <GraphCanvas />
        <EdgeTooltip />
        <StatusOverlay />
        <aside className="sidebar">
          <Legend />
          <Filters />
        </aside>
        <MapTable />
        <ArticlePanel />
        <ActorPanel />
        <RelationPanel />
        <CurationPanel />
        <PathStatus />
        <div className="map-controls">
          <LayoutControl />
          <UndoButton />
        </div>
      </main>
      <Timeline />
      {consoleOpen && (
        <Suspense fallback={null}>
          <CypherConsole />
        </Suspense>
      )}
    </div>
  );
}
