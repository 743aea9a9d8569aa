// Merge a network built from lists into a hand-written scenario: a built
// actor whose list id an analyst's actor names (`listed:`) becomes that
// actor; the others join as new actors; every source is kept.

import type { Channel, Network, NetworkNode, Source } from '../model/network.js';

export interface MergeReport {
  /** Analyst actors that absorbed built actors, with the list ids they did. */
  unified: { actor: string; listed: string[] }[];
  addedNodes: number;
  addedChannels: number;
  /** Built channels dropped because both ends became the same actor or the channel existed. */
  droppedChannels: number;
}

const sameSource = (a: Source, b: Source) =>
  a.citation === b.citation && a.record === b.record && a.quote === b.quote;

function unionSources(a: Source[] | undefined, b: Source[] | undefined): Source[] | undefined {
  if (!a?.length) return b?.length ? [...b] : undefined;
  const out = [...a];
  for (const s of b ?? []) if (!out.some((t) => sameSource(s, t))) out.push(s);
  return out;
}

export const MERGED_NOTICE =
  'Channels marked with a link kind come from lists and carry unit capacity (1), not a measured flow.';

export function mergeNetworks(scenario: Network, built: Network): { network: Network; report: MergeReport } {
  const actorOf = new Map<string, string>();
  for (const n of scenario.nodes) {
    actorOf.set(n.id, n.id);
    for (const id of n.listed ?? []) actorOf.set(id, n.id);
  }
  const nodes = new Map<string, NetworkNode>(scenario.nodes.map((n) => [n.id, { ...n }]));
  const unified = new Map<string, string[]>();
  const remap = new Map<string, string>();
  let addedNodes = 0;
  for (const b of built.nodes) {
    const target = [b.id, ...(b.listed ?? [])].map((id) => actorOf.get(id)).find(Boolean);
    if (!target) {
      nodes.set(b.id, { ...b });
      actorOf.set(b.id, b.id);
      remap.set(b.id, b.id);
      addedNodes++;
      continue;
    }
    remap.set(b.id, target);
    const actor = nodes.get(target)!;
    const listed = [...(actor.listed ?? [])];
    for (const id of [b.id, ...(b.listed ?? [])])
      if (id !== target && !listed.includes(id) && b.designated) listed.push(id);
    if (listed.length) actor.listed = listed;
    if (b.designated) actor.designated = true;
    if (b.designations?.length) actor.designations = [...(actor.designations ?? []), ...b.designations];
    const sources = unionSources(actor.sources, b.sources);
    if (sources) actor.sources = sources;
    unified.set(target, [...(unified.get(target) ?? []), b.id]);
  }
  const channels: Channel[] = scenario.channels.map((c) => ({ ...c }));
  const ids = new Set(channels.map((c) => c.id));
  const byEnds = new Map<string, Channel>();
  for (const c of channels) byEnds.set(`${c.link ?? c.kind}:${c.from}:${c.to}`, c);
  let addedChannels = 0;
  let droppedChannels = 0;
  for (const c of built.channels) {
    const from = remap.get(c.from) ?? c.from;
    const to = remap.get(c.to) ?? c.to;
    const key = `${c.link ?? c.kind}:${from}:${to}`;
    const existing = byEnds.get(key);
    if (from === to || existing) {
      if (existing) {
        const sources = unionSources(existing.sources, c.sources);
        if (sources) existing.sources = sources;
      }
      droppedChannels++;
      continue;
    }
    let id = key;
    for (let i = 2; ids.has(id); i++) id = `${key}:${i}`;
    const out: Channel = { ...c, id, from, to };
    ids.add(id);
    byEnds.set(key, out);
    channels.push(out);
    addedChannels++;
  }
  const network: Network = {
    ...scenario,
    nodes: [...nodes.values()],
    channels,
    notice: !scenario.notice
      ? MERGED_NOTICE
      : scenario.notice.includes(MERGED_NOTICE)
        ? scenario.notice
        : `${scenario.notice} ${MERGED_NOTICE}`,
  };
  return {
    network,
    report: {
      unified: [...unified].map(([actor, listed]) => ({ actor, listed })),
      addedNodes,
      addedChannels,
      droppedChannels,
    },
  };
}
