// The full re-screen of a book (every counterparty against a whole list
// version) on a worker thread of its own: adding a book watch to a server,
// its weekly check and the replay of its baseline then hold no other request
// while the book is screened.

import type { FullRescreen } from '../../service/monitor/context.js';
import type { AlertEvent } from '../../core/monitor/index.js';
import { startWorker } from './worker-script.js';

export interface FullRescreenJob {
  watch: Parameters<FullRescreen>[0];
  entities: Parameters<FullRescreen>[1];
  decisions: Parameters<FullRescreen>[2];
  snapshot?: Parameters<FullRescreen>[3];
}

export type FullRescreenReply = { ok: true; found: [string, AlertEvent][] } | { ok: false; message: string };

export function fullRescreenThread(): FullRescreen {
  return (watch, entities, decisions, snapshot) =>
    new Promise((resolve, reject) => {
      const job: FullRescreenJob = { watch, entities, decisions, ...(snapshot ? { snapshot } : {}) };
      const worker = startWorker(import.meta.url, 'full-rescreen-worker', { workerData: job });
      let settled = false;
      worker.once('message', (reply: FullRescreenReply) => {
        settled = true;
        if (reply.ok) resolve(new Map(reply.found));
        else reject(new Error(`the full re-screen failed: ${reply.message}`));
        void worker.terminate();
      });
      worker.once('error', (e) => {
        settled = true;
        reject(e);
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`the full re-screen's thread stopped (exit code ${code})`));
      });
    });
}
