// The registry of CLI commands, in the order `interdict --help` lists them.

import type { Command } from '../command.js';
import { demoCommand } from './demo.js';
import { networkCommands } from './networks.js';
import { pathsCommand } from './paths.js';

export const COMMANDS: Command[] = [demoCommand, ...networkCommands, pathsCommand];
