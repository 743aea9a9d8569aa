// Every parser, fed seeded random and mutated inputs: each either succeeds or
// throws a located InputError; none crashes with another error or hangs.
// Seeds are fixed, so a failure names an input that can be replayed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../graph/prng.js';
import { InputError } from '../model/errors.js';
import { splitCsvLine } from './csv-line.js';
import { parseDimacs } from './dimacs.js';
import { parseEdgeList } from './edge-list.js';
import { parseFtmJson } from './ftm-json.js';
import { parseFtmNetwork } from './ftm-network.js';
import { parseOfacCsv } from './ofac-csv.js';
import { parseOfacXml } from './ofac-xml.js';
import { parseScenario } from './scenario.js';
import { readScreeningQueries } from './screening-queries.js';
import { parseUnXml } from './un-xml.js';

const ROOT = join(import.meta.dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'latin1');
const head = (text: string, lines: number) => text.split('\n').slice(0, lines).join('\n');

/** Characters that matter to the formats, plus any code unit now and then. */
const ALPHABET = '",;:{}[]<>/=&#\'-0123456789 \n\r\t\u001a\u0000\ufffdabcXYZ';

function mutate(base: string, next: () => number): string {
  const pick = (n: number) => Math.floor(next() * n);
  let s = base;
  const edits = 1 + pick(6);
  for (let e = 0; e < edits; e++) {
    const at = pick(s.length + 1);
    switch (pick(7)) {
      case 0: // delete a span
        s = s.slice(0, at) + s.slice(at + pick(40));
        break;
      case 1: // insert format characters
        s = s.slice(0, at) + ALPHABET[pick(ALPHABET.length)]!.repeat(1 + pick(4)) + s.slice(at);
        break;
      case 2: // duplicate a span
        s = s.slice(0, at) + s.slice(at, at + pick(200)) + s.slice(at);
        break;
      case 3: // truncate
        s = s.slice(0, at);
        break;
      case 4: // replace one code unit with anything
        s = s.slice(0, at) + String.fromCharCode(pick(0x10000)) + s.slice(at + 1);
        break;
      case 5: // nest
        s = s.slice(0, at) + (next() < 0.5 ? '[' : '<a>').repeat(1 + pick(200)) + s.slice(at);
        break;
      default:
        {
          // swap two spans
          const b = pick(s.length + 1);
          const [x, y] = at < b ? [at, b] : [b, at];
          s = s.slice(y) + s.slice(x, y) + s.slice(0, x);
        }
        break;
    }
  }
  return s;
}

function random(next: () => number): string {
  const n = Math.floor(next() * 300);
  let s = '';
  for (let i = 0; i < n; i++)
    s +=
      next() < 0.8
        ? ALPHABET[Math.floor(next() * ALPHABET.length)]
        : String.fromCharCode(Math.floor(next() * 0x10000));
  return s;
}

async function drain(it: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of it) n++;
  return n;
}

/** Screening rows carry their own located error (the batch goes on): surface the first as a refusal. */
async function drainRows(it: AsyncIterable<{ error?: InputError }>): Promise<number> {
  let n = 0;
  for await (const row of it) {
    if (row.error) throw row.error;
    n++;
  }
  return n;
}

const lines = (text: string) => text.split('\n');

/** The UN demo list cut to its first two records, still a whole document. */
function unSample(): string {
  const text = read('data/lists/un-consolidated-2026-02-27-demo.xml');
  const first = text.indexOf('</INDIVIDUAL>') + '</INDIVIDUAL>'.length;
  const second = text.indexOf('</INDIVIDUAL>', first) + '</INDIVIDUAL>'.length;
  return `${text.slice(0, second)}\n</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n`;
}

type Parser = (text: string) => Promise<unknown>;

const SDN = 'data/lists/ofac-sdn-2021-07-demo';
const PARSERS: Record<string, { seed: string; parse: Parser }> = {
  'OFAC CSV': {
    seed: head(read(`${SDN}/sdn.csv`), 12) + '\n\u001a',
    parse: (text) =>
      drain(
        parseOfacCsv({
          main: { name: 'sdn.csv', lines: () => lines(text), requireEndMarker: true },
          alt: { name: 'alt.csv', lines: () => lines(head(read(`${SDN}/alt.csv`), 20)) },
          add: { name: 'add.csv', lines: () => lines(head(read(`${SDN}/add.csv`), 20)) },
        }),
      ),
  },
  'OFAC XML': {
    seed: read('src/core/ingest/fixtures/ofac-sdn-sample.xml').slice(0, 6000),
    parse: (text) => drain(parseOfacXml('sdn.xml', [text])),
  },
  'UN XML': {
    seed: unSample(),
    parse: (text) => drain(parseUnXml('consolidated.xml', [text])),
  },
  'FtM JSON lines': {
    seed: [
      '{"id":"a","schema":"Person","properties":{"name":["Ali Khamenei"],"birthDate":["1939"]}}',
      '{"id":"b","schema":"Organization","properties":{"name":["Hizballah"]},"datasets":["x"]}',
      '{"id":"c","schema":"Ownership","properties":{"owner":["b"],"asset":["a"]}}',
    ].join('\n'),
    parse: (text) => drain(parseFtmJson('e.ftm.json', lines(text))),
  },
  'FtM network': {
    seed: [
      '{"id":"a","schema":"Person","properties":{"name":["A"]}}',
      '{"id":"b","schema":"Organization","properties":{"name":["B"]}}',
      '{"id":"c","schema":"Payment","properties":{"payer":["a"],"beneficiary":["b"],"amount":["5"]}}',
    ].join('\n'),
    parse: (text) => parseFtmNetwork(lines(text), { file: 'n.ftm.json' }),
  },
  scenario: {
    seed: read('data/scenarios/article.yaml'),
    parse: async (text) => parseScenario(text, { file: 'article.yaml' }),
  },
  'scenario JSON': {
    seed: JSON.stringify({
      interdict: 1,
      id: 'x',
      name: 'x',
      nodes: [
        { id: 'a', schema: 'Person', name: 'A', role: 'sponsor' },
        { id: 'b', schema: 'Organization', name: 'B', role: 'recipient' },
      ],
      channels: [{ id: 'c', from: 'a', to: 'b', kind: 'financial', capacity: 5 }],
    }),
    parse: async (text) => parseScenario(text, { file: 'x.json' }),
  },
  'CSV edge list': {
    seed: 'from,to,capacity,cost\ns,a,5,1\na,t,inf,\ns,t,3,2',
    parse: (text) => parseEdgeList(lines(text), { file: 'g.csv' }),
  },
  DIMACS: {
    seed: 'c tiny\np max 3 3\nn 1 s\nn 3 t\na 1 2 5\na 2 3 4\na 1 3 1',
    parse: (text) => parseDimacs(lines(text), { file: 'g.max' }),
  },
  'screening CSV': {
    seed: 'name,schema,birth_date,country\n"Khamenei, Ali",Person,1939-04-19,ir\nHezbollah,Organization,,lb',
    parse: (text) => drainRows(readScreeningQueries(lines(text), { file: 'q.csv', format: 'csv' })),
  },
  'screening JSON lines': {
    seed: '{"name":"Ali Khamenei","schema":"Person"}\n{"properties":{"name":["Hamas"]}}',
    parse: (text) => drainRows(readScreeningQueries(lines(text), { file: 'q.jsonl', format: 'jsonl' })),
  },
  'CSV line': {
    seed: '1,"a, b",-0- ,"say ""hi""",x',
    parse: async (text) => splitCsvLine(text),
  },
};

const ROUNDS = 150;

describe('every parser on random and mutated input', () => {
  for (const [name, { seed, parse }] of Object.entries(PARSERS)) {
    it(`${name}: succeeds or throws a located InputError, ${ROUNDS * 2} seeded inputs`, async () => {
      await parse(seed); // the seed itself is valid
      const next = mulberry32(0x1d1c7 + name.length * 7919);
      let refused = 0;
      for (let i = 0; i < ROUNDS * 2; i++) {
        const input = i % 2 === 0 ? mutate(seed, next) : random(next);
        try {
          await parse(input);
        } catch (e) {
          if (!(e instanceof InputError)) {
            throw new Error(
              `${name}, input ${i} (${JSON.stringify(input.slice(0, 200))}…): ${(e as Error).stack}`,
            );
          }
          expect(e.location, `${name} input ${i}: ${e.message}`).toBeDefined();
          refused++;
        }
      }
      if (name !== 'CSV line') expect(refused).toBeGreaterThan(0);
    });
  }
});
