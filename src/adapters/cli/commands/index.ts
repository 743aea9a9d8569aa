// The registry of CLI commands, in the order `interdict --help` lists them.

import type { Command } from '../command.js';

export const COMMANDS: Command[] = [];
