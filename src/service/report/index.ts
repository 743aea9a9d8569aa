// Reports people can hand over: pure functions from computed data to
// standalone HTML (inline SVG pictures, inline styles, no scripts). Adapters
// print them to PDF and write bundles.
//   networkReportData(input) → NetworkReportData    (flows, cuts, plan, frontier, rebuild, layout)
//   render({ kind: 'network' }, data) → HTML
//   renderNetworkReport(data) → { html, figures, sections }   (figures carry their label boxes)

import type { NetworkReportData } from './network-data.js';
import { renderNetworkReport } from './network-report.js';

export * from './network-data.js';
export * from './network-report.js';
export { layeredLayout, LAYOUT_DEFAULTS, type Layout, type LayoutOptions } from './layout.js';
export { boxesIntersect, intersectingPairs, placeLabels, type Box, type LabelBox } from './labels.js';

export type ReportKind = { kind: 'network' };

export function render(report: ReportKind, data: NetworkReportData): string {
  switch (report.kind) {
    case 'network':
      return renderNetworkReport(data).html;
  }
}
export * from './screening-report.js';
export * from './audit-dossier.js';
export { networkFtmLines, actorsCsv, channelsCsv } from './bundle-data.js';
