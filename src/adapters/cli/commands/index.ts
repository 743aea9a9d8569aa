// The registry of CLI commands, in the order `interdict --help` lists them.
// Each entry names a command and loads its module only when it runs, so that
// `interdict --help` or a small `interdict plan` does not pay for the server,
// the solver or the screening tables. `registry.test.ts` checks that every
// entry's words and summary match the module it loads.

import type { Command } from '../command.js';

export interface CommandEntry {
  /** Words that select the command, e.g. `['networks', 'import']`. */
  path: string[];
  summary: string;
  /** Shown under "Examples" in `interdict --help` (featured commands only). */
  example?: string;
  load(): Promise<Command>;
}

function pick(list: Command[], word: string): Command {
  const found = list.find((c) => c.path[1] === word);
  if (!found) throw new Error(`command module lacks "${word}"`);
  return found;
}

export const COMMAND_ENTRIES: CommandEntry[] = [
  {
    path: ['demo'],
    summary: "Load the article's network and walk through it",
    example: 'interdict demo',
    load: async () => (await import('./demo.js')).demoCommand,
  },
  {
    path: ['networks', 'import'],
    summary: 'Store a network file (scenario YAML/JSON, FtM, CSV edge list, DIMACS) as a new version',
    load: async () => pick((await import('./networks.js')).networkCommands, 'import'),
  },
  {
    path: ['networks', 'list'],
    summary: 'List stored networks (latest version of each)',
    load: async () => pick((await import('./networks.js')).networkCommands, 'list'),
  },
  {
    path: ['networks', 'show'],
    summary: 'Show a network: actors by role and its channels',
    load: async () => pick((await import('./networks.js')).networkCommands, 'show'),
  },
  {
    path: ['networks', 'versions'],
    summary: 'List every stored version of a network',
    load: async () => pick((await import('./networks.js')).networkCommands, 'versions'),
  },
  {
    path: ['networks', 'diff'],
    summary: 'What changed between two stored versions of a network',
    load: async () => pick((await import('./networks.js')).networkCommands, 'diff'),
  },
  {
    path: ['networks', 'export'],
    summary: 'Write a network as a scenario file (YAML, or JSON with --format json)',
    load: async () => pick((await import('./networks.js')).networkCommands, 'export'),
  },
  {
    path: ['networks', 'build'],
    summary: 'Build a network from stored lists and FtM datasets around seed entities',
    load: async () => pick((await import('./networks-build.js')).networkBuildCommands, 'build'),
  },
  {
    path: ['networks', 'link'],
    summary: 'Tie an actor of a stored network to the list entity it stands for (accept a screening result)',
    load: async () => pick((await import('./networks-build.js')).networkBuildCommands, 'link'),
  },
  {
    path: ['networks', 'merge'],
    summary: 'Merge a built network into a scenario: actors unified by list id, sources kept',
    load: async () => pick((await import('./networks-build.js')).networkBuildCommands, 'merge'),
  },
  {
    path: ['networks', 'associate'],
    summary:
      'Association analysis (unit capacities): centrality, bridges, cut vertices, separator, communities',
    load: async () => pick((await import('./networks-build.js')).networkBuildCommands, 'associate'),
  },
  {
    path: ['networks', 'timeline'],
    summary: 'What a newer list version added around the seeds: new entities linked to listed ones',
    load: async () => pick((await import('./networks-build.js')).networkBuildCommands, 'timeline'),
  },
  {
    path: ['import', 'ofac-csv'],
    summary: 'Import an OFAC legacy CSV set (sdn.csv … or cons_*.csv) from a folder',
    example: 'interdict import ofac-csv ./ofac --dataset us_ofac_sdn',
    load: async () => pick((await import('./import.js')).importCommands, 'ofac-csv'),
  },
  {
    path: ['import', 'ofac-xml'],
    summary: "Import OFAC's sdn.xml or consolidated.xml",
    load: async () => pick((await import('./import.js')).importCommands, 'ofac-xml'),
  },
  {
    path: ['import', 'un-xml'],
    summary: 'Import the UN Security Council consolidated list (XML)',
    load: async () => pick((await import('./import.js')).importCommands, 'un-xml'),
  },
  {
    path: ['import', 'ftm'],
    summary: 'Import FollowTheMoney JSON lines (OpenSanctions exports)',
    load: async () => pick((await import('./import.js')).importCommands, 'ftm'),
  },
  {
    path: ['datasets', 'list'],
    summary: 'List stored datasets (latest version of each)',
    load: async () => pick((await import('./datasets.js')).datasetCommands, 'list'),
  },
  {
    path: ['datasets', 'diff'],
    summary: 'Show the entities added, removed and changed between two dataset versions',
    load: async () => pick((await import('./datasets.js')).datasetCommands, 'diff'),
  },
  {
    path: ['lists', 'update'],
    summary: 'Fetch the official OFAC and UN lists and import the ones that changed',
    load: async () => (await import('./lists.js')).listsUpdateCommand,
  },
  {
    path: ['export', 'ftm'],
    summary: 'Write a stored dataset as FollowTheMoney JSON lines',
    load: async () => (await import('./export-ftm.js')).exportFtmCommand,
  },
  {
    path: ['screen'],
    summary: 'Screen a name (or a CSV/JSONL batch, or a network’s actors) against the stored lists',
    example: 'interdict screen "Mohammed Ali" --schema Person',
    load: async () => (await import('./screen.js')).screenCommand,
  },
  {
    path: ['worker'],
    summary: 'Screen chunks of distributed batch runs from the PostgreSQL queue until stopped',
    load: async () => (await import('./worker.js')).workerCommand,
  },
  {
    path: ['score-pairs'],
    summary: 'Score name pairs from a CSV (name1,name2[,schema]) for evaluation',
    load: async () => (await import('./screen.js')).scorePairsCommand,
  },
  {
    path: ['paths'],
    summary: 'List sponsor → recipient paths with bottleneck capacity and joint confidence',
    example: 'interdict paths data/scenarios/article.yaml',
    load: async () => (await import('./paths.js')).pathsCommand,
  },
  {
    path: ['flow'],
    summary: 'Maximum flow from sponsors to recipients, its minimum cut and flow paths',
    example: 'interdict flow data/scenarios/article.yaml',
    load: async () => (await import('./flow.js')).flowCommand,
  },
  {
    path: ['cut'],
    summary:
      'Minimum cut: the channels (or with --vertex the actors) that disconnect sponsors from recipients',
    load: async () => (await import('./cut.js')).cutCommand,
  },
  {
    path: ['weak-links'],
    summary: 'Jurisdictions and transit actors carrying much of the flow under weak enforcement',
    load: async () => (await import('./weak-links.js')).weakLinksCommand,
  },
  {
    path: ['robustness'],
    summary:
      'Monte Carlo over uncertain channels: max-flow distribution and chance the network stays connected',
    load: async () => (await import('./robustness.js')).robustnessCommand,
  },
  {
    path: ['plan'],
    summary: 'The cheapest measures that cut the recipient off: best plan for a budget, explained',
    example: 'interdict plan data/scenarios/article.yaml --budget 3',
    load: async () => (await import('./plan.js')).planCommand,
  },
  {
    path: ['frontier'],
    summary: 'Budget vs residual flow: the best plan for every budget until the recipient is cut off',
    load: async () => (await import('./plan.js')).frontierCommand,
  },
  {
    path: ['rebuild'],
    summary: "The adversary's best rebuild against a plan (--robust: the plan best against it)",
    example:
      'interdict plan data/scenarios/article.yaml --budget 6 --json > plan.json && interdict rebuild data/scenarios/article.yaml --plan plan.json --rebuild-budget 3',
    load: async () => (await import('./rebuild.js')).rebuildCommand,
  },
  {
    path: ['report'],
    summary:
      'A report to hand over: network picture, flows, chokepoints, plan, frontier, rebuild (HTML or PDF)',
    example: 'interdict report data/scenarios/article.yaml --budget 4 --output article.pdf',
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    path: ['report', 'screening'],
    summary: 'A screening dossier to file: query, candidates explained, decision, list versions, audit trail',
    load: async () => (await import('./report-screening.js')).reportScreeningCommand,
  },
  {
    path: ['report', 'monitor'],
    summary: 'The monitoring digest: alerts of a period with their evidence pictures, decisions, audit trail',
    load: async () => (await import('./report-monitor.js')).reportMonitorCommand,
  },
  {
    path: ['watch', 'add'],
    summary: 'Watch a stored network under its adopted plan, or a book of counterparties against lists',
    load: async () => pick((await import('./watch.js')).watchCommands, 'add'),
  },
  {
    path: ['watch', 'list'],
    summary: 'List watches',
    load: async () => pick((await import('./watch.js')).watchCommands, 'list'),
  },
  {
    path: ['watch', 'remove'],
    summary: 'Remove a watch (its alerts and decisions are kept)',
    load: async () => pick((await import('./watch.js')).watchCommands, 'remove'),
  },
  {
    path: ['monitor', 'run'],
    summary: 'Evaluate the watches over new snapshots; exit 1 when new alerts were raised (for cron)',
    example: 'interdict monitor run --once',
    load: async () => pick((await import('./monitor.js')).monitorCommands, 'run'),
  },
  {
    path: ['monitor', 'alerts'],
    summary: 'List alerts with their evidence',
    load: async () => pick((await import('./monitor.js')).monitorCommands, 'alerts'),
  },
  {
    path: ['monitor', 'ack'],
    summary: 'Acknowledge an open alert',
    load: async () => pick((await import('./monitor.js')).monitorCommands, 'ack'),
  },
  {
    path: ['monitor', 'resolve'],
    summary: 'Resolve an alert: true-match, false-positive, not-material or duplicate (kept as a decision)',
    load: async () => pick((await import('./monitor.js')).monitorCommands, 'resolve'),
  },
  {
    path: ['monitor', 'replay'],
    summary: 'Derive the alerts of past runs again from their snapshots and configuration',
    load: async () => pick((await import('./monitor.js')).monitorCommands, 'replay'),
  },
  {
    path: ['monitor', 'backtest'],
    summary: 'Run a watch over stored versions: how many alerts each threshold would have raised',
    load: async () => pick((await import('./monitor.js')).monitorCommands, 'backtest'),
  },
  {
    path: ['monitor', 'check'],
    summary:
      'Full re-screen of a book watch: lists any pair the reverse re-screening missed (should be none)',
    load: async () => pick((await import('./monitor.js')).monitorCommands, 'check'),
  },
  {
    path: ['serve'],
    summary: 'Serve the HTTP API (OpenAPI at /openapi.json, docs at /docs) and the web app',
    example: 'interdict serve --demo',
    load: async () => (await import('./serve.js')).serveCommand,
  },
];

/** Every command, loaded (for tests and tools; the CLI loads one at a time). */
export async function loadAllCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_ENTRIES.map((e) => e.load()));
}
