// What every route handler gets: the store, the settings, the screening,
// entity and search services (with their cached indexes), the job queue and
// the compute workers.

import type { Store } from '../../core/store/store.js';
import type { ComputePool } from '../node/compute-pool.js';
import type { NetworkCache } from './compute.js';
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
  /** Worker threads for analysis and planning on large networks. */
  compute: ComputePool;
  /** Large networks, kept decoded between requests. */
  networks: NetworkCache;
}

/** JSON as the API writes it (the CLI's --json writer too): unlimited capacity becomes "unbounded". */
export { toJson } from '../../contract/json.js';
