// What deliveries carry: an alert's summary, and a JSON Feed per watch.

import type { Alert } from '../../core/monitor/index.js';
import type { OutboxRow } from '../monitor-store.js';
import type { MonitorDeps } from './context.js';
import { getWatch } from './watches.js';

/** What a delivery carries of an alert (the full evidence stays behind the API). */
export function summary(a: Alert) {
  return {
    id: a.id,
    key: a.key,
    watch: a.watch,
    rule: a.rule,
    state: a.state,
    ...(a.resolution ? { resolution: a.resolution } : {}),
    severity: a.event.severity,
    title: a.event.title,
    value: a.event.value,
    snapshot: a.event.snapshot,
    subject: a.event.subject,
    evidence: a.event.evidence,
  };
}
/** A JSON Feed (version 1.1) of a watch's alert transitions, newest first. */
export async function watchFeed(deps: MonitorDeps, watchId: string, baseUrl: string, limit = 100) {
  const w = await getWatch(deps, watchId);
  const rows: OutboxRow[] = [];
  let after = 0;
  for (;;) {
    const page = await deps.monitor.outbox(after, 1000, w.id);
    if (!page.length) break;
    rows.push(...page);
    after = page[page.length - 1]!.seq;
  }
  const items = rows
    .slice(-limit)
    .reverse()
    .map((r) => {
      const alert = (r.payload as { alert: ReturnType<typeof summary> }).alert;
      return {
        id: `${w.id}/${r.seq}`,
        url: `${baseUrl}/alerts/${alert.id}`,
        title: `[${r.topic.replace('alert.', '')}] ${alert.title}`,
        content_text: `${alert.rule} (${alert.severity}) on ${alert.snapshot.name} ${alert.snapshot.from} → ${alert.snapshot.to}: ${alert.title}`,
        date_published: r.at,
        tags: [alert.rule, alert.severity, r.topic],
      };
    });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Interdict alerts: ${w.name ?? w.id}`,
    home_page_url: `${baseUrl}/`,
    feed_url: `${baseUrl}/watches/${w.id}/feed.json`,
    items,
  };
}
