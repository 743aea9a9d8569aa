// Bodies built to break a reader get a 400 naming the place, never a 500:
// deep nesting, YAML alias bombs, invalid UTF-8 and NUL bytes.

import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AUTH, serverPerTest, testStore } from './testing/test-server.js';

const start = serverPerTest();
const server = async (): Promise<FastifyInstance> =>
  start(
    await testStore({
      lists: { sdn: [{ id: 'o1', schema: 'Organization', properties: { name: ['Hamas'] } }] },
    }),
  );

const post = (app: FastifyInstance, url: string, type: string, payload: string | Buffer) =>
  app.inject({ method: 'POST', url, headers: { ...AUTH, 'content-type': type }, payload });

describe('hostile request bodies', () => {
  it('answers a JSON body nested 100,000 deep with 400 and the position', async () => {
    const app = await server();
    const deep = `{"queries": {"q": ${'['.repeat(100000)}${']'.repeat(100000)}}}`;
    const r = await post(app, '/match/sdn', 'application/json', deep);
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({
      code: 'E_PARSE',
      message: expect.stringMatching(/^body:1:\d+: nested more than 64 levels/),
    });
    // The server still answers.
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  });

  it('answers a YAML alias bomb and deep YAML uploaded as a network with 400', async () => {
    const app = await server();
    const bomb = ['interdict: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      bomb.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const r = await post(app, '/networks', 'application/yaml', bomb.join('\n'));
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toMatch(/YAML aliases expand to more than 1000 copies/);
    const deep = await post(
      app,
      '/networks',
      'application/yaml',
      `interdict: 1\nx:\n  ${'- '.repeat(100000)}a\n`,
    );
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.code).toBe('E_PARSE');
  });

  it('refuses invalid UTF-8 and NUL in JSON and YAML bodies with 400 and the line', async () => {
    const app = await server();
    const query = (name: string) =>
      `{"queries": {"q": {"schema": "Person", "properties": {"name": ["${name}"]}}}}`;
    const bad = Buffer.concat([
      Buffer.from(query('Ha').slice(0, -8)),
      Buffer.from([0xff]),
      Buffer.from('"]}}}}'),
    ]);
    const r1 = await post(app, '/match/sdn', 'application/json', bad);
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.message).toMatch(/^body:1:\d+: invalid UTF-8/);
    const r2 = await post(app, '/match/sdn', 'application/json', Buffer.from(query('Ha\u0000mas')));
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.message).toMatch(/^body:1:\d+: a NUL byte/);
    const r3 = await post(app, '/match/sdn', 'application/json', query('Ha\\u0000mas'));
    expect(r3.statusCode).toBe(400);
    expect(r3.json().error.message).toMatch(/a NUL character/);
    const yaml = Buffer.from('interdict: 1\nid: x\nname: "Caf\u00ff"\n', 'latin1');
    const r4 = await post(app, '/networks', 'application/yaml', yaml);
    expect(r4.statusCode).toBe(400);
    expect(r4.json().error.message).toMatch(/^body:3:\d+: invalid UTF-8/);
    // A plain body still works.
    expect((await post(app, '/match/sdn', 'application/json', query('Hamas'))).statusCode).toBe(200);
  });

  it('still refuses __proto__ keys in JSON bodies', async () => {
    const app = await server();
    const r = await post(app, '/match/sdn', 'application/json', '{"__proto__": {"x": 1}, "queries": {}}');
    expect(r.statusCode).toBe(400);
  });
});
