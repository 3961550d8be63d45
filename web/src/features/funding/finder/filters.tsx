import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KINDS, type TFilters } from './api';

type TProps = { filters: TFilters; onChange: (filters: TFilters) => void; isSignedIn: boolean };

/** Kind, verdict, territory, closing within, minimum amount, and the recently closed ones. */
export function FinderFilters({ filters, onChange, isSignedIn }: TProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<TFilters>) => onChange({ ...filters, ...patch, page: 1 });
  return (
    <details className="card funding-filters-box">
      <summary>{t('fundingFinder.filters.legend')}</summary>
      <fieldset className="funding-filters">
      <legend className="sr-only">{t('fundingFinder.filters.legend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('fundingFinder.filters.kind')}</label>
        <select id={`${id}-kind`} value={filters.kind} onChange={(e) => set({ kind: e.target.value as TFilters['kind'] })}>
          <option value="">{t('fundingFinder.filters.any')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`fundingFinder.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-verdict`}>{t('fundingFinder.filters.verdict')}</label>
        <select id={`${id}-verdict`} value={filters.verdict} onChange={(e) => set({ verdict: e.target.value as TFilters['verdict'] })}>
          <option value="">{t('fundingFinder.filters.any')}</option>
          <option value="eligible">{t('fundingFinder.verdict.eligible')}</option>
          <option value="to_verify">{t('fundingFinder.verdict.to_verify')}</option>
          <option value="not_eligible">{t('fundingFinder.verdict.not_eligible')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-territory`}>{t('fundingFinder.filters.territory')}</label>
        <select id={`${id}-territory`} value={filters.territory} onChange={(e) => set({ territory: e.target.value as TFilters['territory'] })}>
          <option value="">{t('fundingFinder.filters.anyTerritory')}</option>
          <option value="region">{t('fundingFinder.filters.region')}</option>
          <option value="national">{t('fundingFinder.filters.national')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-within`}>{t('fundingFinder.filters.closingWithin')}</label>
        <select id={`${id}-within`} value={filters.closingWithin} onChange={(e) => set({ closingWithin: e.target.value })}>
          <option value="">{t('fundingFinder.filters.anyDeadline')}</option>
          {['14', '30', '60', '90'].map((d) => (
            <option key={d} value={d}>
              {t('fundingFinder.filters.days', { count: Number(d) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-min`}>{t('fundingFinder.filters.minAmount')}</label>
        <input id={`${id}-min`} type="number" inputMode="numeric" min={0} step={1000} value={filters.minAmount} onChange={(e) => set({ minAmount: e.target.value })} />
      </div>
      <label className="choice" htmlFor={`${id}-recent`}>
        <input id={`${id}-recent`} type="checkbox" checked={filters.recent} onChange={(e) => set({ recent: e.target.checked })} />
        {t('fundingFinder.filters.recent')}
      </label>
      {isSignedIn ? null : <p className="small muted">{t('fundingFinder.filters.visitorNote')}</p>}
      </fieldset>
    </details>
  );
}
