import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { formatRomeDateTime } from '../../../lib/rome-time';
import { RequireSignIn, type TMe } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { myAngelPath, myMeetingsPath, setPaused, updateMyProfile, type TAngelMeeting, type TAngelProfile } from '../api/angels';
import { AvailabilityEditor } from './availability-editor';
import { MyPlans } from './my-plans';
import { ProfileForm } from './profile-form';

/**
 * /angel: the angel's home — status, plans, holidays, profile, weekly hours, meetings.
 * `community`: the community's part (questions waiting), given by the app (features do not import each other).
 */
export default function AngelHomePage({ community }: { community?: ReactNode } = {}) {
  return <RequireSignIn fallback={<Loading />}>{(me) => <AngelHome me={me} community={community} />}</RequireSignIn>;
}

function AngelHome({ me, community }: { me: TMe; community?: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(t('angels.home.title'));
  const { data, error, isLoading, reload } = useApi<TAngelProfile>(myAngelPath);
  const [profile, setProfile] = useState<TAngelProfile | null>(null);
  const current = profile ?? data;

  if (isLoading && !data) return <Loading />;
  if (error?.status === 404) {
    return (
      <section className="page narrow" aria-labelledby="ah-title">
        <h1 id="ah-title">{t('angels.home.title')}</h1>
        <p>{t('angels.home.notYet')}</p>
        <p>
          <Link to="/diventa-angel" className="btn btn-primary btn-big">
            {t('angels.home.apply')}
          </Link>
        </p>
      </section>
    );
  }
  if (error || !current) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;

  return (
    <section className="page angel-home" aria-labelledby="ah-title">
      <h1 id="ah-title">{t('angels.home.title')}</h1>
      <p className="lead">{t('angels.home.hello', { name: me.user.name })}</p>
      <StatusCard profile={current} />
      {current.status === 'qualified' ? <MyPlans /> : null}
      {current.status !== 'rejected' ? community : null}
      {current.status !== 'rejected' ? <PauseSwitch profile={current} onChange={setProfile} /> : null}
      {current.status !== 'rejected' ? (
        <section className="card" aria-labelledby="ah-hours">
          <h2 id="ah-hours">{t('angels.availability.title')}</h2>
          <AvailabilityEditor />
        </section>
      ) : null}
      <MyMeetings userId={me.user.id} />
      {current.status !== 'rejected' ? <EditProfile profile={current} onSaved={setProfile} /> : null}
    </section>
  );
}

function StatusCard({ profile }: { profile: TAngelProfile }) {
  const { t, i18n } = useTranslation();
  return (
    <section className={`card status-card status-${profile.status}`} aria-labelledby="ah-status">
      <h2 id="ah-status">{t('angels.home.statusTitle')}</h2>
      <p className="status-line">
        <span className="badge">{t(`angels.status.${profile.status}`)}</span>
        {profile.isPaused ? <span className="badge badge-paused">{t('angels.home.paused')}</span> : null}
      </p>
      <p>{t(`angels.home.statusBody.${profile.status}`)}</p>
      {profile.decisionReason ? (
        <>
          <p className="muted small">{t('angels.home.reason')}</p>
          <blockquote className="reason">{profile.decisionReason}</blockquote>
        </>
      ) : null}
      {profile.reviewedAt ? <p className="muted small">{t('angels.home.reviewedAt', { date: formatDate(profile.reviewedAt, i18n.language) })}</p> : null}
      {profile.status === 'qualified' ? <p>{t('angels.home.cases', { count: profile.activeCases, capacity: profile.capacity })}</p> : null}
      {profile.status === 'rejected' ? (
        <p>
          <Link to="/diventa-angel">{t('angels.home.applyAgain')}</Link>
        </p>
      ) : null}
    </section>
  );
}

function PauseSwitch({ profile, onChange }: { profile: TAngelProfile; onChange: (p: TAngelProfile) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const toggle = async () => {
    setIsBusy(true);
    try {
      const next = await setPaused(!profile.isPaused);
      onChange(next);
      setStatus({ kind: 'success', message: t(next.isPaused ? 'angels.pause.on' : 'angels.pause.off') });
    } catch (e) {
      setStatus({ kind: 'error', message: isApiError(e) ? e.detail : t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="ah-pause">
      <h2 id="ah-pause">{t('angels.pause.title')}</h2>
      <p className="muted" id="ah-pause-hint">
        {t('angels.pause.hint')}
      </p>
      <button type="button" role="switch" aria-checked={profile.isPaused} aria-describedby="ah-pause-hint" className="switch" disabled={isBusy} onClick={() => void toggle()}>
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        {t('angels.pause.label')}
      </button>
      <FormStatus kind={status?.kind} message={status?.message} />
    </section>
  );
}

function EditProfile({ profile, onSaved }: { profile: TAngelProfile; onSaved: (p: TAngelProfile) => void }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="card" aria-labelledby="ah-profile">
      <h2 id="ah-profile">{t('angels.home.profileTitle')}</h2>
      <p className="muted">{t('angels.home.profileHint')}</p>
      {saved ? <p className="notice notice-success" role="status">{t('angels.home.profileSaved')}</p> : null}
      <button type="button" className="btn btn-secondary" aria-expanded={isOpen} aria-controls="ah-profile-form" onClick={() => setIsOpen((o) => !o)}>
        {isOpen ? t('angels.home.closeProfile') : t('angels.home.editProfile')}
      </button>
      <div id="ah-profile-form" hidden={!isOpen}>
        {isOpen ? (
          <ProfileForm
            initial={profile}
            withCv={false}
            submitLabel={t('angels.home.saveProfile')}
            onSubmit={async (input) => {
              const next = await updateMyProfile(input);
              onSaved(next);
              setSaved(true);
              setIsOpen(false);
            }}
          />
        ) : null}
      </div>
    </section>
  );
}

function MyMeetings({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TAngelMeeting[] }>(myMeetingsPath);
  const now = Date.now();
  const items = (data?.items ?? []).filter((m) => m.angelUserId === userId).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section className="card" aria-labelledby="ah-meetings">
      <h2 id="ah-meetings">{t('angels.home.meetingsTitle')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data && items.length === 0 ? <p>{t('angels.home.noMeetings')}</p> : null}
      {items.length > 0 ? (
        <ul className="item-list">
          {items.map((m) => {
            const isPast = new Date(m.startsAt).getTime() <= now;
            const needsOutcome = m.status === 'booked' && isPast && m.abilities.recordOutcome;
            return (
              <li key={m.id} className="item">
                <div className="item-main">
                  <strong>{m.businessName}</strong>
                  <span>{formatRomeDateTime(m.startsAt, i18n.language)}</span>
                  <span className="muted">
                    {t(`meetingMode.${m.mode}`)} · {t(`meetingStatus.${m.status}`)}
                  </span>
                </div>
                <div className="item-actions">
                  {needsOutcome ? (
                    <Link to={`/incontri/${m.id}`} className="btn btn-primary">
                      {t('angels.home.howWasIt')}
                      <span className="sr-only"> ({m.businessName})</span>
                    </Link>
                  ) : (
                    <Link to={`/incontri/${m.id}`} className="btn btn-secondary">
                      {t('angels.home.open')}
                      <span className="sr-only"> ({m.businessName})</span>
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p>
        <Link to="/incontri">{t('angels.home.allMeetings')}</Link>
      </p>
    </section>
  );
}
