import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../../lib/use-api';
import { inboxFacetsPath, type TInboxFacets } from '../api/inbox';

/** On the coordinator page: the link to the inbox with its count (only for who may read it). */
export function InboxLink({ sportelloId }: { sportelloId: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi<TInboxFacets>(inboxFacetsPath(sportelloId));
  if (error || !data) return null;
  return (
    <section className="card" aria-labelledby="inbox-link-title">
      <h2 id="inbox-link-title">
        <Link to={`/sportelli/${sportelloId}/richieste`}>{t('inbox.link', { count: data.counts.open })}</Link>
      </h2>
      <p className="muted">{t('inbox.linkHint')}</p>
    </section>
  );
}
