// Worker thread of a reverse re-screen (reverse-threads.ts): views the book
// index and the counterparties in shared memory and matches the targets it is
// handed, replying with their events in order.

import { parentPort, workerData } from 'node:worker_threads';
import { BookIndex } from '../../core/monitor/book-index.js';
import {
  ReverseMatcher,
  type ReverseTarget,
  type StoredPair,
  type TargetMatches,
} from '../../core/monitor/list-rules.js';
import type { BookWatch, Counterparty, Decision, SnapshotRef } from '../../core/monitor/types.js';

export interface ReverseInit {
  index: Uint8Array;
  book: { bytes: Uint8Array; starts: Uint32Array };
  watch: Pick<BookWatch, 'id' | 'threshold'>;
  snapshot: SnapshotRef;
  decisions: Decision[];
  stored: StoredPair[];
  targets: ReverseTarget[];
}

export type ReverseReply = { from: number; matches: TargetMatches[] } | { error: string };

if (!parentPort) throw new Error('reverse-worker must run in a worker thread');
const port = parentPort;
const init = workerData as ReverseInit;
const { bytes, starts } = init.book;
const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const counterpartyAt = (ordinal: number): Counterparty | undefined =>
  ordinal + 1 < starts.length
    ? (JSON.parse(text.toString('utf8', starts[ordinal], starts[ordinal + 1])) as Counterparty)
    : undefined;
const matcher = new ReverseMatcher(
  init.watch,
  init.snapshot,
  BookIndex.fromBytes(init.index),
  counterpartyAt,
  init.decisions,
  init.stored,
);

port.on('message', (m: { from: number; to: number }) => {
  try {
    const matches: TargetMatches[] = [];
    for (let i = m.from; i < m.to; i++) matches.push(matcher.match(init.targets[i]!));
    port.postMessage({ from: m.from, matches } satisfies ReverseReply);
  } catch (e) {
    port.postMessage({ error: (e as Error).stack ?? String(e) } satisfies ReverseReply);
  }
});
