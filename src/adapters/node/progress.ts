// Import progress on a terminal: one stderr line rewritten in place, at most
// ten times a second; silent when stderr is not a TTY (pipes, CI, tests).

export interface ProgressSink {
  err: (text: string) => void;
  isTTY: boolean;
}

export interface Progress {
  advance(bytes: number): void;
  done(): void;
}

const mb = (n: number) => (n / 1e6).toFixed(1);

export function createProgress(
  sink: ProgressSink,
  label: string,
  totalBytes: number,
  now: () => number = Date.now,
): Progress {
  if (!sink.isTTY) return { advance: () => undefined, done: () => undefined };
  let read = 0;
  let last = 0;
  const draw = () => {
    const pct = totalBytes > 0 ? Math.min(100, Math.round((100 * read) / totalBytes)) : 100;
    sink.err(`\r${label}: ${pct}% (${mb(read)} of ${mb(totalBytes)} MB)\u001b[K`);
  };
  return {
    advance(bytes) {
      read += bytes;
      const t = now();
      if (t - last >= 100) {
        last = t;
        draw();
      }
    },
    done() {
      read = totalBytes;
      draw();
      sink.err('\n');
    },
  };
}
