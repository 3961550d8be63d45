import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { RequireSignIn, type TMe } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { questionnairePath, startCheckup, type TCheckup, type TQuestionnaire } from '../api/checkup';
import { Questionnaire } from './questionnaire';

/** /check-up: the questionnaire for the signed-in person's business, one question per screen. */
export default function CheckupPage() {
  return <RequireSignIn fallback={<Loading />}>{(me) => <CheckupForMe me={me} />}</RequireSignIn>;
}

function CheckupForMe({ me }: { me: TMe }) {
  const { t } = useTranslation();
  usePageTitle(t('checkup.title'));
  const [params] = useSearchParams();
  const wanted = params.get('impresa');
  const business = me.businesses.find((b) => b.id === wanted) ?? (me.businesses.length === 1 ? me.businesses[0] : undefined);

  if (me.businesses.length === 0) {
    return (
      <section className="page narrow" aria-labelledby="cu-none">
        <h1 id="cu-none">{t('checkup.title')}</h1>
        <p>{t('checkup.noBusiness')}</p>
        <p>
          <Link to="/ascolto" className="btn btn-primary btn-big">
            {t('checkup.goAscolto')}
          </Link>
        </p>
      </section>
    );
  }
  if (!business) {
    return (
      <section className="page narrow" aria-labelledby="cu-choose">
        <h1 id="cu-choose">{t('checkup.chooseBusiness')}</h1>
        <ul className="link-list">
          {me.businesses.map((b) => (
            <li key={b.id}>
              <Link to={`/check-up?impresa=${encodeURIComponent(b.id)}`}>{b.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return <CheckupRunner key={business.id} businessId={business.id} businessName={business.name} />;
}

function CheckupRunner({ businessId, businessName }: { businessId: string; businessName: string }) {
  const { t } = useTranslation();
  const questionnaire = useApi<TQuestionnaire>(questionnairePath);
  const [checkup, setCheckup] = useState<TCheckup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    setError(null);
    // Returns the open draft when there is one, so calling it twice is harmless.
    startCheckup(businessId).then(
      (c) => {
        if (isCurrent) setCheckup(c);
      },
      (e: unknown) => {
        if (isCurrent) setError(isApiError(e) ? e.detail : t('errors.generic'));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [businessId, tick, t]);

  const loadError = error ?? questionnaire.error?.detail;
  if (loadError) {
    return (
      <section className="page narrow" aria-labelledby="cu-error">
        <h1 id="cu-error">{t('checkup.title')}</h1>
        <ErrorNotice
          message={loadError}
          onRetry={() => {
            questionnaire.reload();
            setTick((n) => n + 1);
          }}
        />
      </section>
    );
  }
  if (!checkup || !questionnaire.data) return <Loading />;
  return <Questionnaire key={checkup.id} checkup={checkup} questionnaire={questionnaire.data} businessName={businessName} />;
}
