import { readFileSync } from 'node:fs';
import { catchError, errorText, thrownText } from '../../testing/error-text.js';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../testing/fixtures.js';
import { parseFtmLine } from '../ingest/ftm-network.js';
import type { Entity } from '../model/entity.js';
import { buildNetwork } from './build.js';
import { collectLinks, fold, type DatasetInput } from './collect.js';
import { foldText } from '../match/fold.js';

const party = (
  id: string,
  name: string,
  props: Record<string, string[]> = {},
  schema = 'Organization',
): Entity => ({
  id,
  schema,
  properties: {
    name: [name],
    topics: ['sanction'],
    sourceRecord: [`sdn.csv:${id.length}: row of ${id}`],
    ...props,
  },
});
const sanction = (id: string, props: Record<string, string[]> = {}): Entity => ({
  id: `${id}-sanction`,
  schema: 'Sanction',
  properties: { entity: [id], authority: ['Office of Foreign Assets Control'], program: ['SDGT'], ...props },
});
const linkedTo = (from: string, to: string): Entity => ({
  id: `${from}-linked-${to}`,
  schema: 'UnknownLink',
  properties: { subject: [from], object: [to], role: ['Linked To'] },
});

/** A chain seed — a — b — c by "Linked To", plus values shared across it. */
function chain(): Entity[] {
  return [
    party('ofac-1', 'SEED GROUP'),
    party('ofac-2', 'ALPHA TRADING', { address: ['12 Harbour Road, Beirut'], phone: ['+961 1 234567'] }),
    party('ofac-3', 'BETA EXCHANGE'),
    party('ofac-4', 'GAMMA HOLDING'),
    party('ofac-5', 'DELTA SHIPPING', { address: ['12 Harbour Road, Beirut'] }),
    party('ofac-6', 'EPSILON FRONT', { phone: ['00961 1 234567'], address: ['Beirut'] }),
    party('ofac-7', 'ZETA CITY', { address: ['Beirut'] }),
    ...['ofac-1', 'ofac-2', 'ofac-3', 'ofac-4'].map((id) => sanction(id)),
    linkedTo('ofac-2', 'ofac-1'),
    linkedTo('ofac-3', 'ofac-2'),
    linkedTo('ofac-4', 'ofac-3'),
    {
      id: 'ofac-9-linked-name-x',
      schema: 'UnknownLink',
      properties: { subject: ['ofac-4'], description: ['NOT LISTED'] },
    },
  ];
}

const input = (entities: Entity[], name = 'sdn', version = 3): DatasetInput => ({ name, version, entities });

describe('building a network from list records', () => {
  it('keeps the parties within N links of the seed and every link between them', async () => {
    const index = await collectLinks([input(chain())]);
    const { network, report } = buildNetwork(index, {
      id: 'net',
      seeds: ['ofac-1'],
      hops: 1,
      linkKinds: ['linked-to'],
    });
    expect(network.nodes.map((n) => n.id).sort()).toEqual(['ofac-1', 'ofac-2']);
    expect(network.channels).toHaveLength(1);
    const two = buildNetwork(index, { id: 'net', seeds: ['ofac-1'], hops: 2, linkKinds: ['linked-to'] });
    expect(two.network.nodes.map((n) => n.id).sort()).toEqual(['ofac-1', 'ofac-2', 'ofac-3']);
    expect(two.report.depth).toEqual({ 'ofac-1': 0, 'ofac-2': 1, 'ofac-3': 2 });
    expect(report.capacities).toBe('unit');
    expect(report.unresolvedLinks).toBe(1);
  });

  it('gives each link its provenance and a confidence by kind: stated > shared identifier > shared address', async () => {
    const index = await collectLinks([input(chain())]);
    const { network } = buildNetwork(index, { id: 'net', seeds: ['SEED GROUP'], hops: 3 });
    const byKind = Object.fromEntries(network.channels.map((c) => [c.link!, c]));
    expect(byKind['linked-to']).toMatchObject({
      capacity: 1,
      confidence: 0.9,
      confidenceLabel: 'confirmed',
      kind: 'unknown',
    });
    expect(byKind['shared-identifier']).toMatchObject({ confidence: 0.7, confidenceLabel: 'reported' });
    expect(byKind['shared-address']).toMatchObject({ confidence: 0.4, confidenceLabel: 'alleged' });
    const stated = network.channels.find((c) => c.id === 'linked-to:ofac-2:ofac-1')!;
    expect(stated.label).toBe('Linked To: SEED GROUP');
    expect(stated.sources).toEqual([
      {
        citation: 'sdn@3 sdn.csv:6',
        dataset: 'sdn',
        datasetVersion: 3,
        record: 'sdn.csv:6',
        quote: 'Linked To: SEED GROUP',
      },
    ]);
    // The phone number, written two ways, links ALPHA and EPSILON; both records are cited.
    const phone = network.channels.find((c) => c.link === 'shared-identifier')!;
    expect([phone.from, phone.to]).toEqual(['ofac-2', 'ofac-6']);
    expect(phone.sources!.map((s) => s.quote)).toEqual(['phone +961 1 234567', 'phone 00961 1 234567']);
    // A street address links; a bare city ("Beirut") does not.
    const address = network.channels.filter((c) => c.link === 'shared-address');
    expect(address.map((c) => [c.from, c.to])).toEqual([['ofac-2', 'ofac-5']]);
    expect(network.nodes.some((n) => n.id === 'ofac-7')).toBe(false);
    expect(network.notice).toMatch(/unit capacity/);
  });

  it('marks listed actors with their list id and the designations naming them', async () => {
    const index = await collectLinks([input(chain())]);
    const { network } = buildNetwork(index, { id: 'net', seeds: ['ofac-1'], hops: 0 });
    expect(network.nodes[0]).toMatchObject({
      id: 'ofac-1',
      designated: true,
      listed: ['ofac-1'],
      designations: [
        {
          authority: 'Office of Foreign Assets Control',
          programs: ['SDGT'],
          entity: 'ofac-1',
          dataset: 'sdn',
          datasetVersion: 3,
        },
      ],
    });
    expect(network.nodes[0]!.properties.sourceRecord).toBeUndefined();
  });

  it('skips a value shared by more records than maxShared', async () => {
    const index = await collectLinks([input(chain())]);
    const { report, network } = buildNetwork(index, {
      id: 'net',
      seeds: ['ofac-2'],
      hops: 1,
      linkKinds: ['shared-address'],
      maxShared: 1,
    });
    expect(report.skippedShared).toBe(1);
    expect(network.nodes.map((n) => n.id)).toEqual(['ofac-2']);
  });

  it('resolves a seed by exact folded name and says so; an unknown seed is an error naming the datasets', async () => {
    const index = await collectLinks([input(chain())]);
    const { report } = buildNetwork(index, { id: 'net', seeds: ['  alpha trading '.trim()], hops: 0 });
    expect(report.seeds).toEqual([{ query: 'alpha trading', how: 'name', ids: ['ofac-2'] }]);
    expect(await thrownText(() => buildNetwork(index, { id: 'net', seeds: ['ALPHA TRADE'] }))).toMatch(
      /no entity with id or name "ALPHA TRADE" in sdn@3; give an entity id/,
    );
    expect(() => buildNetwork(index, { id: 'net', seeds: ['ofac-1'], hops: -1 })).toThrow(/hops must be/);
    // The fix names the option the way each face takes it.
    const hops = errorText(catchError(() => buildNetwork(index, { id: 'net', seeds: ['ofac-1'], hops: 11 })));
    expect(hops).toMatchObject({ code: 'E_USAGE', location: { field: 'hops' }, hint: 'pass {hops=2}' });
    expect(hops.text).toBe('hops must be a whole number 0–10, got 11; pass --hops 2');
  });

  it('links a UN record to the entry whose reference number it cites, and a vessel to its listed owner', async () => {
    const un = [
      party('un-1', 'AL-QAIDA'),
      party('un-2', 'SOME BRIGADE', {
        notes: ['Founded in 2002. Associated with Al-Qaida (QDe.004). Active in the region.'],
      }),
      sanction('un-1', {
        authority: ['United Nations Security Council'],
        unscId: ['QDe.004'],
        listingDate: ['2001-10-06'],
      }),
      sanction('un-2', { authority: ['United Nations Security Council'], unscId: ['QDe.150'] }),
    ];
    const sdn = [
      party('ofac-10', 'TANKER COMPANY'),
      party('ofac-11', 'SEA STAR', { ownerName: ['TANKER COMPANY'] }, 'Vessel'),
      sanction('ofac-10'),
      sanction('ofac-11'),
    ];
    const index = await collectLinks([input(un, 'un', 1), input(sdn, 'sdn', 2)]);
    const a = buildNetwork(index, { id: 'n', seeds: ['un-2'], hops: 1 }).network;
    expect(a.channels).toEqual([
      expect.objectContaining({
        from: 'un-2',
        to: 'un-1',
        link: 'un-reference',
        sources: [expect.objectContaining({ dataset: 'un', quote: 'Associated with Al-Qaida (QDe.004).' })],
      }),
    ]);
    expect(a.nodes.find((n) => n.id === 'un-1')!.designations![0]!.listingDate).toBe('2001-10-06');
    const b = buildNetwork(index, { id: 'n', seeds: ['SEA STAR'], hops: 1 }).network;
    expect(b.channels).toEqual([
      expect.objectContaining({ from: 'ofac-10', to: 'ofac-11', link: 'vessel-owner', kind: 'ownership' }),
    ]);
  });

  it('as of a date, leaves out links not yet in force and parties listed later', async () => {
    const entities = [
      party('a', 'A'),
      party('b', 'B'),
      party('c', 'C'),
      sanction('a', { listingDate: ['2010-01-01'] }),
      sanction('b', { listingDate: ['2020-05-01'] }),
      {
        id: 'own',
        schema: 'Ownership',
        properties: { owner: ['a'], asset: ['c'], startDate: ['2015-01-01'] },
      },
      linkedTo('b', 'a'),
    ];
    const index = await collectLinks([input(entities)]);
    const ids = (asOf: string) =>
      buildNetwork(index, { id: 'n', seeds: ['a'], hops: 1, asOf })
        .network.nodes.map((n) => n.id)
        .sort();
    expect(ids('2012-01-01')).toEqual(['a']);
    expect(ids('2016-01-01')).toEqual(['a', 'c']);
    expect(ids('2021-01-01')).toEqual(['a', 'b', 'c']);
  });

  it('reads FtM edges, passports and addresses from a real OpenSanctions export', async () => {
    const entities = readFileSync(fixture('opensanctions/zala.ftm.json'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l, i) => parseFtmLine(l, 'zala.ftm.json', i + 1));
    const index = await collectLinks([input(entities, 'zala', 1)]);
    const people = entities.filter((e) => e.schema === 'Person');
    const { network, report } = buildNetwork(index, { id: 'zala', seeds: [people[0]!.id], hops: 3 });
    const kinds = new Set(network.channels.map((c) => c.link));
    expect(kinds.has('ownership')).toBe(true);
    expect(network.nodes.length).toBeGreaterThan(5);
    // Every FtM edge channel cites the edge entity it came from.
    for (const c of network.channels.filter((x) => x.link === 'ownership'))
      expect(entities.some((e) => e.id === c.sources![0]!.record && e.schema === 'Ownership')).toBe(true);
    expect(report.counts.channels).toBe(network.channels.length);
  });
});

describe('name folding for seeds and shared values', () => {
  it('gives the matcher’s folding on plain ASCII and defers to it otherwise', () => {
    for (const s of [
      'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE',
      "Sa'id  AL-JAMAL ",
      'BAZZI, Mohammad Ibrahim',
      'Ḥizbu’llāh',
      'حزب الله',
      'Müller & Söhne GmbH',
    ])
      expect(fold(s)).toBe(foldText(s));
  });
});
