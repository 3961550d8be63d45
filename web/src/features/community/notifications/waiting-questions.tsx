import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormStatus } from '../../../components/ui/form-status';
import { isApiError } from '../../../lib/api-client';
import { formatRomeDateTime } from '../../../lib/rome-time';
import { useApi } from '../../../lib/use-api';
import { offersPath, takeOffer, threadPagePath, type TOffer } from './api';

/** The angel home's "Domande che aspettano": questions nobody answered, with "La prendo io". */
export function WaitingQuestions() {
  const { t, i18n } = useTranslation();
  const { data, reload } = useApi<{ items: TOffer[] }>(offersPath);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const take = async (offer: TOffer) => {
    try {
      const { takenUntil } = await takeOffer(offer.id);
      setStatus({ kind: 'success', message: t('communityNotify.offers.taken', { title: offer.thread.title, until: formatRomeDateTime(takenUntil, i18n.language) }) });
      reload();
    } catch (e) {
      setStatus({ kind: 'error', message: isApiError(e) ? e.detail : t('errors.generic') });
      reload();
    }
  };
  const items = data?.items ?? [];
  return (
    <section className="card" aria-labelledby="cn-offers">
      <h2 id="cn-offers">{t('communityNotify.offers.title')}</h2>
      {items.length === 0 ? <p>{t('communityNotify.offers.empty')}</p> : null}
      <ul className="plain-list">
        {items.map((o) => (
          <li key={o.id}>
            <Link to={threadPagePath(o.thread.slug)}>{o.thread.title}</Link>{' '}
            <span className="muted">{t('communityNotify.offers.waiting', { count: o.waitingHours })}</span>
            {o.isMine && o.takenUntil ? (
              <p>{t('communityNotify.offers.yours', { until: formatRomeDateTime(o.takenUntil, i18n.language) })}</p>
            ) : (
              <button type="button" className="btn btn-primary" onClick={() => void take(o)}>
                {t('communityNotify.offers.take')}
                <span className="sr-only">: {o.thread.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {status ? <FormStatus kind={status.kind} message={status.message} /> : null}
    </section>
  );
}
