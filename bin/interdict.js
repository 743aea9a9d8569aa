#!/usr/bin/env node
// Entry point of the `interdict` command: runs the compiled CLI.
import { main } from '../dist/src/adapters/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
