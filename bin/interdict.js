#!/usr/bin/env node
// Entry point of the `interdict` command: runs the compiled CLI.
import { main } from '../dist/src/adapters/cli/main.js';

// `interdict … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
