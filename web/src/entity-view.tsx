// A listed entity's page: every property (references to other entities as
// links, with the entities that point at it), the datasets and versions that
// hold it, when it was first and last seen, and its sources. Reached from a
// screening hit and from a map actor tied to list entries.

import { useEffect, useState } from 'react';
import { api, errorText, type EntityPage } from './api';
import { ExportLinks } from './export-table';

type Value = string | NestedEntity;
interface NestedEntity {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, Value[]>;
}

const isEntity = (v: unknown): v is NestedEntity =>
  typeof v === 'object' && v !== null && 'id' in v && 'schema' in v;

/** Properties that say where the record comes from. */
const SOURCE_PROPS = new Set([
  'sourceUrl',
  'publisher',
  'publisherUrl',
  'program',
  'programId',
  'authority',
  'listingDate',
  'startDate',
  'modifiedAt',
  'createdAt',
]);

const link = (id: string) => `#/entity/${encodeURIComponent(id)}`;

function Entity({ e }: { e: NestedEntity }) {
  // An interstitial entity (Ownership, Sanction…) is shown by its other ends and its own facts.
  const ends = Object.entries(e.properties).filter(([, vs]) => vs.some(isEntity));
  const facts = Object.entries(e.properties).filter(([, vs]) => !vs.some(isEntity));
  return (
    <span>
      <a href={link(e.id)}>{e.caption}</a> <small className="muted">{e.schema}</small>
      {ends.length > 0 && (
        <small>
          {' '}
          (
          {ends
            .map(([k, vs]) => `${k}: ${vs.map((v) => (isEntity(v) ? v.caption : v)).join(', ')}`)
            .join('; ')}
          )
        </small>
      )}
      {facts.length > 0 && (
        <small className="muted">
          {' '}
          {facts
            .slice(0, 4)
            .map(([k, vs]) => `${k}: ${vs.join(', ')}`)
            .join(' · ')}
        </small>
      )}
    </span>
  );
}

function Values({ values }: { values: Value[] }) {
  return (
    <ul className="plain values">
      {values.map((v, i) => (
        <li key={i}>
          {isEntity(v) ? (
            <Entity e={v} />
          ) : /^https?:\/\//.test(v) ? (
            <a href={v} rel="noreferrer" target="_blank">
              {v}
            </a>
          ) : (
            v
          )}
        </li>
      ))}
    </ul>
  );
}

/** Properties as a definition list: each name with its values. */
function Properties({ props, testId }: { props: [string, Value[]][]; testId?: string }) {
  return (
    <dl className="props" data-testid={testId}>
      {props.map(([k, vs]) => (
        <div key={k} className="row">
          <dt>{k}</dt>
          <dd>
            <Values values={vs} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function EntityView({ id }: { id: string }) {
  const [entity, setEntity] = useState<EntityPage>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    setEntity(undefined);
    setError(undefined);
    api.entity(id, controller.signal).then(setEntity, (e: unknown) => {
      if (!controller.signal.aborted) setError(errorText(e));
    });
    return () => controller.abort();
  }, [id]);
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!entity) return <p role="status">Loading {id}…</p>;
  const props = Object.entries(entity.properties as Record<string, Value[]>);
  const plain = props.filter(([k, vs]) => !SOURCE_PROPS.has(k) && !vs.some(isEntity));
  const linked = props.filter(([, vs]) => vs.some(isEntity));
  const sources = props.filter(([k, vs]) => SOURCE_PROPS.has(k) && !vs.some(isEntity));
  const rows = props.flatMap(([k, vs]) =>
    vs.map((v) => ({ property: k, value: isEntity(v) ? v.caption : v, entity: isEntity(v) ? v.id : '' })),
  );
  return (
    <article className="entity-page panel" data-testid="entity-page">
      <h2>
        {entity.caption} <small className="muted">{entity.schema}</small>{' '}
        {(entity as { target?: boolean }).target && <span className="badge">listed</span>}
      </h2>
      <p className="muted">
        id {entity.id}
        {entity.referents.length ? ` · also known as ${entity.referents.join(', ')}` : ''} ·{' '}
        <ExportLinks name={`entity-${entity.id}`} rows={rows} json={entity} />
      </p>
      <h3>Datasets and versions</h3>
      <table className="versions" data-testid="entity-datasets">
        <thead>
          <tr>
            <th>dataset</th>
            <th>version read</th>
          </tr>
        </thead>
        <tbody>
          {entity.datasets.map((d) => (
            <tr key={d}>
              <td>{d}</td>
              <td>v{entity.versions?.[d] ?? '?'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        first seen {entity.first_seen?.slice(0, 10) ?? '–'} · last seen{' '}
        {entity.last_seen?.slice(0, 10) ?? '–'} · last changed {entity.last_change?.slice(0, 10) ?? '–'}
      </p>
      <h3>Properties</h3>
      <Properties props={plain} />
      {linked.length > 0 && (
        <>
          <h3>Linked entities</h3>
          <Properties props={linked} />
        </>
      )}
      <h3>Sources</h3>
      {sources.length ? (
        <Properties props={sources} testId="entity-sources" />
      ) : (
        <p className="muted">The record names no source beyond its datasets: {entity.datasets.join(', ')}.</p>
      )}
    </article>
  );
}
