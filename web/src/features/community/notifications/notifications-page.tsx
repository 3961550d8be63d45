import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { inboxPath, loadInbox, markAllRead, markRead, threadPagePath, type TInbox, type TNotification } from './api';
import { NotificationLine } from './notification-line';

/** /notifiche: replies, mentions, solutions, offers and moderators' decisions, newest first. */
export default function NotificationsPage() {
  return <RequireSignIn fallback={<Loading />}>{() => <Notifications />}</RequireSignIn>;
}

function Notifications() {
  const { t } = useTranslation();
  usePageTitle(t('communityNotify.page.title'));
  const { data, error, isLoading, reload } = useApi<TInbox>(inboxPath());
  const [more, setMore] = useState<TNotification[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [readIds, setReadIds] = useState<Set<string>>(new Set());
  const [allRead, setAllRead] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  if (isLoading && !data) return <Loading />;
  if (error || !data) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;

  const items = [...data.items, ...more];
  const next = cursor === undefined ? data.nextCursor : cursor;
  const isRead = (n: TNotification) => allRead || n.isRead || readIds.has(n.id);
  const unread = items.filter((n) => !isRead(n)).length;

  const loadMore = async () => {
    try {
      const page = await loadInbox(next);
      setMore((m) => [...m, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setStatus(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  const readAll = async () => {
    try {
      await markAllRead();
      setAllRead(true);
      setStatus(t('communityNotify.page.allReadDone'));
    } catch (e) {
      setStatus(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  const open = (n: TNotification) => {
    if (!isRead(n)) {
      setReadIds((s) => new Set(s).add(n.id));
      void markRead(n.id).catch(() => undefined);
    }
  };

  return (
    <section className="page narrow" aria-labelledby="cn-title">
      <h1 id="cn-title">{t('communityNotify.page.title')}</h1>
      <p>{t('communityNotify.page.unread', { count: unread })}</p>
      {unread > 0 ? (
        <button type="button" className="btn btn-secondary" onClick={() => void readAll()}>
          {t('communityNotify.page.markAll')}
        </button>
      ) : null}
      <FormStatus message={status ?? ''} />
      {items.length === 0 ? (
        <p>{t('communityNotify.page.empty')}</p>
      ) : (
        <ul className="plain-list notification-list">
          {items.map((n) => (
            <li key={n.id} className={isRead(n) ? 'is-read' : 'is-unread'}>
              {isRead(n) ? null : <span className="sr-only">{t('communityNotify.page.new')} </span>}
              {n.thread ? (
                <Link to={threadPagePath(n.thread.slug)} onClick={() => open(n)}>
                  <NotificationLine n={n} />
                </Link>
              ) : (
                <NotificationLine n={n} />
              )}
              {!n.thread && !isRead(n) ? (
                <button type="button" className="btn btn-link" onClick={() => open(n)}>
                  {t('communityNotify.page.markOne')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {next ? (
        <button type="button" className="btn btn-secondary" onClick={() => void loadMore()}>
          {t('communityNotify.page.more')}
        </button>
      ) : null}
    </section>
  );
}
