import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ComuneCombobox } from '../../../components/comune-combobox';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { isApiError } from '../../../lib/api-client';
import { lookupSportello, type TComune, type TLookup } from '../api/geo';
import { SportelloCard } from './sportello-card';

/** "Find your sportello": choose a comune, see who serves its province. */
export function SportelloFinder() {
  const { t } = useTranslation();
  const [comune, setComune] = useState<TComune | null>(null);
  const [result, setResult] = useState<TLookup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!comune) return;
    const ctrl = new AbortController();
    setIsLoading(true);
    setError(null);
    setResult(null);
    lookupSportello(comune.istat, ctrl.signal)
      .then((r) => {
        setResult(r);
        setIsLoading(false);
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(isApiError(e) ? e.detail : t('errors.generic'));
        setIsLoading(false);
      });
    return () => ctrl.abort();
  }, [comune, tick, t]);

  return (
    <div className="finder">
      <ComuneCombobox label={t('geo.comuneLabel')} hint={t('geo.comuneHint')} onSelect={setComune} />
      <div className="finder-result" aria-live="polite">
        {isLoading ? <Loading label={t('geo.lookingUp')} /> : null}
        {error ? <ErrorNotice message={error} onRetry={() => setTick((n) => n + 1)} /> : null}
        {result && result.sportello ? (
          <>
            <p>{t('geo.servedBy', { comune: result.comune.name })}</p>
            <SportelloCard sportello={result.sportello} />
          </>
        ) : null}
        {result && !result.sportello ? (
          <div className="notice notice-info">
            <p>{t('geo.noneYet', { province: result.comune.province.name })}</p>
            <p>
              <Link to="/registrati">{t('geo.noneYetSignUp')}</Link>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
