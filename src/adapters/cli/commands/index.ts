// The registry of CLI commands, in the order `interdict --help` lists them.

import type { Command } from '../command.js';
import { datasetCommands } from './datasets.js';
import { demoCommand } from './demo.js';
import { exportFtmCommand } from './export-ftm.js';
import { cutCommand } from './cut.js';
import { flowCommand } from './flow.js';
import { importCommands } from './import.js';
import { listsUpdateCommand } from './lists.js';
import { networkCommands } from './networks.js';
import { pathsCommand } from './paths.js';
import { frontierCommand, planCommand } from './plan.js';
import { rebuildCommand } from './rebuild.js';
import { robustnessCommand } from './robustness.js';
import { scorePairsCommand, screenCommand } from './screen.js';
import { serveCommand } from './serve.js';
import { weakLinksCommand } from './weak-links.js';

export const COMMANDS: Command[] = [
  demoCommand,
  ...networkCommands,
  ...importCommands,
  ...datasetCommands,
  listsUpdateCommand,
  exportFtmCommand,
  screenCommand,
  scorePairsCommand,
  pathsCommand,
  flowCommand,
  cutCommand,
  weakLinksCommand,
  robustnessCommand,
  planCommand,
  frontierCommand,
  rebuildCommand,
  serveCommand,
];
