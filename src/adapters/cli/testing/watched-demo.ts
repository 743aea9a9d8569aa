// The demo network as the monitoring tests watch it: version 1 and the
// rebuild that follows the article's plan, as files to import under the id "watched".

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeScenarioJson } from '../../../core/ingest/scenario-write.js';
import { readDemoNetwork } from '../../node/demo-data.js';
import { articleRebuild } from '../commands/demo-monitor.js';

/** Writes `dir/v1.json` (the demo) and `dir/v2.json` (its rebuild), both with the id "watched". */
export function writeWatchedDemo(dir: string): { v1: string; v2: string } {
  const { network } = readDemoNetwork();
  const v1 = join(dir, 'v1.json');
  const v2 = join(dir, 'v2.json');
  writeFileSync(v1, writeScenarioJson({ ...network, id: 'watched' }));
  writeFileSync(v2, writeScenarioJson(articleRebuild({ ...network, id: 'watched' })));
  return { v1, v2 };
}
