// Writes a Network as a scenario document (YAML or JSON): the inverse of
// parseScenario, so that read → write → read gives the same network.

import { stringify } from 'yaml';
import type { Channel, Network } from '../model/network.js';
import type { RawChannel, RawScenario } from './scenario-raw.js';

function channelToRaw(c: Channel): RawChannel {
  const out: RawChannel = {
    id: c.id,
    from: c.from,
    to: c.to,
    kind: c.kind,
    capacity: Number.isFinite(c.capacity) ? c.capacity : 'unlimited',
  };
  if (c.label !== undefined) out.label = c.label;
  out.confidence = { value: c.confidence, label: c.confidenceLabel };
  if (c.jurisdiction !== undefined) out.jurisdiction = c.jurisdiction;
  if (c.validFrom !== undefined) out.validFrom = c.validFrom;
  if (c.validTo !== undefined) out.validTo = c.validTo;
  if (c.cost !== undefined) out.cost = c.cost;
  if (c.link !== undefined) out.link = c.link;
  if (c.sources !== undefined) out.sources = c.sources;
  return out;
}

/** The scenario document for a network, as plain data (the inverse of parseScenario). */
export function scenarioDocument(network: Network): RawScenario {
  const doc: RawScenario = { interdict: 1, id: network.id, name: network.name, nodes: [], channels: [] };
  if (network.description !== undefined) doc.description = network.description;
  if (network.notice !== undefined) doc.notice = network.notice;
  if (network.defaultEnforcement !== undefined) doc.defaultEnforcement = network.defaultEnforcement;
  doc.jurisdictions = network.jurisdictions.map((j) => ({
    id: j.id,
    name: j.name,
    enforcement: j.enforcement,
    ...(j.sources ? { sources: j.sources } : {}),
  }));
  doc.nodes = network.nodes.map((n) => {
    const [name = n.id, ...otherNames] = n.properties.name ?? [];
    const properties: Record<string, string[]> = { ...n.properties };
    if (otherNames.length) properties.name = otherNames;
    else delete properties.name;
    const out: RawScenario['nodes'][number] = { id: n.id, schema: n.schema, name, role: n.role };
    if (n.designated !== undefined) out.designated = n.designated;
    if (n.jurisdiction !== undefined) out.jurisdiction = n.jurisdiction;
    if (n.listed) out.listed = n.listed;
    if (n.designations) out.designations = n.designations;
    if (Object.keys(properties).length) out.properties = properties;
    if (n.sources) out.sources = n.sources;
    return out;
  });
  doc.channels = network.channels.map(channelToRaw);
  if (network.candidates) doc.candidates = network.candidates.map(channelToRaw);
  doc.actions = network.actions.map((a) => {
    const out: NonNullable<RawScenario['actions']>[number] = {
      id: a.id,
      kind: a.kind,
      target: { [a.target.type]: a.target.id },
      cost: a.cost,
      effect: a.effect.type === 'remove' ? 'remove' : { reduce: a.effect.fraction },
    };
    if (a.label !== undefined) out.label = a.label;
    if (a.sources) out.sources = a.sources;
    return out;
  });
  return doc;
}

export function writeScenarioYaml(network: Network): string {
  return stringify(scenarioDocument(network), { lineWidth: 0 });
}

export function writeScenarioJson(network: Network): string {
  return JSON.stringify(scenarioDocument(network), null, 2) + '\n';
}
