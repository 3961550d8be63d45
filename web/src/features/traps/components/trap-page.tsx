import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { formatDate } from '../../../lib/format';
import { useApi } from '../../../lib/use-api';
import { trapApiPath, trapAt, type TTrapView } from '../api';

function MissingTrap() {
  const { t } = useTranslation();
  usePageTitle(t('traps.missing.title'));
  return (
    <section className="page narrow" aria-labelledby="trap-missing-h">
      <h1 id="trap-missing-h">{t('traps.missing.title')}</h1>
      <p>{t('traps.missing.text')}</p>
      <p>
        <Link to="/attenzione" className="btn btn-primary">
          {t('traps.back')}
        </Link>
      </p>
    </section>
  );
}

function Points({ id, title, items }: { id: string; title: string; items: string[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function TrapView({ trap }: { trap: TTrapView }) {
  const { t, i18n } = useTranslation();
  usePageTitle(trap.title);
  return (
    <article className="page narrow trap" aria-labelledby="trap-title">
      <p>
        <Link to="/attenzione">{t('traps.back')}</Link>
      </p>
      {trap.status === 'proposed' ? (
        <p className="notice" role="status">
          {t('traps.proposedNotice')}
        </p>
      ) : null}
      <p className="muted">{t('traps.kicker')}</p>
      <h1 id="trap-title">{trap.title}</h1>
      <p className="lead">{trap.summary}</p>
      <Points id="trap-recognise" title={t('traps.recognise')} items={trap.recognise} />
      <Points id="trap-ask" title={t('traps.askBefore')} items={trap.askBefore} />
      <Points id="trap-signed" title={t('traps.ifSigned')} items={trap.ifSigned} />
      {trap.lessons.length > 0 ? (
        <section aria-labelledby="trap-lessons">
          <h2 id="trap-lessons">{t('traps.lessons')}</h2>
          <ul>
            {trap.lessons.map((l) => (
              <li key={l.slug}>
                <Link to={`/lezioni/${l.slug}`}>{l.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="muted">{t('traps.help')}</p>
      <p className="muted small">
        {trap.sportello ? t('traps.bySportello', { name: trap.sportello.name }) : t('traps.national')}
        {trap.publishedAt ? ` · ${t('traps.updated', { date: formatDate(trap.updatedAt, i18n.language) })}` : ''}
      </p>
    </article>
  );
}

/** /attenzione/{slug}: one warning, drawn by the server for everyone, or the not-found page. */
export default function TrapPage() {
  const { pathname } = useLocation();
  const target = trapAt(pathname);
  const { data, error } = useApi<TTrapView | null>(target ? trapApiPath(target.slug) : null);
  if (!target || data === null || error?.status === 404) return <MissingTrap />;
  if (data && data.slug === target.slug) return <TrapView trap={data} />;
  if (error) {
    return (
      <section className="page narrow">
        <p className="notice notice-error" role="alert">
          {error.detail}
        </p>
      </section>
    );
  }
  return <Loading />;
}
