// What every route handler gets: the store, the settings, the screening,
// entity and search services (with their cached indexes) and the job queue.

import type { Store } from '../../core/store/store.js';
import type { EntityService } from '../../service/entities.js';
import type { ScreeningService } from '../../service/screening.js';
import type { SearchService } from '../../service/search.js';
import type { ServerConfig } from './config.js';
import type { JobQueue } from './jobs.js';

export interface ServerContext {
  store: Store;
  config: ServerConfig;
  screening: ScreeningService;
  entities: EntityService;
  search: SearchService;
  jobs: JobQueue;
}

/** JSON as the API writes it (the CLI's --json writer too): unlimited capacity becomes "unbounded". */
export { toJson } from '../../contract/json.js';
