// What every route handler gets: the store, the settings, the screening
// service (with its cached indexes) and the job queue.

import type { Store } from '../../core/store/store.js';
import type { ServerConfig } from './config.js';
import type { JobQueue } from './jobs.js';
import type { MatchService } from './match-service.js';

export interface ServerContext {
  store: Store;
  config: ServerConfig;
  matches: MatchService;
  jobs: JobQueue;
}

/** JSON as the API writes it (the CLI's --json writer too): unlimited capacity becomes "unbounded". */
export { toJson } from '../../contract/json.js';
