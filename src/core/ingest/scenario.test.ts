import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario.js';
import { writeScenarioJson, writeScenarioYaml } from './scenario-write.js';
import { SCENARIO_SCHEMA } from './scenario-schema.js';
import { quotedFrom } from '../../testing/article-fingerprint.js';
import { fixture } from '../../testing/fixtures.js';
import { errorText, type ErrorText } from '../../testing/error-text.js';

const ARTICLE_SCENARIO = 'data/scenarios/article.yaml';

const minimal = `interdict: 1
id: tiny
name: Tiny
nodes:
  - { id: s, schema: Country, name: Sponsor, role: sponsor }
  - { id: t, schema: Organization, name: Recipient, role: recipient }
channels:
  - { id: c1, from: s, to: t, kind: financial, capacity: 5 }
`;

function errorOf(text: string): ErrorText {
  try {
    parseScenario(text, { file: 'bad.yaml' });
  } catch (e) {
    return errorText(e);
  }
  throw new Error('expected an error');
}

describe('scenario files', () => {
  it('reads a minimal scenario with defaults for role, confidence and enforcement', () => {
    const n = parseScenario(minimal);
    expect(n.nodes.map((x) => x.role)).toEqual(['sponsor', 'recipient']);
    expect(n.channels[0]).toMatchObject({ capacity: 5, confidence: 1, confidenceLabel: 'confirmed' });
    expect(n.actions).toEqual([]);
  });

  it('reads unlimited capacity and confidence labels', () => {
    const n = parseScenario(minimal.replace('capacity: 5', 'capacity: unlimited, confidence: alleged'));
    expect(n.channels[0]!.capacity).toBe(Infinity);
    expect(n.channels[0]).toMatchObject({ confidenceLabel: 'alleged', confidence: 0.4 });
  });

  it('round-trips the article scenario through YAML and JSON unchanged', () => {
    const network = parseScenario(readFileSync(ARTICLE_SCENARIO, 'utf8'), { file: ARTICLE_SCENARIO });
    expect(parseScenario(writeScenarioYaml(network))).toEqual(network);
    expect(parseScenario(writeScenarioJson(network))).toEqual(network);
  });

  it('names the line and column of malformed YAML', () => {
    const e = errorOf('interdict: 1\nid: x\nnodes: [\n  {id: a\n');
    expect(e.code).toBe('E_PARSE');
    expect(e.text).toMatch(/^bad\.yaml:\d+:\d+: malformed YAML/);
  });

  it('names the line, column and node of a channel that refers to an unknown node', () => {
    const e = errorOf(minimal.replace('to: t,', 'to: unit-190,'));
    expect(e.code).toBe('E_REFERENCE');
    expect(e.text).toBe(
      'bad.yaml:8:28 at channels[0].to: channel "c1" names unknown node "unit-190"; define it under nodes:',
    );
  });

  it('rejects a negative capacity at its position', () => {
    const e = errorOf(minimal.replace('capacity: 5', 'capacity: -5'));
    expect(e.code).toBe('E_SCHEMA');
    expect(e.text).toMatch(
      /^bad\.yaml:8:\d+ at channels\[0\]\.capacity: capacity must be a number ≥ 0 or "unlimited"/,
    );
  });

  it('rejects a non-numeric capacity', () => {
    expect(errorOf(minimal.replace('capacity: 5', 'capacity: lots')).text).toMatch(
      /channels\[0\]\.capacity: capacity must be/,
    );
  });

  it('rejects unknown fields and names them', () => {
    const e = errorOf(minimal.replace('kind: financial', 'kind: financial, capcity: 3'));
    expect(e.text).toMatch(/channels\[0\]\.capcity: unknown field "capcity"/);
  });

  it('rejects duplicate ids', () => {
    const e = errorOf(minimal.replace('id: t,', 'id: s,'));
    expect(e.code).toBe('E_CONFLICT');
    expect(e.text).toMatch(/nodes\[1\]\.id: duplicate id "s"/);
  });

  it('rejects actions on unknown targets', () => {
    const e = errorOf(
      minimal + 'actions:\n  - { id: a1, kind: designate, target: { node: ghost }, cost: 1 }\n',
    );
    expect(e.text).toMatch(
      /actions\[0\]\.target\.node: action "a1" targets unknown node "ghost"; define it under nodes:/,
    );
  });

  it('keeps the committed JSON Schema equal to the one the reader validates with', () => {
    expect(JSON.parse(readFileSync('schema/scenario.schema.json', 'utf8'))).toEqual(SCENARIO_SCHEMA);
  });
});

describe('the article scenario', () => {
  const network = parseScenario(readFileSync(ARTICLE_SCENARIO, 'utf8'), { file: ARTICLE_SCENARIO });
  // The article's fingerprint (test/fixtures/README.md): quotes are checked
  // against runs of its words without the repository holding its text.
  const article = new Set(
    readFileSync(fixture('seed/article.shingles.txt'), 'utf8').split('\n').filter(Boolean),
  );

  it('has the actors the article names, with one sponsor and two recipients', () => {
    const ids = network.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'iran',
        'khamenei',
        'quds-force',
        'unit-190',
        'aid-fronts',
        'religious-fronts',
        'beirut-airport',
        'egypt',
        'hamas',
        'hezbollah',
      ]),
    );
    expect(network.nodes.filter((n) => n.role === 'sponsor').map((n) => n.id)).toEqual(['iran']);
    expect(network.nodes.filter((n) => n.role === 'recipient').map((n) => n.id)).toEqual([
      'hamas',
      'hezbollah',
    ]);
  });

  it('quotes the article verbatim for every node, channel, action and candidate', () => {
    const items = [...network.nodes, ...network.channels, ...network.actions, ...(network.candidates ?? [])];
    for (const item of items) {
      const quotes = (item.sources ?? []).map((s) => s.quote).filter((q): q is string => !!q);
      expect(quotes.length, `${item.id} cites the article`).toBeGreaterThan(0);
      for (const q of quotes) expect(quotedFrom(q, article), `${item.id}: ${q}`).toBe(true);
    }
  });

  it('does not take a quotation with one word changed for the article', () => {
    const quote = network.channels.flatMap((c) => c.sources ?? []).find((x) => x.quote)!.quote!;
    expect(quotedFrom(quote, article)).toBe(true);
    const words = quote.split(' ');
    words[Math.floor(words.length / 2)] = 'never';
    expect(quotedFrom(words.join(' '), article)).toBe(false);
  });

  it('says that its figures are illustrative', () => {
    expect(network.notice).toMatch(/illustrative/i);
  });
});
