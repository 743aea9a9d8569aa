// The scenario file's own shape (as written by analysts), between the YAML/JSON
// text and the Network model; shared by the reader and the writer.

import type { NodeSchema } from '../model/entity.js';
import type {
  Action,
  Channel,
  ConfidenceLabel,
  Designation,
  LinkKind,
  NetworkNode,
  Source,
} from '../model/network.js';

export interface RawChannel {
  id: string;
  from: string;
  to: string;
  kind: Channel['kind'];
  label?: string;
  capacity: number | string;
  confidence?: number | ConfidenceLabel | { value?: number; label: ConfidenceLabel };
  jurisdiction?: string;
  validFrom?: string;
  validTo?: string;
  cost?: number | null;
  link?: LinkKind;
  sources?: Source[];
}

export interface RawScenario {
  interdict: 1;
  id: string;
  name: string;
  description?: string;
  notice?: string;
  defaultEnforcement?: number;
  jurisdictions?: { id: string; name: string; enforcement?: number; sources?: Source[] }[];
  nodes: {
    id: string;
    schema: NodeSchema;
    name: string;
    role?: NetworkNode['role'];
    designated?: boolean;
    jurisdiction?: string;
    listed?: string[];
    designations?: Designation[];
    properties?: Record<string, string[]>;
    sources?: Source[];
  }[];
  channels: RawChannel[];
  candidates?: RawChannel[];
  actions?: {
    id: string;
    kind: Action['kind'];
    label?: string;
    target: { node?: string; channel?: string; jurisdiction?: string };
    cost: number;
    effect?: 'remove' | { reduce: number };
    sources?: Source[];
  }[];
}
