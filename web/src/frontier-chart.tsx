// The cost/flow frontier as an SVG step chart: budget across, the residual
// flow of the best plan within it up; the chosen plan is marked, and a click
// on a point chooses its budget.

import { fmt } from './format';
import type { FrontierPoint, Quantity } from './types';

const W = 320;
const H = 150;
const PAD = { left: 40, right: 12, top: 10, bottom: 30 };

const value = (q: Quantity): number => (typeof q === 'number' ? q : Number.NaN);

export function FrontierChart({
  points,
  budget,
  onPick,
}: {
  points: readonly FrontierPoint[];
  budget: number;
  onPick: (budget: number) => void;
}) {
  if (points.length === 0) return null;
  const maxB = Math.max(points[points.length - 1]!.budget, 1);
  const finite = points.map((p) => value(p.residualFlow)).filter(Number.isFinite);
  const maxF = Math.max(...finite, 1);
  const x = (b: number) => PAD.left + (b / maxB) * (W - PAD.left - PAD.right);
  const y = (f: number) => PAD.top + (1 - f / maxF) * (H - PAD.top - PAD.bottom);
  // A step line: the residual holds until the next point's budget.
  let d = '';
  points.forEach((p, i) => {
    const f = value(p.residualFlow);
    if (!Number.isFinite(f)) return;
    d += i === 0 ? `M${x(p.budget)},${y(f)}` : `H${x(p.budget)}V${y(f)}`;
  });
  let chosen = 0;
  points.forEach((p, i) => {
    if (p.budget <= budget + 1e-9) chosen = i;
  });
  const ticks = [0, maxB / 2, maxB].map((b) => Math.round(b * 10) / 10);
  return (
    <svg
      className="frontier-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Frontier: residual flow from ${fmt(points[0]!.residualFlow)} at budget 0 to ${fmt(points[points.length - 1]!.residualFlow)} at budget ${points[points.length - 1]!.budget}`}
      data-testid="frontier-chart"
    >
      <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} className="axis" />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} className="axis" />
      {ticks.map((t) => (
        <text key={`x${t}`} x={x(t)} y={H - PAD.bottom + 14} textAnchor="middle" className="tick">
          {t}
        </text>
      ))}
      {[0, maxF].map((t) => (
        <text key={`y${t}`} x={PAD.left - 4} y={y(t) + 4} textAnchor="end" className="tick">
          {fmt(t)}
        </text>
      ))}
      <text x={(PAD.left + W - PAD.right) / 2} y={H - 2} textAnchor="middle" className="tick">
        budget
      </text>
      <text x={4} y={PAD.top + 4} className="tick" transform={`rotate(-90 10 ${PAD.top + 40})`}>
        flow left
      </text>
      <path d={d} className="frontier-line" />
      {points.map((p, i) => {
        const f = value(p.residualFlow);
        if (!Number.isFinite(f)) return null;
        return (
          <circle
            key={p.budget}
            cx={x(p.budget)}
            cy={y(f)}
            r={i === chosen ? 6 : 3.5}
            className={i === chosen ? 'frontier-point chosen' : 'frontier-point'}
            data-testid={i === chosen ? 'frontier-chosen' : undefined}
            data-budget={p.budget}
            onClick={() => onPick(p.budget)}
          >
            <title>
              budget {p.budget}: flow left {fmt(p.residualFlow)} (cost {p.cost}
              {p.actions.length ? `: ${p.actions.join(', ')}` : ''})
            </title>
          </circle>
        );
      })}
    </svg>
  );
}
