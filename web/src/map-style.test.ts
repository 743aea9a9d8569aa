import { describe, expect, it } from 'vitest';
import {
  CUT_COLOUR,
  KIND_COLOURS,
  LABEL_BACKGROUND,
  LABEL_COLOUR,
  REBUILD_COLOUR,
  ROLE_COLOURS,
  ROLE_SHAPES,
  contrast,
} from './map-style';

// Colour-vision deficiency simulation (Machado, Oliveira and Fernandes 2009,
// severity 1.0, on linear RGB) and CIE L*a*b* distance between the results.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });

function lab(rgb: number[]): [number, number, number] {
  const [r, g, b] = rgb.map((v) => Math.min(1, Math.max(0, v))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function distance(a: string, b: string, vision: string): number {
  const m = SIMULATIONS[vision]!;
  const sim = (hex: string) => {
    const c = linear(hex);
    return lab(m.map((row) => row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!));
  };
  const [l1, a1, b1] = sim(a);
  const [l2, a2, b2] = sim(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

const VISIONS = Object.keys(SIMULATIONS);
/** Smallest CIE76 distance counted as telling two colours apart on a map. */
const APART = 10;

describe('map palette', () => {
  it('keeps the minimum cut and the rebuild apart from each other and from every channel kind, for every kind of colour vision', () => {
    for (const vision of VISIONS) {
      expect(distance(CUT_COLOUR, REBUILD_COLOUR, vision), vision).toBeGreaterThan(40);
      for (const [kind, c] of Object.entries(KIND_COLOURS)) {
        expect(distance(CUT_COLOUR, c, vision), `${vision}: cut vs ${kind}`).toBeGreaterThan(APART);
        expect(distance(REBUILD_COLOUR, c, vision), `${vision}: rebuild vs ${kind}`).toBeGreaterThan(APART);
      }
    }
  });

  it('tells apart every two channel kinds (ownership, membership and directorship share one colour)', () => {
    const kinds = Object.entries(KIND_COLOURS).filter(([k]) => !['membership', 'directorship'].includes(k));
    for (const vision of VISIONS)
      for (let i = 0; i < kinds.length; i++)
        for (let j = i + 1; j < kinds.length; j++)
          expect(
            distance(kinds[i]![1], kinds[j]![1], vision),
            `${vision}: ${kinds[i]![0]} vs ${kinds[j]![0]}`,
          ).toBeGreaterThan(APART);
  });

  it('tells apart every two roles by shape or, for roles sharing a shape, by colour for every kind of colour vision', () => {
    const roles = Object.keys(ROLE_COLOURS);
    for (const vision of VISIONS)
      for (let i = 0; i < roles.length; i++)
        for (let j = i + 1; j < roles.length; j++) {
          const [a, b] = [roles[i]!, roles[j]!];
          if (ROLE_SHAPES[a] !== ROLE_SHAPES[b]) continue;
          expect(
            distance(ROLE_COLOURS[a]!, ROLE_COLOURS[b]!, vision),
            `${vision}: ${a} vs ${b}`,
          ).toBeGreaterThan(APART);
        }
    // Sponsors, operators and recipients each have a shape of their own.
    const own = ['sponsor', 'operator', 'recipient'].map((r) => ROLE_SHAPES[r]);
    expect(new Set(own).size).toBe(3);
    expect(own).not.toContain('circle');
  });

  it('writes labels with a contrast of at least 4.5:1', () => {
    expect(contrast(LABEL_COLOUR, LABEL_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
