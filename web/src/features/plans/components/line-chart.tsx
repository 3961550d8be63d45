import { useId } from 'react';
import type { TReading, TUnit } from '../api/plans';
import { figure } from '../api/words';
import { formatDate } from '../../../lib/format';
import { useWords } from '../hooks/use-words';

type TProps = { title: string; readings: TReading[]; baseline: number; target: number; unit: TUnit };

const W = 320;
const H = 140;
const PAD = { left: 8, right: 8, top: 14, bottom: 14 };
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The indicator's readings over time as a small SVG line, with the target as a dashed line.
 * Colours come from CSS classes (no style attributes, for the CSP). The same figures are
 * listed in words under the chart, so nothing depends on seeing it.
 * @example <LineChart title="Margine" readings={goal.readings} baseline={10} target={25} unit="%" />
 */
export function LineChart({ title, readings, baseline, target, unit }: TProps) {
  const { t, lang } = useWords();
  const id = useId();
  const points = readings.length ? readings : [];
  const values = [...points.map((r) => r.value), baseline, target];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const times = points.map((r) => new Date(r.at).getTime());
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (i: number) => {
    if (points.length <= 1) return W / 2;
    const tt = times[i]!;
    // Equal steps when the readings share one instant (all added in one go).
    return t1 === t0 ? PAD.left + (i * (W - PAD.left - PAD.right)) / (points.length - 1) : PAD.left + ((tt - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  };
  const y = (v: number) => PAD.top + (1 - (v - min) / span) * (H - PAD.top - PAD.bottom);
  const line = points.map((r, i) => `${round(x(i))},${round(y(r.value))}`).join(' ');
  const last = points[points.length - 1];
  const summary = last
    ? t('plans.chart.summary', { count: points.length, last: figure(t, lang, last.value, unit), target: figure(t, lang, target, unit) })
    : t('plans.chart.empty');

  return (
    <figure className="line-chart">
      <svg className="line-chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} focusable="false">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        <line className="line-chart-target" x1={PAD.left} x2={W - PAD.right} y1={round(y(target))} y2={round(y(target))} strokeDasharray="6 4" />
        <line className="line-chart-base" x1={PAD.left} x2={W - PAD.right} y1={round(y(baseline))} y2={round(y(baseline))} />
        {points.length > 1 ? <polyline className="line-chart-line" points={line} /> : null}
        {points.map((r, i) => (
          <circle key={`${r.at}-${i}`} className="line-chart-dot" cx={round(x(i))} cy={round(y(r.value))} r="4" />
        ))}
      </svg>
      <figcaption className="small">
        <span className="line-chart-legend">
          <span className="swatch swatch-line" aria-hidden="true" /> {t('plans.chart.values')}
        </span>
        <span className="line-chart-legend">
          <span className="swatch swatch-target" aria-hidden="true" /> {t('plans.chart.target', { target: figure(t, lang, target, unit) })}
        </span>
        {points.length ? (
          <details className="line-chart-values">
            <summary>{t('plans.chart.show')}</summary>
            <ul className="plain-list">
              {points.map((r, i) => (
                <li key={`${r.at}-${i}`}>
                  {formatDate(r.at, lang)}: <strong>{figure(t, lang, r.value, unit)}</strong>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </figcaption>
    </figure>
  );
}
