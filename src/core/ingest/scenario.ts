// Reads scenario files (YAML or JSON, one format) into a Network, with errors
// located at file:line:column, validated against SCENARIO_SCHEMA.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { InputError, type Location } from '../model/errors.js';
import {
  CONFIDENCE_DEFAULTS,
  confidenceLabelFor,
  type Action,
  type ActionTarget,
  type Channel,
  type ConfidenceLabel,
  type Jurisdiction,
  type Network,
  type NetworkNode,
} from '../model/network.js';
import { assertNesting, isStackOverflow, MAX_NESTING } from './nesting.js';
import type { RawChannel, RawScenario } from './scenario-raw.js';
import { SCENARIO_SCHEMA } from './scenario-schema.js';

let compiled: ValidateFunction | undefined;

/** The scenario validator, compiled on first use (not when a command that never reads a scenario starts). */
function scenarioValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: false, strict: false }).compile(SCENARIO_SCHEMA);
  return compiled;
}

type Path = (string | number)[];

/** Maps JSON paths to file positions for error messages. */
class Locator {
  constructor(
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  at(path: Path): Location {
    const jsonPath = formatPath(path);
    // Walk up until a node with a source range is found.
    for (let i = path.length; i >= 0; i--) {
      const node = this.doc.getIn(path.slice(0, i), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        const { line, col } = this.lines.linePos(node.range[0]);
        return { file: this.file, line, column: col, path: jsonPath };
      }
    }
    return { file: this.file, path: jsonPath };
  }
}

export function formatPath(path: Path): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
    '',
  );
}

function ajvPath(err: ErrorObject): Path {
  const parts = err.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: Path = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (err.keyword === 'additionalProperties') path.push(String(err.params.additionalProperty));
  return path;
}

function describeAjvError(err: ErrorObject): { message: string; hint: string } {
  switch (err.keyword) {
    case 'required':
      return {
        message: `missing field "${String(err.params.missingProperty)}"`,
        hint: `add ${String(err.params.missingProperty)}: …`,
      };
    case 'additionalProperties':
      return {
        message: `unknown field "${String(err.params.additionalProperty)}"`,
        hint: 'remove it or check its spelling against docs/scenario-format.md',
      };
    case 'enum':
      return {
        message: `value is not allowed`,
        hint: `use one of: ${(err.params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'const':
      return {
        message: `value must be ${JSON.stringify(err.params.allowedValue)}`,
        hint: `write ${JSON.stringify(err.params.allowedValue)}`,
      };
    case 'type':
      return {
        message: `must be a ${String(err.params.type)}`,
        hint: 'see docs/scenario-format.md for the field types',
      };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
      return { message: `must be ${err.message ?? 'in range'}`, hint: 'fix the number' };
    default:
      return { message: err.message ?? 'invalid value', hint: 'see docs/scenario-format.md' };
  }
}

/** Pick the most useful of ajv's errors: for oneOf failures, explain the field itself. */
function explainOneOf(path: Path): { message: string; hint: string } | undefined {
  const last = path[path.length - 1];
  if (last === 'capacity')
    return {
      message: 'capacity must be a number ≥ 0 or "unlimited"',
      hint: 'write capacity: 10 or capacity: unlimited',
    };
  if (last === 'confidence')
    return {
      message: 'confidence must be a number 0–1 or one of alleged, reported, confirmed',
      hint: 'write confidence: 0.6 or confidence: alleged',
    };
  if (last === 'cost')
    return { message: 'cost must be a number ≥ 0 or null (cannot be cut)', hint: 'write cost: 1' };
  if (last === 'effect')
    return {
      message: 'effect must be "remove" or { reduce: fraction in (0, 1] }',
      hint: 'write effect: { reduce: 0.5 }',
    };
  return undefined;
}

export interface ReadScenarioOptions {
  /** Name used in error messages. */
  file?: string;
}

/** Parse and validate a scenario from YAML or JSON text. Throws InputError. */
export function parseScenario(text: string, options: ReadScenarioOptions = {}): Network {
  const file = options.file ?? '<scenario>';
  assertNesting(text, file, MAX_NESTING, true);
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    if (isStackOverflow(e)) throw tooDeep(file);
    throw e;
  }
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lines.linePos(first.pos[0]);
    if (/call stack/i.test(first.message)) throw tooDeep(file, line, col);
    throw new InputError(
      'E_PARSE',
      `malformed YAML/JSON: ${first.message.split('\n')[0]}`,
      { file, line, column: col },
      'fix the syntax at that position',
    );
  }
  const locator = new Locator(file, doc, lines);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (isStackOverflow(e)) throw tooDeep(file);
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      throw new InputError(
        'E_PARSE',
        `YAML aliases expand to more than ${MAX_ALIAS_COUNT} copies (an alias bomb)`,
        { file },
        'write the repeated parts out, or use fewer nested aliases',
      );
    }
    if (e instanceof ReferenceError || e instanceof TypeError)
      throw new InputError(
        'E_PARSE',
        `malformed YAML: ${e.message}`,
        { file },
        'fix the aliases and anchors',
      );
    throw e;
  }
  const validateScenario = scenarioValidator();
  if (!validateScenario(raw)) {
    const errors = validateScenario.errors ?? [];
    // Prefer the deepest error: it names the field that is actually wrong.
    const err = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
    const path = ajvPath(err);
    const described =
      (err.keyword === 'oneOf' || errors.some((e) => e.keyword === 'oneOf')
        ? explainOneOf(path)
        : undefined) ?? describeAjvError(err);
    throw new InputError('E_SCHEMA', described.message, locator.at(path), described.hint);
  }
  return buildNetwork(raw as unknown as RawScenario, locator);
}

/** Most alias expansions one scenario may need. */
export const MAX_ALIAS_COUNT = 1000;

function tooDeep(file: string, line?: number, column?: number): InputError {
  return new InputError(
    'E_PARSE',
    'nested too deeply to read',
    { file, ...(line === undefined ? {} : { line, column }) },
    'flatten the document: a scenario needs only a few levels',
  );
}

function toChannel(c: RawChannel): Channel {
  const capacity = typeof c.capacity === 'number' ? c.capacity : Infinity;
  let confidence: number;
  let confidenceLabel: ConfidenceLabel;
  if (c.confidence === undefined) {
    confidence = 1;
    confidenceLabel = 'confirmed';
  } else if (typeof c.confidence === 'number') {
    confidence = c.confidence;
    confidenceLabel = confidenceLabelFor(c.confidence);
  } else if (typeof c.confidence === 'string') {
    confidenceLabel = c.confidence;
    confidence = CONFIDENCE_DEFAULTS[c.confidence];
  } else {
    confidenceLabel = c.confidence.label;
    confidence = c.confidence.value ?? CONFIDENCE_DEFAULTS[c.confidence.label];
  }
  const out: Channel = {
    id: c.id,
    from: c.from,
    to: c.to,
    kind: c.kind,
    capacity,
    confidence,
    confidenceLabel,
  };
  if (c.label !== undefined) out.label = c.label;
  if (c.jurisdiction !== undefined) out.jurisdiction = c.jurisdiction;
  if (c.validFrom !== undefined) out.validFrom = c.validFrom;
  if (c.validTo !== undefined) out.validTo = c.validTo;
  if (c.cost !== undefined) out.cost = c.cost;
  if (c.link !== undefined) out.link = c.link;
  if (c.sources !== undefined) out.sources = c.sources;
  return out;
}

function checkUnique(items: { id: string }[], section: string, locator: Locator): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const prev = seen.get(item.id);
    if (prev !== undefined) {
      throw new InputError(
        'E_CONFLICT',
        `duplicate id "${item.id}" (also ${section}[${prev}])`,
        locator.at([section, i, 'id']),
        'give every item its own id',
      );
    }
    seen.set(item.id, i);
  });
}

function buildNetwork(raw: RawScenario, locator: Locator): Network {
  const jurisdictions: Jurisdiction[] = (raw.jurisdictions ?? []).map((j) => {
    const out: Jurisdiction = {
      id: j.id,
      name: j.name,
      enforcement: j.enforcement ?? raw.defaultEnforcement ?? 0.5,
    };
    if (j.sources) out.sources = j.sources;
    return out;
  });
  checkUnique(jurisdictions, 'jurisdictions', locator);
  const jurisdictionIds = new Set(jurisdictions.map((j) => j.id));
  const checkJurisdiction = (id: string | undefined, path: Path): void => {
    if (id !== undefined && !jurisdictionIds.has(id)) {
      throw new InputError(
        'E_REFERENCE',
        `unknown jurisdiction "${id}"`,
        locator.at(path),
        'declare it under jurisdictions:',
      );
    }
  };

  const nodes: NetworkNode[] = raw.nodes.map((n, i) => {
    const extra = n.properties ?? {};
    const names = [n.name, ...(extra.name ?? []).filter((x) => x !== n.name)];
    const node: NetworkNode = {
      id: n.id,
      schema: n.schema,
      role: n.role ?? 'other',
      properties: { ...extra, name: names },
    };
    if (n.designated !== undefined) node.designated = n.designated;
    if (n.jurisdiction !== undefined) {
      checkJurisdiction(n.jurisdiction, ['nodes', i, 'jurisdiction']);
      node.jurisdiction = n.jurisdiction;
    }
    if (n.listed) node.listed = n.listed;
    if (n.designations) node.designations = n.designations;
    if (n.sources) node.sources = n.sources;
    return node;
  });
  checkUnique(nodes, 'nodes', locator);
  const nodeIds = new Set(nodes.map((n) => n.id));

  const checkChannels = (list: RawChannel[], section: string): Channel[] => {
    checkUnique(list, section, locator);
    return list.map((c, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!nodeIds.has(c[end])) {
          throw new InputError(
            'E_REFERENCE',
            `channel "${c.id}" names unknown node "${c[end]}"`,
            locator.at([section, i, end]),
            'define it under nodes:',
          );
        }
      }
      checkJurisdiction(c.jurisdiction, [section, i, 'jurisdiction']);
      if (c.validFrom && c.validTo && c.validFrom > c.validTo) {
        throw new InputError(
          'E_VALUE',
          `validFrom ${c.validFrom} is after validTo ${c.validTo}`,
          locator.at([section, i, 'validTo']),
          'swap or correct the dates',
        );
      }
      return toChannel(c);
    });
  };
  const channels = checkChannels(raw.channels, 'channels');
  const candidates = raw.candidates ? checkChannels(raw.candidates, 'candidates') : undefined;
  const channelIds = new Set(channels.map((c) => c.id));
  if (candidates) {
    candidates.forEach((c, i) => {
      if (channelIds.has(c.id)) {
        throw new InputError(
          'E_CONFLICT',
          `candidate "${c.id}" has the id of an existing channel`,
          locator.at(['candidates', i, 'id']),
          'give it its own id',
        );
      }
    });
  }

  const rawActions = raw.actions ?? [];
  checkUnique(rawActions, 'actions', locator);
  const actions: Action[] = rawActions.map((a, i) => {
    const target: ActionTarget =
      a.target.node !== undefined
        ? { type: 'node', id: a.target.node }
        : a.target.channel !== undefined
          ? { type: 'channel', id: a.target.channel }
          : { type: 'jurisdiction', id: a.target.jurisdiction! };
    const known = target.type === 'node' ? nodeIds : target.type === 'channel' ? channelIds : jurisdictionIds;
    if (!known.has(target.id)) {
      throw new InputError(
        'E_REFERENCE',
        `action "${a.id}" targets unknown ${target.type} "${target.id}"`,
        locator.at(['actions', i, 'target', target.type]),
        `define it under ${target.type === 'node' ? 'nodes' : target.type === 'channel' ? 'channels' : 'jurisdictions'}:`,
      );
    }
    const effect: Action['effect'] =
      a.effect === undefined || a.effect === 'remove'
        ? { type: 'remove' }
        : { type: 'reduce', fraction: a.effect.reduce };
    const action: Action = { id: a.id, kind: a.kind, target, cost: a.cost, effect };
    if (a.label !== undefined) action.label = a.label;
    if (a.sources) action.sources = a.sources;
    return action;
  });

  const network: Network = { id: raw.id, name: raw.name, nodes, channels, jurisdictions, actions };
  if (raw.description !== undefined) network.description = raw.description;
  if (raw.notice !== undefined) network.notice = raw.notice;
  if (raw.defaultEnforcement !== undefined) network.defaultEnforcement = raw.defaultEnforcement;
  if (candidates) network.candidates = candidates;
  return network;
}
