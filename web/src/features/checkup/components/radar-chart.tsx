import { useId } from 'react';

export type TRadarAxis = { key: string; label: string };
export type TRadarSeries = { key: string; label: string; values: (number | null)[]; kind: 'now' | 'before' | 'peers' };

type TProps = { title: string; description: string; axes: TRadarAxis[]; series: TRadarSeries[] };

const R = 100;
const LABEL_GAP = 10;
const LINE_CHARS = 14;
const FONT_SIZE = 14;
const LINE_HEIGHT = 16;
/** A generous average glyph width for a semibold system font, to size the box. */
const CHAR_WIDTH = FONT_SIZE * 0.64;

/** Where value `v` (0–100) of axis `i` of `n` falls; axis 0 points up, then clockwise. */
function point(i: number, n: number, v: number): [number, number] {
  const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (R * Math.max(0, Math.min(100, v))) / 100;
  return [r * Math.cos(a), r * Math.sin(a)];
}

const round = (x: number) => Math.round(x * 10) / 10;
const pointsOf = (values: (number | null)[]) =>
  values.map((v, i) => point(i, values.length, v ?? 0).map(round).join(',')).join(' ');

/** Breaks a label into short lines (greedy, by words), so it fits beside a 360 px chart. */
function wrap(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TLabel = { key: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; lines: string[] };

/** Places each axis label outside its vertex and returns the box that holds chart and labels. */
function layoutLabels(axes: TRadarAxis[]): { labels: TLabel[]; viewBox: string } {
  const n = axes.length;
  let minX = -R;
  let maxX = R;
  let minY = -R;
  let maxY = R;
  const labels = axes.map((a, i): TLabel => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const lines = wrap(a.label);
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const height = lines.length * LINE_HEIGHT;
    // Labels above the centre grow upwards, those below grow downwards, side ones sit centred.
    const top = sin < -0.3 ? -height : sin > 0.3 ? 0 : -height / 2;
    const x = round((R + LABEL_GAP) * cos);
    const boxTop = (R + LABEL_GAP) * sin + top;
    const width = Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    minX = Math.min(minX, left);
    maxX = Math.max(maxX, left + width);
    minY = Math.min(minY, boxTop);
    maxY = Math.max(maxY, boxTop + height);
    // The first baseline sits one font size below the top of the box.
    return { key: a.key, x, y: round(boxTop + FONT_SIZE), anchor, lines };
  });
  const pad = 4;
  const box = [minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad].map((v) => Math.round(v));
  return { labels, viewBox: box.join(' ') };
}

/**
 * A radar (spider) chart drawn with SVG elements only: rings at 25/50/75/100, one shape per
 * series (now filled, before outlined, peers dashed). Colours come from CSS classes, so it
 * respects the CSP (no style attributes). The numbers also live in a table for screen readers.
 * @example <RadarChart title="Maturità digitale" description="..." axes={axes} series={[{ key: 'now', kind: 'now', label: 'Oggi', values }]} />
 */
export function RadarChart({ title, description, axes, series }: TProps) {
  const id = useId();
  const n = axes.length;
  if (n < 3) return null;
  const ring = (v: number) => pointsOf(axes.map(() => v));
  const { labels, viewBox } = layoutLabels(axes);

  return (
    <figure className="radar">
      <svg
        className="radar-svg"
        viewBox={viewBox}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        focusable="false"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <g className="radar-grid">
          {[25, 50, 75, 100].map((v) => (
            <polygon key={v} points={ring(v)} className={v === 100 ? 'radar-ring radar-ring-outer' : 'radar-ring'} />
          ))}
          {axes.map((a, i) => {
            const [x, y] = point(i, n, 100);
            return <line key={a.key} x1="0" y1="0" x2={round(x)} y2={round(y)} className="radar-axis" />;
          })}
        </g>
        {series.map((s) => (
          <g key={s.key} className={`radar-series radar-${s.kind}`}>
            <polygon points={pointsOf(s.values)} strokeDasharray={s.kind === 'peers' ? '6 4' : undefined} />
            {s.kind === 'now'
              ? s.values.map((v, i) => {
                  const [x, y] = point(i, n, v ?? 0);
                  return <circle key={axes[i]?.key ?? i} cx={round(x)} cy={round(y)} r="3.5" />;
                })
              : null}
          </g>
        ))}
        <g className="radar-labels" aria-hidden="true">
          {labels.map((l) => (
            <text key={l.key} x={l.x} y={l.y} textAnchor={l.anchor} className="radar-label">
              {l.lines.map((line, k) => (
                <tspan key={k} x={l.x} dy={k === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        <ul className="radar-legend">
          {series.map((s) => (
            <li key={s.key}>
              <span className={`swatch swatch-${s.kind}`} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
