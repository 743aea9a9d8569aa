import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../core/ingest/scenario.js';
import type { Network } from '../../core/model/network.js';
import { CONFIDENCE_DASHES, drawNetwork, legendSvg } from './svg.js';
import { generatedNetwork } from './testing/generated-network.js';
import { networkLayout } from './testing/network-layout.js';

const article = parseScenario(readFileSync('data/scenarios/article.yaml', 'utf8'), {
  file: 'data/scenarios/article.yaml',
});

/** Every channel of `network` drawn with the dash of reported channels. */
function dashedPicture(network: Network) {
  const layout = networkLayout(network);
  const edges = new Map(network.channels.map((c) => [c.id, { width: 2, dash: CONFIDENCE_DASHES.reported }]));
  return drawNetwork({ layout, title: network.name, edges });
}

const dashesOf = (svg: string) =>
  [...svg.matchAll(/<path data-channel[^>]* stroke-dasharray="([^"]*)"/g)].map((m) => m[1]);

describe('dashes of the network picture', () => {
  it('keeps the legend’s dash in a picture printed at its own size', () => {
    const picture = dashedPicture(article);
    expect(picture.width).toBeLessThanOrEqual(1000);
    expect(legendSvg()).toContain(`stroke-dasharray="${CONFIDENCE_DASHES.reported}"`);
    expect(new Set(dashesOf(picture.svg))).toEqual(new Set([CONFIDENCE_DASHES.reported]));
  });

  it('lengthens the dash of a wide picture by as much as printing shrinks it, so printed it is the legend’s', () => {
    const picture = dashedPicture(generatedNetwork(200));
    const scale = picture.width / 1000;
    expect(scale).toBeGreaterThan(1.5);
    const dashes = new Set(dashesOf(picture.svg));
    expect(dashes.size).toBe(1);
    const [on, off] = [...dashes][0]!.split(' ').map(Number);
    expect(on).toBeCloseTo(7 * scale, 1);
    expect(off).toBeCloseTo(3 * scale, 1);
  });
});
