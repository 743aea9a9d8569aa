// The demo's "designated network" section: the network the shipped SDN
// records draw around HIZBALLAH, HAMAS and the IRGC-QF, who holds it
// together, what separates the IRGC-QF side from the HAMAS side, and what
// the 2021 designations added to the January 2019 list.

import {
  associationAnalysis,
  type AssociationResult,
  type BuildReport,
} from '../../../core/netbuild/index.js';
import type { DesignationTimeline } from '../../../core/netbuild/timeline.js';
import type { Network } from '../../../core/model/network.js';
import type { Store } from '../../../core/store/store.js';
import {
  buildNetworkFromStore,
  designationTimelineFromStore,
  saveBuilt,
} from '../../../service/network-build.js';
import { encodeNetwork, hashString } from '../../../core/store/codec.js';
import { storeDemoLists } from '../../node/demo-data.js';
import { importList } from '../../node/import-list.js';
import { packagePath } from '../../node/package-root.js';
import type { Io } from '../command.js';
import { formatNumber, table } from '../format.js';
import { heading } from './demo-sections.js';

export const DESIGNATED_NETWORK = 'designated';
const SDN_2021 = 'demo-us-ofac-sdn';
const SDN_2019 = { dataset: 'demo-us-ofac-sdn-2019', path: 'data/lists/ofac-sdn-2019-01-demo' };
const SEEDS = ['HIZBALLAH', 'HAMAS', 'IRGC-QF'];
const HOPS = 2;

/** Build the designated network from the shipped 2021 records; a new version only when it changed. */
export async function storeDesignatedNetwork(
  store: Store,
): Promise<{ network: Network; report: BuildReport; version: number }> {
  await storeDemoLists(store);
  const { network, report } = await buildNetworkFromStore(store, {
    name: DESIGNATED_NETWORK,
    datasets: [{ name: SDN_2021 }],
    around: SEEDS,
    hops: HOPS,
    save: false,
  });
  network.name = 'The designated network around HIZBALLAH, HAMAS and the IRGC-QF (OFAC SDN, July 2021)';
  const hash = hashString(encodeNetwork(network));
  const latest = (await store.listNetworks()).find((v) => v.name === DESIGNATED_NETWORK);
  const version =
    latest && latest.contentHash === hash
      ? latest.version
      : (await saveBuilt(store, network, report)).version;
  return { network, report, version };
}

export interface DesignatedSection {
  network: {
    id: string;
    version: number;
    nodes: number;
    channels: number;
    byKind: BuildReport['counts']['byKind'];
  };
  capacities: 'unit';
  central: AssociationResult['betweenness'];
  cutVertices: AssociationResult['articulationPoints'];
  separator: AssociationResult['separator'];
  communities: number;
  timeline: DesignationTimeline['counts'] & { examples: { id: string; name: string; linkedTo: string[] }[] };
}

export async function designatedNetworkSection(io: Io, store: Store): Promise<DesignatedSection> {
  heading(io, 'The designated network the lists already record');
  const { network, report, version } = await storeDesignatedNetwork(store);
  io.out(
    `Built from the shipped OFAC SDN records (July 2021) around ${SEEDS.join(', ')}, ${HOPS} links out, ` +
      `and stored as "${network.id}" version ${version}: ${formatNumber(report.counts.nodes)} listed entities, ` +
      `${formatNumber(report.counts.channels)} links (${Object.entries(report.counts.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}).\n`,
  );
  io.out('Capacities are unit (1 per link): the lists say who is tied to whom, not how much flows.\n');
  const a = associationAnalysis(network, { top: 5, between: [['IRGC-QF'], ['HAMAS']] });
  io.out('\nMost central (betweenness)\n');
  io.out(
    table(
      ['entity', 'betweenness'],
      (a.betweenness ?? []).map((b) => [b.name, b.score.toFixed(3)]),
    ),
  );
  io.out('\nCut vertices: removing one splits the network\n');
  io.out(
    table(
      ['entity', 'parts', 'entities cut off'],
      a.articulationPoints.map((p) => [p.name, p.splitsInto, p.cutsOff]),
    ),
  );
  const s = a.separator!;
  io.out(
    s.status === 'optimal'
      ? `\nSeparating the IRGC-QF side from the HAMAS side takes ${s.actors.length} entit${s.actors.length === 1 ? 'y' : 'ies'}: ${s.actors.map((x) => `${x.name} (${x.id})`).join(', ')}.\n`
      : `\nThe IRGC-QF and HAMAS sides are ${s.status === 'adjacent' ? 'linked directly' : 'not connected'}.\n`,
  );
  io.out(`${a.communityCount} communities (Louvain, modularity ${a.modularity}).\n`);

  await importList(store, {
    format: 'ofac-csv',
    path: packagePath(SDN_2019.path),
    dataset: SDN_2019.dataset,
    skipIfUnchanged: true,
  });
  const t = (
    await designationTimelineFromStore(store, {
      before: [{ name: SDN_2019.dataset }],
      after: [{ name: SDN_2021 }],
      around: SEEDS,
      hops: HOPS,
    })
  ).timeline;
  io.out(
    `\nWhat the designations added between January 2019 and July 2021: ${t.before.nodes} → ${t.after.nodes} entities; ` +
      `${t.counts.added} joined (${t.counts.newlyListed} newly listed, ${t.counts.addedLinkedToExisting} tied to entities already in the 2019 network).\n`,
  );
  const examples = t.added.filter((x) => x.links.some((l) => l.toExisting)).slice(0, 6);
  io.out(
    table(
      ['joined', 'new on list', 'tied to (already in 2019)', 'record'],
      examples.map((x) => {
        const old = x.links.filter((l) => l.toExisting);
        return [
          x.name,
          x.newlyListed ? 'yes' : 'no',
          old.map((l) => l.toName).join('; '),
          old[0]?.sources[0]?.record ?? '',
        ];
      }),
    ),
  );
  io.out(`Open it on the map: interdict serve --demo, then choose "${network.id}".\n`);
  return {
    network: {
      id: network.id,
      version,
      nodes: report.counts.nodes,
      channels: report.counts.channels,
      byKind: report.counts.byKind,
    },
    capacities: 'unit',
    central: a.betweenness,
    cutVertices: a.articulationPoints,
    separator: a.separator,
    communities: a.communityCount,
    timeline: {
      ...t.counts,
      examples: examples.map((x) => ({
        id: x.id,
        name: x.name,
        linkedTo: x.links.filter((l) => l.toExisting).map((l) => l.to),
      })),
    },
  };
}
