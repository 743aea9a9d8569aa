// Delivery of alert transitions from the outbox to webhooks, signed per the
// Standard Webhooks scheme (webhook-id, webhook-timestamp, webhook-signature =
// "v1," + base64 HMAC-SHA256 of "id.timestamp.body"), with retries and
// exponential back-off. Each (watch, channel) keeps a cursor into the outbox,
// so a row is delivered at least once and in order, and a receiver can drop
// repeats by webhook-id.

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Watch } from '../../core/monitor/types.js';
import type { MonitorStore, OutboxRow } from '../../service/monitor-store.js';

export interface DeliveryState {
  watch: string;
  channel: number;
  /** Last outbox seq delivered. */
  cursor: number;
  attempts: number;
  /** ISO time before which no retry is made. */
  nextAt?: string;
  lastError?: string;
  /** Set once `maxAttempts` failed in a row; the rows wait for an operator (`monitor deliver --retry`). */
  dead?: boolean;
}

export const DELIVERY_DEFAULTS = {
  maxAttempts: 8,
  baseDelayMs: 5_000,
  maxDelayMs: 3_600_000,
  timeoutMs: 10_000,
};

/** The secret's key bytes: `whsec_` + base64 as Standard Webhooks writes it, or the raw text. */
function keyOf(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.from(secret, 'utf8');
}

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** Checks a delivery as a receiver would: any listed v1 signature matches, and the timestamp is recent. */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const h = (k: string) => {
    const v = headers[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const id = h('webhook-id');
  const ts = Number(h('webhook-timestamp'));
  const sigs = h('webhook-signature');
  if (!id || !Number.isFinite(ts) || !sigs) return false;
  if (Math.abs(nowSeconds - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, id, ts, body).slice(3), 'base64');
  return sigs.split(' ').some((s) => {
    if (!s.startsWith('v1,')) return false;
    const got = Buffer.from(s.slice(3), 'base64');
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
}

export interface DeliveryReport {
  delivered: number;
  failed: number;
  dead: number;
}

/** Delivers pending outbox rows to every webhook channel whose back-off has passed. */
export async function deliverWebhooks(
  monitor: MonitorStore,
  options: Partial<typeof DELIVERY_DEFAULTS> & { now?: () => Date; fetch?: typeof fetch } = {},
): Promise<DeliveryReport> {
  const o = { ...DELIVERY_DEFAULTS, ...options };
  const now = options.now ?? (() => new Date());
  const doFetch = options.fetch ?? fetch;
  const report: DeliveryReport = { delivered: 0, failed: 0, dead: 0 };
  for (const w of await monitor.list<Watch>('watch')) {
    for (const [i, ch] of w.channels.entries()) {
      if (ch.type !== 'webhook') continue;
      const id = `${w.id}#${i}`;
      let state: DeliveryState = (await monitor.get<DeliveryState>('delivery', id)) ?? {
        watch: w.id,
        channel: i,
        cursor: 0,
        attempts: 0,
      };
      if (state.dead) {
        report.dead++;
        continue;
      }
      if (state.nextAt && state.nextAt > now().toISOString()) continue;
      const rows = await monitor.outbox(state.cursor, 100, w.id);
      for (const row of rows) {
        const error = await post(doFetch, ch.url, ch.secret, row, o.timeoutMs, now);
        if (error === undefined) {
          state = { ...state, cursor: row.seq, attempts: 0 };
          delete state.nextAt;
          delete state.lastError;
          report.delivered++;
          continue;
        }
        const attempts = state.attempts + 1;
        const delay = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempts - 1));
        state = {
          ...state,
          attempts,
          lastError: error,
          nextAt: new Date(now().getTime() + delay).toISOString(),
          ...(attempts >= o.maxAttempts ? { dead: true } : {}),
        };
        report.failed++;
        break;
      }
      await monitor.commit({ put: [{ kind: 'delivery', id, body: state }] });
    }
  }
  return report;
}

/** Clears the dead flag of a watch's channels so their rows are tried again. */
export async function retryDead(monitor: MonitorStore): Promise<number> {
  let n = 0;
  for (const s of await monitor.list<DeliveryState>('delivery')) {
    if (!s.dead) continue;
    const { dead: _d, nextAt: _n, ...rest } = s;
    await monitor.commit({
      put: [{ kind: 'delivery', id: `${s.watch}#${s.channel}`, body: { ...rest, attempts: 0 } }],
    });
    n++;
  }
  return n;
}

async function post(
  doFetch: typeof fetch,
  url: string,
  secret: string,
  row: OutboxRow,
  timeoutMs: number,
  now: () => Date,
): Promise<string | undefined> {
  const body = JSON.stringify({ type: row.topic, timestamp: row.at, data: row.payload });
  const msgId = `msg_${row.watch}_${row.seq}`;
  const ts = Math.floor(now().getTime() / 1000);
  try {
    const res = await doFetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': msgId,
        'webhook-timestamp': String(ts),
        'webhook-signature': signWebhook(secret, msgId, ts, body),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? undefined : `HTTP ${res.status}`;
  } catch (e) {
    return (e as Error).message;
  }
}
