// Hardening on every response: security headers (a strict Content Security
// Policy for the web app, a looser one for the API docs page), a limit on
// failed authentications per client, and error text scrubbed of the
// server's own paths and URLs.

import { homedir, tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';

/** The web app loads only its own scripts, styles, images and API. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Swagger UI (/docs) sets inline styles and an inline start-up script. */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('content-security-policy', /^\/docs(\/|$)/.test(request.url) ? DOCS_CSP : APP_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    // A NUL in the path or query (raw or percent-encoded) is refused like a NUL in a body.
    if (/%00/.test(request.url) || request.url.includes(String.fromCharCode(0)))
      return reply.code(400).send({
        error: {
          code: 'E_PARSE',
          message: 'the URL holds a NUL character (%00)',
          hint: 'remove it from the path and the query',
        },
      });
  });
}

export interface AuthFailureOptions {
  /** Failed authentications allowed per client within the window. */
  max: number;
  windowMs: number;
}

export const AUTH_FAILURE_DEFAULTS: AuthFailureOptions = { max: 20, windowMs: 60_000 };

/**
 * Counts failed authentications per client address in a fixed window. Past
 * `max`, the client is refused (429) until the window ends, whatever key it
 * sends: guessing keys costs a window per `max` guesses.
 */
export class AuthFailureLimiter {
  private readonly clients = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly options: AuthFailureOptions = AUTH_FAILURE_DEFAULTS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the client may try again, or 0 when it may now. */
  blockedFor(client: string): number {
    const entry = this.clients.get(client);
    if (!entry) return 0;
    const left = entry.resetAt - this.now();
    if (left <= 0) {
      this.clients.delete(client);
      return 0;
    }
    return entry.count >= this.options.max ? Math.ceil(left / 1000) : 0;
  }

  fail(client: string): void {
    const t = this.now();
    const entry = this.clients.get(client);
    if (!entry || entry.resetAt <= t) {
      // Bounded memory: expired clients go before a new one is counted.
      if (this.clients.size >= 100_000)
        for (const [k, v] of this.clients) if (v.resetAt <= t) this.clients.delete(k);
      this.clients.set(client, { count: 1, resetAt: t + this.options.windowMs });
    } else entry.count++;
  }
}

/** The strings no error body may show: the database location, working and home folders. */
export function privateStrings(extra: (string | undefined)[] = []): string[] {
  return [...extra, process.cwd(), homedir(), tmpdir()].filter(
    (s): s is string => typeof s === 'string' && s.length > 1 && s !== '/',
  );
}

/** `text` with private strings and database URLs replaced by a placeholder. */
export function scrub(text: string, secrets: string[]): string {
  let out = text.replace(/\b(?:postgres(?:ql)?|mysql|sqlite|file):\/\/[^\s'"`)]+/gi, '<database>');
  // Longest first, so a file inside a folder is replaced whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('<server>');
  return out;
}
