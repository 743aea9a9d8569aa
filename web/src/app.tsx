// The app shell: a header with the views (network, screening, datasets,
// alerts) and the API key field, the view chosen by the URL hash
// (`#/network?net=…`, `#/entity/ID`) so links, reloads and the back button work.

import { useEffect, useState } from 'react';
import { AlertsView } from './alerts-view';
import { apiKey, setApiKey } from './api';
import { DatasetsView } from './datasets-view';
import { EntityView } from './entity-view';
import { NetworkView } from './network-view';
import { ScreeningView } from './screening-view';

const VIEWS = [
  { id: 'network', title: 'Network' },
  { id: 'screening', title: 'Screening' },
  { id: 'datasets', title: 'Datasets' },
  { id: 'alerts', title: 'Alerts' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'] | 'entity';

interface Route {
  view: ViewId;
  /** The entity's id on an entity page. */
  arg?: string;
}

export function routeOf(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?', 1)[0] ?? '';
  const [head, ...rest] = path.split('/');
  if (head === 'entity' && rest.length) return { view: 'entity', arg: decodeURIComponent(rest.join('/')) };
  return { view: VIEWS.find((v) => v.id === head)?.id ?? 'network' };
}

function KeyField() {
  const [key, setKey] = useState(apiKey);
  return (
    <label className="api-key">
      API key{' '}
      <input
        type="password"
        autoComplete="off"
        value={key}
        size={14}
        placeholder="for uploads, links, jobs"
        data-testid="api-key"
        onChange={(e) => {
          setKey(e.target.value);
          setApiKey(e.target.value.trim());
        }}
      />
    </label>
  );
}

export function App() {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return (
    <div className="shell">
      <header className="top">
        <h1>Interdict</h1>
        <nav aria-label="Views">
          {VIEWS.map((v) => (
            <a key={v.id} href={`#/${v.id}`} aria-current={route.view === v.id ? 'page' : undefined}>
              {v.title}
            </a>
          ))}
        </nav>
        <KeyField />
        <a className="docs" href="/docs">
          API docs
        </a>
      </header>
      <main>
        {route.view === 'network' && <NetworkView />}
        {route.view === 'screening' && <ScreeningView />}
        {route.view === 'datasets' && <DatasetsView />}
        {route.view === 'alerts' && <AlertsView />}
        {route.view === 'entity' && route.arg && <EntityView id={route.arg} />}
      </main>
    </div>
  );
}
