import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../../lib/use-api';

type TInboxCounts = { counts: { open: number; new: number } };

/** On the coordinator page: the link to the inbox with its count (only for who may read it); the inbox itself is features/inbox. */
export function InboxLink({ sportelloId }: { sportelloId: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi<TInboxCounts>(`/api/sportelli/${sportelloId}/inbox/facets`);
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
