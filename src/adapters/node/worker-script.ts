// Starts a worker-thread script that sits next to the calling module, whether
// it runs compiled (dist/*.js) or from TypeScript source under the test runner.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(callerUrl: string, baseName: string, options: WorkerOptions = {}): Worker {
  const js = new URL(`./${baseName}.js`, callerUrl);
  if (existsSync(fileURLToPath(js))) return new Worker(js, options);
  // Source checkout under vitest: register the tsx loader inside the worker first.
  const ts = new URL(`./${baseName}.ts`, callerUrl).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(ts)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
