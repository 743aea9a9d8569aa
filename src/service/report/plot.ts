// The budget frontier as an SVG step plot: budget across, support still
// getting through up; each point labelled, labels kept clear of each other.

import { textWidth } from './font-metrics.js';
import { placeLabels, type LabelBox } from './labels.js';
import { escapeXml, FONT_FAMILY } from './svg.js';

export interface PlotPoint {
  x: number;
  y: number;
  label: string;
}

export interface StepPlot {
  svg: string;
  labels: LabelBox[];
}

const f = (v: number) => String(Math.round(v * 10) / 10);

function niceStep(range: number, ticks: number): number {
  const raw = range / Math.max(1, ticks);
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * mag >= raw) return m * mag;
  return 10 * mag;
}

export function stepPlot(
  points: readonly PlotPoint[],
  axes: { x: string; y: string; title: string },
  size = { width: 640, height: 300 },
): StepPlot {
  const fs = 10;
  const m = { left: 56, right: 20, top: 18, bottom: 42 };
  const w = size.width - m.left - m.right;
  const h = size.height - m.top - m.bottom;
  const xMax = Math.max(1, ...points.map((p) => p.x));
  const yMax = Math.max(1, ...points.map((p) => p.y));
  const sx = (x: number) => m.left + (x / xMax) * w;
  const sy = (y: number) => m.top + h - (y / yMax) * h;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(axes.title)}"><title>${escapeXml(axes.title)}</title>`,
  );
  const xs = niceStep(xMax, 8);
  const ys = niceStep(yMax, 5);
  for (let x = 0; x <= xMax + 1e-9; x += xs) {
    parts.push(
      `<line x1="${f(sx(x))}" y1="${m.top}" x2="${f(sx(x))}" y2="${m.top + h}" stroke="#ddd"/><text x="${f(sx(x))}" y="${m.top + h + 14}" font-size="${fs}" text-anchor="middle">${escapeXml(formatTick(x))}</text>`,
    );
  }
  for (let y = 0; y <= yMax + 1e-9; y += ys) {
    parts.push(
      `<line x1="${m.left}" y1="${f(sy(y))}" x2="${m.left + w}" y2="${f(sy(y))}" stroke="#ddd"/><text x="${m.left - 6}" y="${f(sy(y) + 3.5)}" font-size="${fs}" text-anchor="end">${escapeXml(formatTick(y))}</text>`,
    );
  }
  parts.push(
    `<path d="M${m.left},${m.top} V${m.top + h} H${m.left + w}" fill="none" stroke="#111" stroke-width="1.2"/>`,
    `<text x="${m.left + w / 2}" y="${size.height - 8}" font-size="${fs + 1}" text-anchor="middle">${escapeXml(axes.x)}</text>`,
    `<text transform="translate(14 ${m.top + h / 2}) rotate(-90)" font-size="${fs + 1}" text-anchor="middle">${escapeXml(axes.y)}</text>`,
  );
  // The best residual holds until the next budget buys a better plan: a step.
  let d = '';
  points.forEach((p, i) => {
    d += i === 0 ? `M${f(sx(p.x))},${f(sy(p.y))}` : ` H${f(sx(p.x))} V${f(sy(p.y))}`;
  });
  parts.push(`<path d="${d}" fill="none" stroke="#0072B2" stroke-width="2.2"/>`);
  for (const p of points)
    parts.push(
      `<circle cx="${f(sx(p.x))}" cy="${f(sy(p.y))}" r="3.5" fill="#fff" stroke="#0072B2" stroke-width="1.8"/>`,
    );
  const boxes = placeLabels(
    points.map((p, i) => ({
      id: String(i),
      x: sx(p.x) + textWidth(p.label, fs) / 2 + 6,
      y: sy(p.y) - 9,
      width: textWidth(p.label, fs) + 2,
      height: fs * 1.25,
    })),
    points.map((p) => ({ x: sx(p.x) - 4, y: sy(p.y) - 4, width: 8, height: 8 })),
    { padding: 1, step: 4 },
  );
  const labels: LabelBox[] = [];
  points.forEach((p, i) => {
    const b = boxes[i]!;
    parts.push(
      `<text x="${f(b.x + 1)}" y="${f(b.y + fs)}" font-size="${fs}" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(p.label)}</text>`,
    );
    labels.push({ id: String(i), kind: 'mark', lines: [p.label], box: b });
  });
  parts.push('</svg>');
  return { svg: parts.join('\n'), labels };
}

function formatTick(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
