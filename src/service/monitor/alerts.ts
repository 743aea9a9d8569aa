// Alerts and decisions: listing, acknowledging, resolving (a verdict on a
// list-match pair becomes a decision that holds across list versions).

import {
  acknowledge,
  materialFingerprint,
  resolveAlert,
  type Alert,
  type AlertRule,
  type Decision,
  type Resolution,
  type Watch,
} from '../../core/monitor/index.js';
import { NotFoundError, UsageError } from '../../core/model/errors.js';
import type { Entity } from '../../core/model/entity.js';
import { decisions, nowOf, type MonitorDeps } from './context.js';
import { summary } from './delivery.js';

export interface AlertQuery {
  state?: Alert['state'];
  watch?: string;
  rule?: AlertRule;
}

export async function listAlerts(deps: MonitorDeps, q: AlertQuery = {}): Promise<Alert[]> {
  const all = await deps.monitor.list<Alert>('alert');
  return all
    .filter(
      (a) =>
        (!q.state || a.state === q.state) &&
        (!q.watch || a.watch === q.watch) &&
        (!q.rule || a.rule === q.rule),
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

export async function getAlert(deps: MonitorDeps, id: string): Promise<Alert> {
  const a = await deps.monitor.get<Alert>('alert', id);
  if (!a) throw new NotFoundError(`no alert "${id}"`, 'list the alerts to see their ids');
  return a;
}

export async function ackAlert(deps: MonitorDeps, id: string, by: string, note?: string): Promise<Alert> {
  const a = await getAlert(deps, id);
  if (a.state !== 'open')
    throw new UsageError(`alert ${id} is ${a.state}, not open`, 'only open alerts can be acknowledged');
  const now = nowOf(deps);
  const next = acknowledge(a, by, now, note);
  await deps.monitor.commit({
    put: [{ kind: 'alert', id, body: next }],
    outbox: [{ at: now, topic: 'alert.acknowledged', watch: a.watch, payload: { alert: summary(next), by } }],
  });
  return next;
}

/**
 * Resolves an alert. On a list-match pair, a true match, false positive or
 * not-material verdict becomes a decision that holds across list versions
 * until one side's material fields change.
 */
export async function resolveAlertById(
  deps: MonitorDeps,
  id: string,
  resolution: Exclude<Resolution, 'auto-cleared'>,
  by: string,
  why: string,
): Promise<{ alert: Alert; decision?: Decision }> {
  const a = await getAlert(deps, id);
  const now = nowOf(deps);
  const next = resolveAlert(a, resolution, by, now, why);
  const put: { kind: 'alert' | 'decision'; id: string; body: unknown }[] = [
    { kind: 'alert', id, body: next },
  ];
  let decision: Decision | undefined;
  if (a.rule === 'list-match' && resolution !== 'duplicate') {
    const [counterparty, entity] = a.event.subject.id.split('|') as [string, string];
    const [cpPrint, entityPrint] = a.event.fingerprint.split(':') as [string, string];
    const w = await deps.monitor.get<Watch>('watch', a.watch);
    const cp = w?.kind === 'book' ? w.counterparties.find((c) => c.id === counterparty) : undefined;
    const listed = await findListEntity(deps, a);
    decision = {
      counterparty,
      entity,
      referents: listed?.referents ?? [],
      verdict: resolution,
      by,
      at: now,
      why,
      fingerprints: {
        counterparty: cp ? materialFingerprint(cp) : cpPrint,
        entity: listed ? materialFingerprint(listed) : entityPrint,
      },
    };
    put.push({ kind: 'decision', id: `${counterparty}|${entity}`, body: decision });
  }
  await deps.monitor.commit({
    put,
    outbox: [
      { at: now, topic: 'alert.resolved', watch: a.watch, payload: { alert: summary(next), by, why } },
    ],
  });
  return { alert: next, ...(decision ? { decision } : {}) };
}

async function findListEntity(deps: MonitorDeps, a: Alert): Promise<Entity | undefined> {
  if (a.event.snapshot.kind !== 'dataset') return undefined;
  const [, entity] = a.event.subject.id.split('|') as [string, string];
  return deps.store.getEntity(a.event.snapshot.name, entity, a.event.snapshot.to);
}

export async function listDecisions(deps: MonitorDeps): Promise<Decision[]> {
  return decisions(deps);
}
