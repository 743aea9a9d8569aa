// The data that travels with a report's pictures: the network as FtM JSON
// lines (actors as their entities, channels as FtM link schemata) and CSV
// tables of actors and channels with the figures the report shows.

import { caption } from '../../core/model/entity.js';
import type { Channel, Network } from '../../core/model/network.js';
import type { NetworkReportData } from './network-data.js';

const LINK_SCHEMA: Partial<Record<Channel['kind'], [string, string, string]>> = {
  financial: ['Payment', 'payer', 'beneficiary'],
  ownership: ['Ownership', 'owner', 'asset'],
  directorship: ['Directorship', 'director', 'organization'],
  membership: ['Membership', 'member', 'organization'],
};

/** The network as FtM JSON lines: actors, then channels, then a Sanction for each designated actor. */
export function networkFtmLines(network: Network): string {
  const lines: string[] = [];
  for (const n of network.nodes) {
    const properties = { ...n.properties };
    if (!properties.name?.length) properties.name = [caption(n)];
    lines.push(JSON.stringify({ id: n.id, schema: n.schema, properties, datasets: [network.id] }));
  }
  for (const c of network.channels) {
    const [schema, from, to] = LINK_SCHEMA[c.kind] ?? ['UnknownLink', 'subject', 'object'];
    const properties: Record<string, string[]> = { [from]: [c.from], [to]: [c.to] };
    if (schema === 'Payment' && Number.isFinite(c.capacity)) properties.amount = [String(c.capacity)];
    if (schema === 'UnknownLink') properties.role = [c.kind];
    if (c.label) properties.summary = [c.label];
    const urls = (c.sources ?? []).map((s) => s.url).filter((u): u is string => !!u);
    if (urls.length) properties.sourceUrl = urls;
    if (c.validFrom) properties.startDate = [c.validFrom];
    if (c.validTo) properties.endDate = [c.validTo];
    lines.push(JSON.stringify({ id: c.id, schema, properties, datasets: [network.id] }));
  }
  for (const n of network.nodes.filter((x) => x.designated))
    lines.push(
      JSON.stringify({
        id: `${n.id}-sanction`,
        schema: 'Sanction',
        properties: { entity: [n.id] },
        datasets: [network.id],
      }),
    );
  return lines.join('\n') + '\n';
}

export function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : typeof v === 'number' ? (v === Infinity ? 'unlimited' : String(v)) : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(headers: string[], rows: (string | number | undefined)[][]): string {
  return [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/** Channels with capacity, confidence, flow carried and minimum-cut membership. */
export function channelsCsv(data: NetworkReportData): string {
  const cut = new Set(data.analysis.chokepoints.channels.edges.map((e) => e.channel));
  return csv(
    [
      'id',
      'from',
      'to',
      'kind',
      'capacity',
      'confidence',
      'confidence_label',
      'jurisdiction',
      'flow',
      'in_min_cut',
      'label',
    ],
    data.network.channels.map((c) => [
      c.id,
      c.from,
      c.to,
      c.kind,
      c.capacity,
      c.confidence,
      c.confidenceLabel,
      c.jurisdiction,
      data.channelFlow ? Math.round((data.channelFlow.get(c.id) ?? 0) * 1e6) / 1e6 : undefined,
      cut.has(c.id) ? 'yes' : '',
      c.label,
    ]),
  );
}

export function actorsCsv(data: NetworkReportData): string {
  const ring = new Set(data.analysis.chokepoints.actors ?? []);
  return csv(
    ['id', 'name', 'role', 'schema', 'jurisdiction', 'designated', 'chokepoint'],
    data.network.nodes.map((n) => [
      n.id,
      data.names.get(n.id),
      n.role,
      n.schema,
      n.jurisdiction,
      n.designated ? 'yes' : '',
      ring.has(n.id) ? 'yes' : '',
    ]),
  );
}
