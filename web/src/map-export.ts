// The map as a picture file: what is on screen (the actors and channels in
// view, the labels shown) written as SVG, or the same SVG drawn onto a canvas
// for a PNG. Shapes, colours and dashes are the map's own.

import { LABEL_METRICS } from './map-labels';
import { LABEL_BACKGROUND, LABEL_COLOUR } from './map-style';

export type ExportItem =
  | {
      type: 'edge';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      /** Curvature of a parallel channel, as a share of its length (0: straight). */
      bend: number;
      colour: string;
      width: number;
      opacity: number;
      dash?: string;
    }
  | { type: 'node'; x: number; y: number; r: number; shape: string; colour: string }
  | { type: 'label'; x: number; y: number; width: number; height: number; text: string };

const f = (v: number) => Math.round(v * 10) / 10;
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shape(s: string, x: number, y: number, r: number): string {
  if (s === 'square')
    return `<rect x="${f(x - r * 0.85)}" y="${f(y - r * 0.85)}" width="${f(1.7 * r)}" height="${f(1.7 * r)}"`;
  if (s === 'triangle')
    return `<polygon points="${f(x)},${f(y - r)} ${f(x + r * 0.95)},${f(y + r * 0.7)} ${f(x - r * 0.95)},${f(y + r * 0.7)}"`;
  if (s === 'diamond')
    return `<polygon points="${f(x)},${f(y - r)} ${f(x + r)},${f(y)} ${f(x)},${f(y + r)} ${f(x - r)},${f(y)}"`;
  return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}"`;
}

export function svgText(picture: { items: ExportItem[]; width: number; height: number }): string {
  const { width, height } = picture;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="0 0 ${f(width)} ${f(height)}" font-family="${esc(LABEL_METRICS.font)}" font-size="${LABEL_METRICS.size}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  for (const it of picture.items) {
    if (it.type === 'edge') {
      const mx = (it.x1 + it.x2) / 2;
      const my = (it.y1 + it.y2) / 2;
      const cx = mx - (it.y2 - it.y1) * it.bend;
      const cy = my + (it.x2 - it.x1) * it.bend;
      const d = it.bend
        ? `M${f(it.x1)},${f(it.y1)} Q${f(cx)},${f(cy)} ${f(it.x2)},${f(it.y2)}`
        : `M${f(it.x1)},${f(it.y1)} L${f(it.x2)},${f(it.y2)}`;
      out.push(
        `<path d="${d}" fill="none" stroke="${it.colour}" stroke-width="${f(it.width)}" stroke-opacity="${it.opacity}"${it.dash ? ` stroke-dasharray="${it.dash}"` : ''}/>`,
      );
    } else if (it.type === 'node') {
      out.push(
        `${shape(it.shape, it.x, it.y, it.r)} fill="${it.colour}" stroke="#ffffff" stroke-width="1"/>`,
      );
    } else {
      out.push(
        `<rect x="${f(it.x)}" y="${f(it.y)}" width="${f(it.width)}" height="${f(it.height)}" fill="${LABEL_BACKGROUND}" fill-opacity="0.9"/>`,
        `<text x="${f(it.x + LABEL_METRICS.padding)}" y="${f(it.y + it.height / 2)}" dominant-baseline="central" fill="${LABEL_COLOUR}">${esc(it.text)}</text>`,
      );
    }
  }
  out.push('</svg>');
  return out.join('\n');
}

export function exportSvg(picture: { items: ExportItem[]; width: number; height: number }): Blob {
  return new Blob([svgText(picture)], { type: 'image/svg+xml' });
}

/** The SVG drawn at twice the screen size. */
export async function exportPng(picture: {
  items: ExportItem[];
  width: number;
  height: number;
}): Promise<Blob> {
  const url = URL.createObjectURL(exportSvg(picture));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * 2);
    canvas.height = Math.round(picture.height * 2);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, picture.width, picture.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
