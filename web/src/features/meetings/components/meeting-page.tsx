import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { formatRomeDateTime } from '../../../lib/rome-time';
import { RequireSignIn, type TMe } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { hasStarted, meetingPath, type TMeeting } from '../api/meetings';
import { CancelForm } from './cancel-form';
import { ChangeForm } from './change-form';
import { FeedbackForm } from './feedback-form';
import { OutcomeForm } from './outcome-form';

/** /incontri/:id: one meeting, and what each side can do with it now. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  return <RequireSignIn fallback={<Loading />}>{(me) => <Meeting id={id} me={me} />}</RequireSignIn>;
}

function Meeting({ id, me }: { id: string; me: TMe }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('meetings.one.title'));
  const { data, error, isLoading, reload } = useApi<TMeeting>(meetingPath(id));
  const [updated, setUpdated] = useState<TMeeting | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [open, setOpen] = useState<'change' | 'cancel' | null>(null);
  const m = updated?.id === id ? updated : data;
  const isAngel = m ? m.angelUserId === me.user.id : false;

  if (isLoading && !m) return <Loading />;
  if (error?.status === 404 || error?.status === 403) {
    return (
      <section className="page narrow" aria-labelledby="m-missing">
        <h1 id="m-missing">{t('meetings.one.notFound')}</h1>
        <p>
          <Link to="/incontri">{t('meetings.one.back')}</Link>
        </p>
      </section>
    );
  }
  if (error || !m) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;

  const started = hasStarted(m);
  const isOpen = m.status === 'booked';
  const canChange = m.abilities.change && isOpen && !started;
  const done = (next: TMeeting, text: string) => {
    setUpdated(next);
    setOpen(null);
    setMessage(text);
  };

  return (
    <article className="page narrow meeting" aria-labelledby="m-title">
      <p>
        <Link to="/incontri">{t('meetings.one.back')}</Link>
      </p>
      <h1 id="m-title">{t('meetings.one.title')}</h1>
      <div role="status" aria-live="polite" className="form-status-region">
        {message ? <p className="notice notice-success">{message}</p> : null}
      </div>
      <section className="card" aria-labelledby="m-what">
        <h2 id="m-what">{isAngel ? t('meetings.withBusiness', { name: m.businessName }) : t('meetings.withAngel', { name: m.angelName })}</h2>
        <dl className="details">
          <dt>{t('meetings.one.when')}</dt>
          <dd>{formatRomeDateTime(m.startsAt, i18n.language)}</dd>
          <dt>{t('meetings.one.how')}</dt>
          <dd>{t(`meetingMode.${m.mode}`)}</dd>
          <dt>{t('meetings.one.status')}</dt>
          <dd>
            <span className={`badge status-${m.status}`}>{t(`meetingStatus.${m.status}`)}</span>
          </dd>
          {!isAngel ? (
            <>
              <dt>{t('meetings.one.business')}</dt>
              <dd>{m.businessName}</dd>
            </>
          ) : null}
          {m.mode === 'video' && m.videoLink ? (
            <>
              <dt>{t('meetings.one.videoLink')}</dt>
              <dd>
                <a href={m.videoLink} rel="noopener noreferrer" target="_blank">
                  {t('meetings.one.videoLinkOpen')}
                </a>
              </dd>
            </>
          ) : null}
          {m.whatsappUrl ? (
            <>
              <dt>{t('meetings.one.whatsapp')}</dt>
              <dd>
                <a href={m.whatsappUrl} rel="noopener noreferrer" target="_blank">
                  {t('meetings.one.whatsappLink')}
                </a>
              </dd>
            </>
          ) : null}
          {m.note ? (
            <>
              <dt>{t('meetings.one.note')}</dt>
              <dd className="pre">{m.note}</dd>
            </>
          ) : null}
          {m.cancelReason ? (
            <>
              <dt>{t('meetings.one.cancelReason')}</dt>
              <dd className="pre">{m.cancelReason}</dd>
            </>
          ) : null}
          {m.nextStep ? (
            <>
              <dt>{t('meetings.one.nextStep')}</dt>
              <dd>{t(`meetings.outcome.next.${m.nextStep}`)}</dd>
            </>
          ) : null}
          {m.outcomeNotes ? (
            <>
              <dt>{t('meetings.one.outcomeNotes')}</dt>
              <dd className="pre">{m.outcomeNotes}</dd>
            </>
          ) : null}
          {m.feedbackRating !== null ? (
            <>
              <dt>{t('meetings.one.feedback')}</dt>
              <dd>
                {t('meetings.feedback.given', { count: m.feedbackRating })}
                {m.feedbackText ? <span className="pre"> — {m.feedbackText}</span> : null}
              </dd>
            </>
          ) : null}
        </dl>
        {isOpen && !started ? <p className="muted small">{t('meetings.one.invite')}</p> : null}
        {isAngel ? (
          <p>
            <Link to={`/piano/${encodeURIComponent(m.businessId)}`}>{t('meetings.one.plan')}</Link>
          </p>
        ) : null}
        {canChange ? (
          <div className="actions">
            <button type="button" className="btn btn-secondary" aria-expanded={open === 'change'} aria-controls="m-change" onClick={() => setOpen(open === 'change' ? null : 'change')}>
              {t('meetings.change.open')}
            </button>
            <button type="button" className="btn btn-secondary" aria-expanded={open === 'cancel'} aria-controls="m-cancel" onClick={() => setOpen(open === 'cancel' ? null : 'cancel')}>
              {t('meetings.cancel.open')}
            </button>
          </div>
        ) : null}
      </section>

      {canChange ? (
        <div id="m-change" hidden={open !== 'change'}>
          {open === 'change' ? <ChangeForm meeting={m} onDone={(next) => done(next, t('meetings.change.done'))} onClose={() => setOpen(null)} /> : null}
        </div>
      ) : null}
      {canChange ? (
        <div id="m-cancel" hidden={open !== 'cancel'}>
          {open === 'cancel' ? <CancelForm meeting={m} onDone={(next) => done(next, t('meetings.cancel.done'))} onClose={() => setOpen(null)} /> : null}
        </div>
      ) : null}
      {m.abilities.recordOutcome && isOpen && started ? <OutcomeForm meeting={m} onDone={(next) => done(next, t('meetings.outcome.done'))} /> : null}
      {m.abilities.feedback && started && m.status !== 'cancelled' && m.feedbackRating === null ? (
        <FeedbackForm meeting={m} onDone={(next) => done(next, t('meetings.feedback.done'))} />
      ) : null}
    </article>
  );
}
