// Canonical encodings shared by store backends: networks as JSON (unlimited
// capacity kept as "unlimited"), entities with a content hash for diffs.

import { isBookkeeping, type Entity } from '../model/entity.js';
import { InterdictError } from '../model/errors.js';
import type { Network } from '../model/network.js';

export function encodeNetwork(network: Network): string {
  return JSON.stringify(network, (_k, v) => (v === Infinity ? 'unlimited' : v));
}

export function decodeNetwork(text: string): Network {
  // A reviver costs several times the parse: only a network with an unlimited capacity needs one.
  if (!text.includes('"capacity":"unlimited"')) return JSON.parse(text) as Network;
  return JSON.parse(text, (k, v) => (k === 'capacity' && v === 'unlimited' ? Infinity : v)) as Network;
}

/** JSON with object keys sorted, so equal entities encode equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The part of an entity a diff compares: schema and content properties
 * (bookkeeping properties such as the raw source row left out).
 */
export function entityFingerprint(entity: Entity): string {
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(entity.properties)) if (!isBookkeeping(k)) properties[k] = v;
  return canonicalJson({ schema: entity.schema, properties });
}

/** 53-bit FNV-1a-style hash of a string (stable across backends, no crypto needed). */
export function hashString(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function countBy<T>(items: Iterable<T>, key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

export function networkCounts(network: Network): Record<string, number> {
  return {
    nodes: network.nodes.length,
    channels: network.channels.length,
    jurisdictions: network.jurisdictions.length,
    actions: network.actions.length,
    candidates: network.candidates?.length ?? 0,
  };
}

/** The error every backend raises when an import repeats an entity id. */
export function duplicateId(id: string, dataset: string): InterdictError {
  return new InterdictError(
    'E_CONFLICT',
    `entity id "${id}" occurs twice in dataset "${dataset}"`,
    { record: id },
    'ids must be unique within a dataset',
  );
}
