// The CLI as a separate process straight from the sources (tests that need
// a real process: signals, several processes on one database).

import { main } from '../main.js';

process.exitCode = await main(process.argv.slice(2));
