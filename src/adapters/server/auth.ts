// API keys: every write needs one; reads need one when reads are `keyed`.
// The caller's key id is put on the request for logs and the audit log.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerConfig } from './config.js';
import { HttpError } from './errors.js';
import { AuthFailureLimiter } from './hardening.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Id of the API key used, or `anonymous`. */
    keyId: string;
    /** True when the key is an admin key (sees every key's jobs). */
    isAdmin: boolean;
  }
  interface FastifyContextConfig {
    /** `write` routes always need a key; `public` routes never do. */
    access?: 'read' | 'write' | 'public';
  }
}

export function keyFrom(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth) {
    const m = /^(?:ApiKey|Bearer)\s+(\S+)$/i.exec(auth);
    if (m) return m[1];
  }
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  return undefined;
}

/** The web app's files and the API docs are public even when reads are keyed. */
const PUBLIC_PATH = /^\/(?:$|index\.html$|assets\/|docs(?:\/|$)|favicon)/;

/** Looks a key up in a shared store (the team database); undefined for an unknown key. */
export type KeyLookup = (key: string) => Promise<{ id: string; admin: boolean } | undefined>;

export function installAuth(app: FastifyInstance, config: ServerConfig, lookup?: KeyLookup): void {
  const failures = new AuthFailureLimiter(config.authFailures);
  app.decorateRequest('keyId', 'anonymous');
  app.decorateRequest('isAdmin', false);
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config?.access ?? 'read';
    if (access === 'public' || PUBLIC_PATH.test(request.url)) return;
    const key = keyFrom(request);
    if (key !== undefined) {
      // A client that sent too many wrong keys is refused before its key is even looked at.
      const wait = failures.blockedFor(request.ip);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(
          429,
          'E_RATE',
          'too many failed authentications from this client',
          `wait ${wait} s before trying again`,
        );
      }
      const shared = lookup ? await lookup(key) : undefined;
      const id = shared?.id ?? config.keys.get(key);
      if (id === undefined) failures.fail(request.ip);
      if (id === undefined)
        throw new HttpError(
          401,
          'E_AUTH',
          'the API key is not known',
          'check the key you send in Authorization: ApiKey KEY',
        );
      request.keyId = id;
      request.isAdmin = shared ? shared.admin : config.admins.has(id);
      return;
    }
    if (access === 'write' || config.reads === 'keyed') {
      throw new HttpError(
        401,
        'E_AUTH',
        `${access === 'write' ? 'writing' : 'reading'} needs an API key`,
        config.keys.size
          ? 'send Authorization: ApiKey KEY'
          : 'start the server with INTERDICT_API_KEYS=id:KEY (or --keys FILE) and send Authorization: ApiKey KEY',
      );
    }
  });
}
