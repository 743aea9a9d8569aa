// The app shell: a header with the views (network, screening, datasets,
// alerts), chosen by the URL hash so links and the back button work.

import { useEffect, useState } from 'react';
import { AlertsView } from './alerts-view';
import { DatasetsView } from './datasets-view';
import { NetworkView } from './network-view';
import { ScreeningView } from './screening-view';

const VIEWS = [
  { id: 'network', title: 'Network' },
  { id: 'screening', title: 'Screening' },
  { id: 'datasets', title: 'Datasets' },
  { id: 'alerts', title: 'Alerts' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

function viewFromHash(): ViewId {
  const h = window.location.hash.replace(/^#\/?/, '');
  return (VIEWS.find((v) => v.id === h)?.id ?? 'network') as ViewId;
}

export function App() {
  const [view, setView] = useState<ViewId>(viewFromHash);
  useEffect(() => {
    const on = () => setView(viewFromHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return (
    <div className="shell">
      <header className="top">
        <h1>Interdict</h1>
        <nav aria-label="Views">
          {VIEWS.map((v) => (
            <a key={v.id} href={`#/${v.id}`} aria-current={view === v.id ? 'page' : undefined}>
              {v.title}
            </a>
          ))}
        </nav>
        <a className="docs" href="/docs">
          API docs
        </a>
      </header>
      <main>
        {view === 'network' && <NetworkView />}
        {view === 'screening' && <ScreeningView />}
        {view === 'datasets' && <DatasetsView />}
        {view === 'alerts' && <AlertsView />}
      </main>
    </div>
  );
}
