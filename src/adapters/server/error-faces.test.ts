// One bad input, two faces: the CLI prints `file:line:col: message; fix`
// naming its options and exits 2; the HTTP API answers 4xx JSON with the
// place and the request field as fields of their own, advising no CLI option.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdgeList } from '../../core/ingest/edge-list.js';
import { linesOf } from '../../core/ingest/lines.js';
import { runCli, tempDb, tempDir } from '../cli/testing/run-cli.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';

const KEY = 'test-key-error-faces-0123';
const AUTH = { authorization: `ApiKey ${KEY}` };

// Line 9 names a node the file does not define.
const BAD_SCENARIO = `interdict: 1
id: faces
name: Faces
nodes:
  - {id: s, schema: Country, name: S, role: sponsor}
  - {id: t, schema: Organization, name: T, role: recipient}
channels:
  - {id: c1, from: s, to: t, capacity: 5, kind: financial}
  - {id: c2, from: s, to: nowhere, capacity: 5, kind: financial}
`;
// A CSV edge list carries no roles: a flow needs its sources named.
const NO_ROLES = 'from,to,capacity\na,b,3\nb,c,2\n';

let app: FastifyInstance;
let store: SqliteStore;
let dir: string;
beforeAll(async () => {
  dir = tempDir();
  store = new SqliteStore(':memory:');
  await store.saveNetwork(await parseEdgeList(linesOf(NO_ROLES), { file: 'plain.csv', id: 'plain' }), {
    contentHash: 'plain-1',
  });
  app = await buildServer(store, { keys: new Map([[KEY, 'tester']]) });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('a bad line in a network file', () => {
  it('CLI: exit 2, the file, line and column in front, the fix behind', async () => {
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, BAD_SCENARIO);
    const r = await runCli(['networks', 'import', path, '--db', tempDb()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^interdict networks import: .*bad\.yaml:9:\d+ at channels\[1\]\.to: .*"nowhere".*; \S/,
    );
  });

  it('HTTP: 400 with the line and the path as fields, and no command-line option', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/networks',
      payload: BAD_SCENARIO,
      headers: { ...AUTH, 'content-type': 'application/yaml' },
    });
    expect(r.statusCode).toBe(400);
    const { error } = r.json();
    expect(error.code).toBe('E_REFERENCE');
    expect(error.location).toMatchObject({ line: 9 });
    expect(error.path).toBe('channels[1].to');
    expect(error.message).toMatch(/"nowhere"/);
    expect(error.hint).toBeTruthy();
    expect(r.body).not.toMatch(/--[a-z]/);
  });
});

describe('a network without sponsors', () => {
  it('CLI: exit 2, and the fix names --from', async () => {
    const path = join(dir, 'plain.csv');
    writeFileSync(path, NO_ROLES);
    const r = await runCli(['flow', path, '--db', tempDb()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'interdict flow: network "plain" has no sponsor to start the flow from; name the source actors (--from), or give an actor the role sponsor\n',
    );
  });

  it('HTTP: 400 naming the request field "from", never --from', async () => {
    const r = await app.inject({ method: 'POST', url: '/networks/plain/flow', payload: {} });
    expect(r.statusCode).toBe(400);
    const { error } = r.json();
    expect(error).toMatchObject({
      code: 'E_USAGE',
      field: 'from',
      message: 'network "plain" has no sponsor to start the flow from',
      hint: 'name the source actors (from), or give an actor the role sponsor',
    });
    expect(r.body).not.toMatch(/--[a-z]/);
  });

  it('an unknown actor names the field it was given in', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/networks/plain/flow',
      payload: { from: ['a'], to: ['zz'] },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({
      field: 'to',
      message: 'sink "zz" is not a node of network "plain"',
    });
    expect(r.json().error.hint).toMatch(/^pick one of: a, b, c in to$/);
    const cli = await runCli(['flow', join(dir, 'plain.csv'), '--from', 'a', '--to', 'zz', '--db', tempDb()]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/sink "zz" is not a node of network "plain"; pick one of: a, b, c in --to\n$/);
  });
});
