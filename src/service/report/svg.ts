// SVG drawing of a laid-out network: role by colour and by shape (readable in
// greyscale), channel width by capacity, dash by confidence, marks placed
// clear of every label. Returns markup and the boxes of every label drawn.

import type { ConfidenceLabel, Role } from '../../core/model/network.js';
import { ROLES } from '../../core/model/network.js';
import { textWidth } from './font-metrics.js';
import { placeLabels, type Box, type LabelBox } from './labels.js';
import type { Layout, Point } from './layout.js';

export const FONT_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const ROLE_COLOURS: Record<Role, string> = {
  sponsor: '#D55E00',
  operator: '#E69F00',
  front: '#CC79A7',
  carrier: '#56B4E9',
  transit: '#0072B2',
  recipient: '#009E73',
  other: '#FFFFFF',
};

export const ROLE_SHAPES: Record<Role, string> = {
  sponsor: 'star',
  operator: 'square',
  front: 'diamond',
  carrier: 'triangle',
  transit: 'circle',
  recipient: 'hexagon',
  other: 'hollow circle',
};

/**
 * About the widest a picture is printed, in CSS pixels (an A4 landscape page's
 * text width): a wider picture is scaled down to it.
 */
const PRINTED_WIDTH = 1000;

/**
 * `dash` (as the legend draws it) in the units of a picture `width` wide, so that
 * printed the dashes keep the legend's length: scaled down with the picture they
 * would shrink to specks, which read as a solid line (and print as thousands of shapes).
 */
function dashFor(dash: string, width: number): string {
  const unit = Math.max(1, width / PRINTED_WIDTH);
  return unit === 1
    ? dash
    : dash
        .split(' ')
        .map((v) => f(Number(v) * unit))
        .join(' ');
}

export const CONFIDENCE_DASHES: Record<ConfidenceLabel, string | undefined> = {
  confirmed: undefined,
  reported: '7 3',
  alleged: '2 3',
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const f = (v: number) => String(Math.round(v * 10) / 10);

function polygon(cx: number, cy: number, points: [number, number][]): string {
  return points.map(([x, y]) => `${f(cx + x)},${f(cy + y)}`).join(' ');
}

function regular(n: number, r: number, rotate: number): [number, number][] {
  return Array.from({ length: n }, (_v, k) => {
    const a = rotate + (2 * Math.PI * k) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

/** The shape of a role at (cx, cy), about 2r across. */
export function roleShape(role: Role, cx: number, cy: number, r: number, attrs: string): string {
  const fill = ROLE_COLOURS[role];
  const a = `fill="${fill}" stroke="#222" stroke-width="1.2" ${attrs}`;
  switch (role) {
    case 'sponsor': {
      const pts = Array.from({ length: 10 }, (_v, k): [number, number] => {
        const ang = -Math.PI / 2 + (Math.PI * k) / 5;
        const rr = k % 2 === 0 ? r * 1.15 : r * 0.5;
        return [rr * Math.cos(ang), rr * Math.sin(ang)];
      });
      return `<polygon points="${polygon(cx, cy, pts)}" ${a}/>`;
    }
    case 'operator':
      return `<rect x="${f(cx - r * 0.85)}" y="${f(cy - r * 0.85)}" width="${f(r * 1.7)}" height="${f(r * 1.7)}" ${a}/>`;
    case 'front':
      return `<polygon points="${polygon(cx, cy, [
        [0, -r],
        [r, 0],
        [0, r],
        [-r, 0],
      ])}" ${a}/>`;
    case 'carrier':
      return `<polygon points="${polygon(
        cx,
        cy,
        regular(3, r * 1.05, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.2]),
      )}" ${a}/>`;
    case 'transit':
      return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.9)}" ${a}/>`;
    case 'recipient':
      return `<polygon points="${polygon(cx, cy, regular(6, r, 0))}" ${a}/>`;
    case 'other':
      return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.8)}" fill="#fff" stroke="#555" stroke-width="2" ${attrs}/>`;
  }
}

export interface EdgeStyle {
  width: number;
  dash?: string;
  colour?: string;
  opacity?: number;
}

export interface NodeStyle {
  /** A ring around the shape (a chokepoint actor). */
  ring?: boolean;
  /** Drawn pale and struck through (removed by a plan). */
  removed?: boolean;
}

export interface Mark {
  /** What the mark is about (a channel or actor id). */
  id: string;
  text: string;
  /** Where it points. */
  at: Point;
  /** `cut` marks are dark on white, `weak` white on dark, `added` outlined. */
  tone: 'cut' | 'weak' | 'added' | 'removed';
}

export interface PictureSpec {
  layout: Layout;
  title: string;
  edges: Map<string, EdgeStyle>;
  /** Channels left out of this picture (for example candidates not opened). */
  hidden?: ReadonlySet<string>;
  nodes?: Map<string, NodeStyle>;
  marks?: Mark[];
}

export interface Picture {
  svg: string;
  /** Every label drawn: the actors' and the marks'. */
  labels: LabelBox[];
  width: number;
  height: number;
}

const MARK_FONT = 9;

export function drawNetwork(spec: PictureSpec): Picture {
  const { layout } = spec;
  const fs = layout.fontSize;
  const lineH = fs * layout.lineHeight;
  const parts: string[] = [];
  const hidden = spec.hidden ?? new Set<string>();
  // Marks go where nothing else is: clear of labels, shapes and each other.
  const marks = spec.marks ?? [];
  const markSizes = marks.map((m) => ({ w: textWidth(m.text, MARK_FONT, true) + 6, h: MARK_FONT + 5 }));
  const markBoxes = placeLabels(
    marks.map((m, i) => ({
      id: m.id,
      x: m.at.x,
      y: m.at.y,
      width: markSizes[i]!.w,
      height: markSizes[i]!.h,
    })),
    [...layout.labels.map((l) => l.box), ...layout.shapes],
    { padding: 1.5, step: 5 },
  );
  const bottom = Math.max(layout.height, ...markBoxes.map((b) => b.y + b.height + 8));
  const right = Math.max(layout.width, ...markBoxes.map((b) => b.x + b.width + 8));
  const left = Math.min(0, ...markBoxes.map((b) => b.x - 8));
  const topY = Math.min(0, ...markBoxes.map((b) => b.y - 8));

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(left)} ${f(topY)} ${f(right - left)} ${f(bottom - topY)}" width="${f(right - left)}" height="${f(bottom - topY)}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(spec.title)}">`,
  );
  parts.push(`<title>${escapeXml(spec.title)}</title>`);
  parts.push('<g class="channels" fill="none">');
  for (const e of layout.edges) {
    if (hidden.has(e.id)) continue;
    const st = spec.edges.get(e.id) ?? { width: 1.5 };
    const colour = st.colour ?? '#444';
    const op = st.opacity ?? 1;
    const dash = st.dash ? ` stroke-dasharray="${dashFor(st.dash, right - left)}"` : '';
    parts.push(
      `<path data-channel="${escapeXml(e.id)}" d="${e.d}" stroke="${colour}" stroke-width="${f(st.width)}"${dash} stroke-opacity="${op}"/>`,
    );
    const h = Math.max(3.5, st.width * 0.8);
    const tip = e.end;
    parts.push(
      `<polygon points="${f(tip.x)},${f(tip.y)} ${f(tip.x - 7)},${f(tip.y - h)} ${f(tip.x - 7)},${f(tip.y + h)}" fill="${colour}" fill-opacity="${op}"/>`,
    );
  }
  parts.push('</g>');
  parts.push('<g class="actors">');
  for (const n of layout.nodes) {
    const st = spec.nodes?.get(n.id) ?? {};
    const attrs = `data-actor="${escapeXml(n.id)}"${st.removed ? ' fill-opacity="0.3" stroke-opacity="0.4"' : ''}`;
    if (st.ring)
      parts.push(
        `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(n.r + 3.5)}" fill="none" stroke="#B00020" stroke-width="2.5"/>`,
      );
    parts.push(roleShape(n.role, n.x, n.y, n.r, attrs));
    if (st.removed)
      parts.push(
        `<path d="M${f(n.x - n.r - 2)},${f(n.y - n.r - 2)} L${f(n.x + n.r + 2)},${f(n.y + n.r + 2)} M${f(n.x - n.r - 2)},${f(n.y + n.r + 2)} L${f(n.x + n.r + 2)},${f(n.y - n.r - 2)}" stroke="#B00020" stroke-width="2"/>`,
      );
    const b = n.label.box;
    const ascent = (lineH - fs * 1.164) / 2 + fs * 0.928;
    const spans = n.label.lines
      .map((line, i) => `<tspan x="${f(b.x)}" y="${f(b.y + i * lineH + ascent)}">${escapeXml(line)}</tspan>`)
      .join('');
    parts.push(
      `<text class="label" data-label="${escapeXml(n.id)}" font-size="${fs}" fill="#111" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${spans}</text>`,
    );
  }
  parts.push('</g>');
  const markLabels: LabelBox[] = [];
  if (marks.length) {
    parts.push('<g class="marks">');
    marks.forEach((m, i) => {
      const b = markBoxes[i]!;
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      // A leader from the mark to what it marks, when the mark had to move.
      if (Math.hypot(cx - m.at.x, cy - m.at.y) > 4)
        parts.push(
          `<line x1="${f(m.at.x)}" y1="${f(m.at.y)}" x2="${f(cx)}" y2="${f(cy)}" stroke="#222" stroke-width="0.8"/>`,
        );
      const [fill, stroke, ink] =
        m.tone === 'weak'
          ? ['#222', '#222', '#fff']
          : m.tone === 'added'
            ? ['#fff', '#006D4F', '#006D4F']
            : m.tone === 'removed'
              ? ['#fff', '#B00020', '#B00020']
              : ['#fff', '#B00020', '#B00020'];
      parts.push(
        `<g class="mark" data-mark="${escapeXml(m.id)}"><rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.width)}" height="${f(b.height)}" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="1.2"/><text x="${f(cx)}" y="${f(cy + MARK_FONT * 0.35)}" font-size="${MARK_FONT}" font-weight="bold" text-anchor="middle" fill="${ink}">${escapeXml(m.text)}</text></g>`,
      );
      markLabels.push({ id: m.id, kind: 'mark', lines: [m.text], box: b });
    });
    parts.push('</g>');
  }
  parts.push('</svg>');
  return {
    svg: parts.join('\n'),
    labels: [...layout.labels, ...markLabels],
    width: right - left,
    height: bottom - topY,
  };
}

/** A legend: every role's shape and colour, and the dash of each confidence. */
export function legendSvg(roles: readonly Role[] = ROLES): string {
  const fs = 10;
  const items: string[] = [];
  let x = 4;
  for (const role of roles) {
    items.push(roleShape(role, x + 7, 12, 6, ''));
    items.push(`<text x="${f(x + 17)}" y="${f(15.5)}" font-size="${fs}">${escapeXml(role)}</text>`);
    x += 24 + textWidth(role, fs);
  }
  let x2 = 4;
  for (const [label, dash] of Object.entries(CONFIDENCE_DASHES)) {
    const d = dash ? ` stroke-dasharray="${dash}"` : '';
    items.push(`<path d="M${x2},34 h34" stroke="#444" stroke-width="2.5"${d}/>`);
    items.push(`<text x="${x2 + 40}" y="37.5" font-size="${fs}">${label}</text>`);
    x2 += 50 + textWidth(label, fs);
  }
  const w = Math.max(x, x2 + 190);
  items.push(
    `<path d="M${x2},34 h34" stroke="#444" stroke-width="1.5"/><path d="M${x2},42 h34" stroke="#444" stroke-width="6"/><text x="${x2 + 40}" y="41" font-size="${fs}">width: capacity</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f(w)} 48" width="${f(w)}" height="48" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="Legend">${items.join('')}</svg>`;
}

/** Bounding box helper for tests and callers. */
export function unionBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
}
