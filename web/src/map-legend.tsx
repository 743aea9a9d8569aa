// The map's legend: each role by its shape and colour, each channel kind by
// colour, confidence by dashes, and the marks of the minimum cut and the rebuild.

import {
  CUT_COLOUR,
  DASHES,
  KIND_COLOURS,
  REBUILD_COLOUR,
  REBUILD_DASH,
  ROLE_COLOURS,
  ROLE_SHAPE_OF,
} from './map-style';

function Shape({ shape, colour }: { shape: string; colour: string }) {
  const d =
    shape === 'square'
      ? 'M1.5,1.5H10.5V10.5H1.5Z'
      : shape === 'triangle'
        ? 'M6,0.5L11.5,10.5H0.5Z'
        : shape === 'diamond'
          ? 'M6,0L12,6L6,12L0,6Z'
          : 'M6,1A5,5 0 1 1 5.99,1Z';
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d={d} fill={colour} />
    </svg>
  );
}

function Line({ colour, dash }: { colour: string; dash?: { dash: number; gap: number } }) {
  return (
    <svg width="26" height="8" viewBox="0 0 26 8" aria-hidden="true">
      <line
        x1="0"
        y1="4"
        x2="26"
        y2="4"
        stroke={colour}
        strokeWidth={2.5}
        strokeDasharray={dash && dash.gap ? `${dash.dash} ${dash.gap}` : undefined}
      />
    </svg>
  );
}

export function MapLegend() {
  return (
    <div className="legend" aria-label="Legend">
      <div>
        {Object.entries(ROLE_COLOURS).map(([role, c]) => (
          <span key={role}>
            <Shape shape={ROLE_SHAPE_OF(role)} colour={c} />
            {role}
          </span>
        ))}
      </div>
      <div>
        {Object.entries(KIND_COLOURS)
          .filter(([k]) => !['membership', 'directorship'].includes(k))
          .map(([kind, c]) => (
            <span key={kind}>
              <Line colour={c} />
              {kind === 'ownership' ? 'ownership etc.' : kind}
            </span>
          ))}
      </div>
      <div>
        {Object.entries(DASHES).map(([label, d]) => (
          <span key={label}>
            <Line colour="#374151" dash={d} />
            {label}
          </span>
        ))}
        <span>
          <Line colour={CUT_COLOUR} />
          min cut
        </span>
        <span>
          <Line colour={REBUILD_COLOUR} dash={REBUILD_DASH} />
          rebuild
        </span>
        <span>✂ chokepoint · ⚠ weak link · width = capacity · faded = no flow</span>
      </div>
    </div>
  );
}
