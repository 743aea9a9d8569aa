import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFtmNetwork } from './ftm-network.js';
import { linesOf } from './lines.js';
import { fixture } from '../../testing/fixtures.js';
import { thrownText } from '../../testing/error-text.js';

const shared = (name: string): string[] => linesOf(readFileSync(fixture(`opensanctions/${name}`), 'utf8'));

describe('FtM networks', () => {
  it('turns the zala sanctions network into actors, ownership channels and designations', async () => {
    const n = await parseFtmNetwork(shared('zala.ftm.json'), { file: 'zala.ftm.json' });
    expect(n.nodes.length).toBe(17); // 6 Person + 11 Company
    const kinds = n.channels.reduce<Record<string, number>>(
      (acc, c) => ({ ...acc, [c.label!]: (acc[c.label!] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toMatchObject({ Ownership: 14, Directorship: 3, Family: 4 });
    expect(n.nodes.some((x) => x.designated)).toBe(true);
  });

  it('turns payments into financial channels whose capacity is the amount', async () => {
    const n = await parseFtmNetwork(shared('parteispenden.ftm.json'));
    const payments = n.channels.filter((c) => c.kind === 'financial');
    // 290 Payment entities; one with two payers becomes two channels.
    expect(new Set(payments.map((c) => c.id.split(':')[0])).size).toBe(290);
    expect(payments.every((c) => c.capacity > 0)).toBe(true);
  });

  it('locates malformed JSON by line and column', async () => {
    expect(
      await thrownText(
        parseFtmNetwork(['{"id":"a","schema":"Person","properties":{}}', '{"id": oops}'], {
          file: 'x.jsonl',
        }),
      ),
    ).toMatch(/^x\.jsonl:2:\d+: malformed JSON/);
  });

  it('rejects an edge that names an entity missing from the file', async () => {
    const lines = [
      '{"id":"a","schema":"Person","properties":{"name":["A"]}}',
      '{"id":"o","schema":"Ownership","properties":{"owner":["a"],"asset":["ghost"]}}',
    ];
    expect(await thrownText(parseFtmNetwork(lines, { file: 'x.jsonl' }))).toMatch(
      'x.jsonl:2 at properties.asset: Ownership "o" names unknown entity "ghost" as asset; include that entity in the file',
    );
  });
});
