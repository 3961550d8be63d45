import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { api, isApiError } from '../../../lib/api-client';
import { useApi } from '../../../lib/use-api';
import { addRule, callSearchPath, CURATED_FACTS, LEGAL_FORMS, removeRule, rulesPath, type TCallHit, type TCuratedFact, type TCuratedRule, type TRuleView } from './rules-api';

type TProps = { sportelloId: string; onChooseForBusinesses: (call: { id: string; title: string }) => void };

/**
 * Rules the sportello checked on a national call ("at most 249 employees", "only srl and snc"),
 * each with the page it comes from: the finder then checks them instead of saying "da verificare".
 */
export function RulesSection({ sportelloId, onChooseForBusinesses }: TProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<TCallHit[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [call, setCall] = useState<TCallHit | null>(null);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setSearchError(null);
    try {
      const page = await api.get<{ items: TCallHit[] }>(callSearchPath(q.trim()));
      setHits(page.items.filter((c) => c.source === 'incentivi'));
    } catch (err) {
      setSearchError(isApiError(err) ? err.detail : t('errors.generic'));
    }
  };

  return (
    <section className="card" aria-labelledby="fc-rules">
      <h2 id="fc-rules">{t('fundingRules.title')}</h2>
      <p>{t('fundingRules.intro')}</p>
      <form className="form" role="search" onSubmit={(e) => void search(e)}>
        <div className="field">
          <label htmlFor="fc-rules-q">{t('fundingRules.search')}</label>
          <input id="fc-rules-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('fundingRules.searchExample')} />
        </div>
        <button type="submit" className="btn btn-secondary">
          {t('fundingRules.find')}
        </button>
      </form>
      {searchError ? <ErrorNotice message={searchError} /> : null}
      {hits && hits.length === 0 ? <p role="status">{t('fundingRules.noHits')}</p> : null}
      {hits && hits.length > 0 ? (
        <ul className="item-list" aria-label={t('fundingRules.hits')}>
          {hits.map((hit) => (
            <li key={hit.id} className="item">
              <div className="item-main">
                <strong>{hit.title}</strong>
                <span className="muted">{hit.closesText}</span>
              </div>
              <div className="item-actions">
                <button type="button" className="btn btn-primary" aria-pressed={call?.id === hit.id} onClick={() => setCall(hit)}>
                  {t('fundingRules.choose')}
                  <span className="sr-only"> ({hit.title})</span>
                </button>
                <button type="button" className="btn btn-secondary" onClick={() => onChooseForBusinesses({ id: hit.id, title: hit.title })}>
                  {t('fundingRules.who')}
                  <span className="sr-only"> ({hit.title})</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {call ? <CallRules key={call.id} sportelloId={sportelloId} call={call} /> : null}
    </section>
  );
}

function ruleText(rule: TCuratedRule, t: (key: string, options?: Record<string, unknown>) => string): string {
  const value = Array.isArray(rule.value) ? rule.value.map((f) => t(`fundingFinder.legalForm.${f}`)).join(', ') : String(rule.value);
  return t(`fundingRules.fact.${rule.fact}`, { value });
}

function CallRules({ sportelloId, call }: { sportelloId: string; call: TCallHit }) {
  const { t } = useTranslation();
  const rules = useApi<{ items: TRuleView[] }>(rulesPath(call.id, sportelloId));
  const [fact, setFact] = useState<TCuratedFact>('maxEmployees');
  const [value, setValue] = useState('');
  const [forms, setForms] = useState<string[]>([]);
  const [sourceUrl, setSourceUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const isNumber = fact === 'maxEmployees' || fact === 'minYearsInBusiness' || fact === 'maxYearsInBusiness';
  const isDay = fact === 'foundedBefore' || fact === 'foundedAfter';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (fact === 'legalForms' && forms.length === 0) local.value = t('fundingRules.chooseForm');
    if (fact !== 'legalForms' && value.trim() === '') local.value = t('fundingRules.valueMissing');
    if (isNumber && value.trim() !== '' && !/^\d+$/.test(value.trim())) local.value = t('fundingRules.wholeNumber');
    if (!/^https:\/\//.test(sourceUrl.trim())) local.sourceUrl = t('fundingRules.httpsOnly');
    setErrors(local);
    setStatus(null);
    if (Object.keys(local).length) return;
    const rule: TCuratedRule = { fact, value: fact === 'legalForms' ? forms : isNumber ? Number(value.trim()) : value.trim(), sourceUrl: sourceUrl.trim() };
    setIsBusy(true);
    try {
      await addRule(call.id, sportelloId, rule);
      setValue('');
      setForms([]);
      setStatus(t('fundingRules.added'));
      rules.reload();
    } catch (err) {
      if (!isApiError(err)) throw err;
      // The server names fields as rule.value, rule.sourceUrl: shown next to ours.
      const fields: Record<string, string> = {};
      for (const [field, message] of Object.entries(err.fieldErrors)) fields[field.replace(/^rule\./, '')] = message;
      setErrors(Object.keys(fields).length ? fields : { form: err.detail });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="funding-rules">
      <h3>{t('fundingRules.onCall', { title: call.title })}</h3>
      {rules.isLoading && !rules.data ? <Loading /> : null}
      {rules.error ? <ErrorNotice message={rules.error.detail} onRetry={rules.reload} /> : null}
      {rules.data && rules.data.items.length === 0 ? <p>{t('fundingRules.none')}</p> : null}
      {rules.data && rules.data.items.length > 0 ? (
        <ul className="item-list">
          {rules.data.items.map((r) => (
            <li key={r.id} className="item">
              <div className="item-main">
                <span>{ruleText(r.rule, t)}</span>
                <span className="small muted">
                  {r.sportelloId ? t('fundingRules.ours') : t('fundingRules.national')} ·{' '}
                  <a href={r.sourceUrl} rel="noopener noreferrer" target="_blank">
                    {t('fundingRules.source')}
                  </a>
                </span>
              </div>
              {r.sportelloId ? (
                <div className="item-actions">
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={async () => {
                      await removeRule(call.id, r.id).catch(() => undefined);
                      rules.reload();
                    }}
                  >
                    {t('fundingRules.remove')}
                    <span className="sr-only"> ({ruleText(r.rule, t)})</span>
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="fc-rule-fact">{t('fundingRules.factLabel')}</label>
          <select id="fc-rule-fact" value={fact} onChange={(e) => setFact(e.target.value as TCuratedFact)}>
            {CURATED_FACTS.map((f) => (
              <option key={f} value={f}>
                {t(`fundingRules.factName.${f}`)}
              </option>
            ))}
          </select>
        </div>
        {fact === 'legalForms' ? (
          <fieldset className={errors.value ? 'field field-invalid' : 'field'} aria-describedby={errors.value ? 'fc-rule-value-error' : undefined}>
            <legend>{t('fundingRules.formsLabel')}</legend>
            {LEGAL_FORMS.map((f) => (
              <label key={f} className="check">
                <input type="checkbox" checked={forms.includes(f)} onChange={(e) => setForms(e.target.checked ? [...forms, f] : forms.filter((x) => x !== f))} /> {t(`fundingFinder.legalForm.${f}`)}
              </label>
            ))}
            {errors.value ? (
              <p className="field-error" id="fc-rule-value-error">
                {errors.value}
              </p>
            ) : null}
          </fieldset>
        ) : (
          <div className={errors.value ? 'field field-invalid' : 'field'}>
            <label htmlFor="fc-rule-value">{t(isDay ? 'fundingRules.dayLabel' : 'fundingRules.numberLabel')}</label>
            <input
              id="fc-rule-value"
              type={isDay ? 'date' : 'text'}
              inputMode={isNumber ? 'numeric' : undefined}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={errors.value ? true : undefined}
              aria-describedby={errors.value ? 'fc-rule-value-error' : undefined}
            />
            {errors.value ? (
              <p className="field-error" id="fc-rule-value-error">
                {errors.value}
              </p>
            ) : null}
          </div>
        )}
        <div className={errors.sourceUrl ? 'field field-invalid' : 'field'}>
          <label htmlFor="fc-rule-source">{t('fundingRules.sourceLabel')}</label>
          <p className="field-hint" id="fc-rule-source-hint">
            {t('fundingRules.sourceHint')}
          </p>
          <input
            id="fc-rule-source"
            type="url"
            value={sourceUrl}
            onChange={(e) => setSourceUrl(e.target.value)}
            aria-invalid={errors.sourceUrl ? true : undefined}
            aria-describedby={errors.sourceUrl ? 'fc-rule-source-hint fc-rule-source-error' : 'fc-rule-source-hint'}
          />
          {errors.sourceUrl ? (
            <p className="field-error" id="fc-rule-source-error">
              {errors.sourceUrl}
            </p>
          ) : null}
        </div>
        {errors.form ? <p className="field-error">{errors.form}</p> : null}
        <button type="submit" className="btn btn-primary" disabled={isBusy}>
          {t('fundingRules.add')}
        </button>
        {status ? (
          <p className="notice notice-success" role="status">
            {status}
          </p>
        ) : null}
      </form>
    </div>
  );
}
