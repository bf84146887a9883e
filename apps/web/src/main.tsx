import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { bindActorToView } from './core/actor/actor.ts';
import { bindArticleToView } from './core/article/article.ts';
import { bindNetworkToView } from './core/graph/load.ts';
import { bindLanguageToDocument } from './core/i18n/index.ts';
import { bindPathToMap } from './core/path/path.ts';
import { bindTimelineToView } from './core/timeline/timeline.ts';
import { bindViewToUrl } from './core/view/url.ts';

// The URL is read first: every other binding starts from the view it restores.
bindViewToUrl();
bindLanguageToDocument();
bindNetworkToView();
bindPathToMap();
bindActorToView();
bindArticleToView();
bindTimelineToView();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
