import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { formatDateTime } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { adminMailPath, type TMail } from '../api/network';

/** /admin/posta: the mail the platform sent or is about to send. */
export default function AdminMailPage() {
  const { t } = useTranslation();
  usePageTitle(t('network.mail.title'));
  return <RequireSignIn fallback={<Loading />}>{() => <AdminMail />}</RequireSignIn>;
}

function AdminMail() {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TMail[] }>(adminMailPath);

  return (
    <section className="page" aria-labelledby="mail-title">
      <h1 id="mail-title">{t('network.mail.title')}</h1>
      <p className="lead">{t('network.mail.intro')}</p>
      {isLoading && !data ? <Loading /> : null}
      {error && (error.status === 403 || error.status === 404) ? (
        <p className="notice notice-info">{t('network.admin.forbidden')}</p>
      ) : error ? (
        <ErrorNotice message={error.detail} onRetry={reload} />
      ) : null}
      {data && data.items.length === 0 ? <p>{t('network.mail.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="item-list">
          {data.items.map((m) => (
            <li key={m.id} className="item mail-item">
              <details>
                <summary>
                  <span className="mail-subject">{m.subject}</span>
                  <span className="muted">{t('network.mail.to', { to: m.to })}</span>
                  <span className="mail-meta">
                    <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
                    <span className={`badge badge-${m.status}`}>{t(`network.mail.status.${m.status}`)}</span>
                  </span>
                </summary>
                <pre className="mail-text">{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
