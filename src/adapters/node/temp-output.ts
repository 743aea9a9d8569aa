// Output files written whole or not at all: the text goes to `FILE.PID.partial`
// and is renamed to FILE when complete. A failed run removes the partial file,
// and so does an interrupted one: SIGINT, SIGTERM or process.exit while
// writing leave nothing behind.

import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function removeAll(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  // Nobody else handles the signal: end the process as the signal would have.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeAll);
}

function uninstall(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeAll);
}

export interface TempOutput {
  /** The partial file being written. */
  readonly path: string;
  readonly stream: WriteStream;
  /** Write, waiting when the stream is full. */
  write(text: string): Promise<void>;
  /** Close the stream and rename the partial file to the output. */
  commit(): Promise<void>;
  /** Close the stream (once its file is open, if it is still opening) and remove the partial file. */
  discard(): Promise<void>;
}

export function tempOutput(output: string): TempOutput {
  const path = `${output}.${process.pid}.partial`;
  if (live.size === 0) install();
  live.add(path);
  const stream = createWriteStream(path);
  // A write error (disk full, or a write still queued when the run is
  // discarded) is kept and thrown by the next write or commit, never left unhandled.
  let failure: Error | undefined;
  stream.on('error', (e) => {
    failure ??= e;
  });
  const forget = (): void => {
    live.delete(path);
    if (live.size === 0) uninstall();
  };
  return {
    path,
    stream,
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async commit() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
      renameSync(path, output);
      forget();
    },
    async discard() {
      stream.destroy();
      if (!stream.closed) await once(stream, 'close').catch(() => undefined);
      rmSync(path, { force: true });
      forget();
    },
  };
}
