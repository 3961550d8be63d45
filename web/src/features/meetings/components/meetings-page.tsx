import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { formatRomeDateTime } from '../../../lib/rome-time';
import { RequireSignIn, type TMe } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { hasStarted, meetingsPath, type TMeeting } from '../api/meetings';

/** /incontri: my meetings, as entrepreneur or as angel, next ones first. */
export default function MeetingsPage() {
  return <RequireSignIn fallback={<Loading />}>{(me) => <Meetings me={me} />}</RequireSignIn>;
}

function Meetings({ me }: { me: TMe }) {
  const { t } = useTranslation();
  usePageTitle(t('meetings.title'));
  const { data, error, isLoading, reload } = useApi<{ items: TMeeting[] }>(meetingsPath);
  if (isLoading && !data) return <Loading />;
  if (error || !data) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;
  const now = Date.now();
  const next = data.items.filter((m) => m.status === 'booked' && !hasStarted(m, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = data.items.filter((m) => !next.includes(m)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  return (
    <section className="page" aria-labelledby="mt-title">
      <h1 id="mt-title">{t('meetings.title')}</h1>
      {data.items.length === 0 ? (
        <>
          <p>{t('meetings.empty')}</p>
          {me.businesses.length > 0 ? (
            <p>
              <Link to="/incontra" className="btn btn-primary btn-big">
                {t('meetings.findAngel')}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
      {next.length > 0 ? <MeetingList title={t('meetings.next')} id="mt-next" items={next} me={me} /> : null}
      {past.length > 0 ? <MeetingList title={t('meetings.past')} id="mt-past" items={past} me={me} /> : null}
    </section>
  );
}

function MeetingList({ title, id, items, me }: { title: string; id: string; items: TMeeting[]; me: TMe }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="item-list">
        {items.map((m) => {
          const isAngel = m.angelUserId === me.user.id;
          const needsAnswer = m.status === 'booked' && hasStarted(m) && (m.abilities.recordOutcome || (m.abilities.feedback && m.feedbackRating === null));
          return (
            <li key={m.id} className="item meeting-item">
              <div className="item-main">
                <strong>{formatRomeDateTime(m.startsAt, i18n.language)}</strong>
                <span>{isAngel ? t('meetings.withBusiness', { name: m.businessName }) : t('meetings.withAngel', { name: m.angelName })}</span>
                <span className="muted">
                  {t(`meetingMode.${m.mode}`)} · <span className={`status-text status-${m.status}`}>{t(`meetingStatus.${m.status}`)}</span>
                </span>
              </div>
              <div className="item-actions">
                <Link to={`/incontri/${m.id}`} className={needsAnswer ? 'btn btn-primary' : 'btn btn-secondary'}>
                  {needsAnswer ? t('meetings.howWasIt') : t('meetings.open')}
                  <span className="sr-only"> ({formatRomeDateTime(m.startsAt, i18n.language)})</span>
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
