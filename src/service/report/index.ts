// Reports people can hand over: pure functions from computed data to
// standalone HTML (inline SVG pictures, inline styles, no scripts). Adapters
// print them to PDF and write bundles.
//   networkReportData(input) → NetworkReportData    (flows, cuts, plan, frontier, rebuild, layout)
//   render({ kind: 'network' }, data) → HTML
//   renderNetworkReport(data) → { html, figures, sections }   (figures carry their label boxes)
//   monitorDigestData(deps, { watch, since, until }) → DigestData; render({ kind: 'monitor' }, data)

import type { DigestData } from './monitor-digest-data.js';
import { renderMonitorDigest } from './monitor-digest.js';
import type { NetworkReportData } from './network-data.js';
import { renderNetworkReport } from './network-report.js';
import { renderScreeningDossier, type DossierData } from './screening-report.js';

export * from './network-data.js';
export * from './network-report.js';
export { layeredLayout, LAYOUT_DEFAULTS, type Layout, type LayoutOptions } from './layout.js';
export { boxesIntersect, intersectingPairs, placeLabels, type Box, type LabelBox } from './labels.js';

export type ReportKind = { kind: 'network' } | { kind: 'screening' } | { kind: 'monitor' };

/** One entry point for every report: the same pure render behind the CLI, the API and the web app. */
export function render(report: { kind: 'network' }, data: NetworkReportData): string;
export function render(report: { kind: 'screening' }, data: DossierData): string;
export function render(report: { kind: 'monitor' }, data: DigestData): string;
export function render(report: ReportKind, data: NetworkReportData | DossierData | DigestData): string {
  switch (report.kind) {
    case 'network':
      return renderNetworkReport(data as NetworkReportData).html;
    case 'screening':
      return renderScreeningDossier(data as DossierData).html;
    case 'monitor':
      return renderMonitorDigest(data as DigestData).html;
  }
}
export * from './screening-report.js';
export * from './audit-dossier.js';
export { networkFtmLines, actorsCsv, channelsCsv } from './bundle-data.js';
export * from './monitor-digest-data.js';
export * from './monitor-digest.js';
