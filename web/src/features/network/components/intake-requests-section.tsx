import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime } from '../../../lib/format';
import { useApi } from '../../../lib/use-api';
import { intakeRequestsPath, type TIntakeRequestItem } from '../api/network';
import { RequestWarnings } from '../../traps/components/request-warnings';

const SHORT = 180;

/** Cuts a text at a word boundary near `max` characters. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function RequestItem({ item }: { item: TIntakeRequestItem }) {
  const { t, i18n } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const isLong = item.text.length > SHORT;
  const textId = `req-text-${item.id}`;
  const who = item.contactName ?? item.contactEmail ?? t('network.requests.anonymous');

  return (
    <li className="item request-item">
      <div className="item-main">
        <span className="request-head">
          <strong>{item.businessName ?? who}</strong>
          <span className="badge">{t(`network.requests.status.${item.status}`)}</span>
        </span>
        <span className="muted">
          {[item.comuneName, item.sectorLabel, item.employees !== null ? t('network.requests.people', { count: item.employees }) : null]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <span className="muted small">{formatDateTime(item.createdAt, i18n.language)}</span>
        <p className="request-text" id={textId}>
          {isOpen || !isLong ? item.text : shorten(item.text, SHORT)}
        </p>
        {isLong ? (
          <button type="button" className="btn-link" aria-expanded={isOpen} aria-controls={textId} onClick={() => setIsOpen((o) => !o)}>
            {isOpen ? t('network.requests.readLess') : t('network.requests.readMore')}
          </button>
        ) : null}
        {item.chosenAreas.length > 0 ? (
          <ul className="tag-list" aria-label={t('network.requests.areas')}>
            {item.chosenAreas.map((a) => (
              <li key={a} className="badge">
                {i18n.exists(`areas.${a}.label`) ? t(`areas.${a}.label`) : a}
              </li>
            ))}
          </ul>
        ) : null}
        <RequestWarnings requestId={item.id} />
        <dl className="details request-contact">
          <dt>{t('network.requests.contact')}</dt>
          <dd>
            {t(`network.requests.kind.${item.contactKind}`)}
            {item.contactName ? ` — ${item.contactName}` : ''}
          </dd>
          {item.contactPhone ? (
            <>
              <dt>{t('geo.phone')}</dt>
              <dd>
                <a href={`tel:${item.contactPhone.replace(/\s+/g, '')}`}>{item.contactPhone}</a>
              </dd>
            </>
          ) : null}
          {item.contactEmail ? (
            <>
              <dt>{t('geo.email')}</dt>
              <dd>
                <a href={`mailto:${item.contactEmail}`}>{item.contactEmail}</a>
              </dd>
            </>
          ) : null}
        </dl>
      </div>
    </li>
  );
}

/** "Richieste arrivate": the ascolto requests routed to this sportello, newest first. */
export function IntakeRequestsSection({ sportelloId }: { sportelloId: string }) {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TIntakeRequestItem[] }>(intakeRequestsPath(sportelloId));
  // Only people who may read the requests get the section; the API decides who they are.
  if (error && (error.status === 403 || error.status === 404 || error.status === 401)) return null;
  const items = data ? [...data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];

  return (
    <section className="card" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('network.requests.title')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data && items.length === 0 ? <p>{t('network.requests.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="item-list">
          {items.map((r) => (
            <RequestItem key={r.id} item={r} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
