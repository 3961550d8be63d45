import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FUNNEL_BREAKDOWNS, isBreakdown, type TFunnelBreakdown, type TPeriod } from '../api/insights';

type TProps = {
  period: TPeriod | undefined;
  by?: TFunnelBreakdown;
  /** Whether the breakdown by sportello makes sense (the network view). */
  isNetwork: boolean;
  onChange: (next: { from: string; to: string; by?: TFunnelBreakdown }) => void;
};

/** The period chooser (two Rome days) and, on the funnel, the breakdown chooser. */
export function InsightsControls({ period, by, isNetwork, onChange }: TProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period?.from ?? '');
  const [to, setTo] = useState(period?.to ?? '');
  const [breakdown, setBreakdown] = useState<TFunnelBreakdown>(by ?? 'none');
  const [seen, setSeen] = useState(period);
  // The server fills a default period in: show it once it arrives.
  if (period && (period.from !== seen?.from || period.to !== seen?.to)) {
    setSeen(period);
    setFrom(period.from);
    setTo(period.to);
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ from, to, ...(by !== undefined ? { by: breakdown } : {}) });
  };
  const options = FUNNEL_BREAKDOWNS.filter((b) => isNetwork || b !== 'sportello');
  return (
    <form className="insights-controls" onSubmit={submit} aria-label={t('insights.controls.label')}>
      <div className="field">
        <label htmlFor="insights-from">{t('insights.controls.from')}</label>
        <input id="insights-from" type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="insights-to">{t('insights.controls.to')}</label>
        <input id="insights-to" type="date" value={to} required onChange={(e) => setTo(e.target.value)} />
      </div>
      {by !== undefined ? (
        <div className="field">
          <label htmlFor="insights-by">{t('insights.controls.by')}</label>
          <select id="insights-by" value={breakdown} onChange={(e) => isBreakdown(e.target.value) && setBreakdown(e.target.value)}>
            {options.map((b) => (
              <option key={b} value={b}>
                {t(`insights.by.${b}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="btn btn-primary">
        {t('insights.controls.show')}
      </button>
    </form>
  );
}

/** Links between the two views of the same scope. */
export function InsightsNav({ base, current }: { base: string; current: 'andamento' | 'impatto' }) {
  const { t } = useTranslation();
  return (
    <nav className="insights-nav" aria-label={t('insights.nav.label')}>
      <ul>
        <li>
          <Link to={`${base}/andamento`} aria-current={current === 'andamento' ? 'page' : undefined}>
            {t('insights.funnel.title')}
          </Link>
        </li>
        <li>
          <Link to={`${base}/impatto`} aria-current={current === 'impatto' ? 'page' : undefined}>
            {t('insights.impact.title')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
