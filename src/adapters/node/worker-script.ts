// Locates a worker-thread script next to the calling module, whether it runs
// compiled (dist/*.js) or from source under the test runner (*.ts via tsx).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export function workerScript(callerUrl: string, baseName: string): { url: URL; options: WorkerOptions } {
  const js = new URL(`./${baseName}.js`, callerUrl);
  if (existsSync(fileURLToPath(js))) return { url: js, options: {} };
  const ts = new URL(`./${baseName}.ts`, callerUrl);
  return { url: ts, options: { execArgv: ['--import', 'tsx'] } };
}
