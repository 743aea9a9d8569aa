// Worker thread of fullRescreenThread: screens the book it is given and posts the pairs found.

import { parentPort, workerData } from 'node:worker_threads';
import { fullRescreen } from '../../core/monitor/index.js';
import type { FullRescreenJob, FullRescreenReply } from './full-rescreen-thread.js';

if (!parentPort) throw new Error('full-rescreen-worker must run in a worker thread');
const job = workerData as FullRescreenJob;
let reply: FullRescreenReply;
try {
  reply = { ok: true, found: [...fullRescreen(job.watch, job.entities, job.decisions, job.snapshot)] };
} catch (e) {
  reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
}
parentPort.postMessage(reply);
