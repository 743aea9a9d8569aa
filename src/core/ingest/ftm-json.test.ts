import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { parseFtmJson } from './ftm-json.js';
import { fixture } from '../../testing/fixtures.js';
import { thrownText } from '../../testing/error-text.js';

const read = (name: string) => readFileSync(fixture(`opensanctions/${name}`), 'utf8').split('\n');

async function collect(it: AsyncIterable<Entity>): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of it) out.push(e);
  return out;
}

function countBySchema(entities: Entity[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entities) counts[e.schema] = (counts[e.schema] ?? 0) + 1;
  return counts;
}

describe('FtM JSON lines', () => {
  it('reads the three OpenSanctions samples with their documented counts', async () => {
    const zala = await collect(parseFtmJson('zala.ftm.json', read('zala.ftm.json')));
    expect(countBySchema(zala)).toEqual({
      Person: 6,
      Company: 11,
      Ownership: 14,
      Directorship: 3,
      Family: 4,
      Sanction: 41,
      Address: 11,
      Passport: 1,
    });
    const spenden = await collect(parseFtmJson('parteispenden.ftm.json', read('parteispenden.ftm.json')));
    expect(spenden).toHaveLength(475);
    expect(countBySchema(spenden).Payment).toBe(290);
    // The data README says 6 (the count of newlines); the last of the 7 entities has no trailing newline.
    expect(await collect(parseFtmJson('t1.ftm.json', read('t1.ftm.json')))).toHaveLength(7);
  });

  it('keeps datasets and dates alongside the properties', async () => {
    const [first] = await collect(parseFtmJson('zala.ftm.json', read('zala.ftm.json')));
    expect(first!.properties.name).toContain('Maria Aleksandrovna Osetrova');
  });

  it('locates a truncated last line', async () => {
    const lines = read('t1.ftm.json').filter(Boolean);
    lines[5] = lines[5]!.slice(0, 40);
    lines.length = 6;
    const err = await collect(parseFtmJson('t1.ftm.json', lines)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).location).toMatchObject({ file: 't1.ftm.json', line: 6 });
  });

  it('names the field when id is missing or a value is not a string', async () => {
    expect(
      await thrownText(collect(parseFtmJson('x.json', ['{"schema": "Person", "properties": {}}']))),
    ).toMatch(/^x\.json:1 at id: missing or empty "id"/);
    expect(
      await thrownText(
        collect(
          parseFtmJson('x.json', ['{"id": "a", "schema": "Person", "properties": {"name": [{"x": 1}]}}']),
        ),
      ),
    ).toMatch(/x\.json:1 record a at properties\.name\[0\]/);
  });

  it('skips bad lines when asked and reports them', async () => {
    const skipped: InputError[] = [];
    const out = await collect(
      parseFtmJson('x.json', ['{"id": "a", "schema": "Person", "properties": {}}', 'nope'], {
        skipInvalid: true,
        onSkip: (e) => skipped.push(e),
      }),
    );
    expect(out).toHaveLength(1);
    expect(skipped[0]!.location?.line).toBe(2);
  });
});
