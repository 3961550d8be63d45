import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { RadioCards } from '../../../components/ui/radio-cards';
import { TextArea } from '../../../components/ui/text-area';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { angelCvUrl, angelPath, atecoPath, reviewAngel, type TAngelReview, type TAtecoDivisions } from '../api/angels';

/**
 * /sportelli/:id/angel/:userId: read an application, then qualify or turn it down with a reason.
 * `ties`: the angel's declared ties to providers (the solutions feature draws them; app/routes mounts it).
 */
export default function AngelReviewPage({ ties }: { ties?: ReactNode } = {}) {
  const { id = '', userId = '' } = useParams();
  return <RequireSignIn fallback={<Loading />}>{() => <Review sportelloId={id} userId={userId} ties={ties} />}</RequireSignIn>;
}

function Review({ sportelloId, userId, ties }: { sportelloId: string; userId: string; ties?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error, isLoading, reload } = useApi<TAngelReview>(angelPath(userId));
  const ateco = useApi<TAtecoDivisions>(atecoPath(lng));
  const [updated, setUpdated] = useState<TAngelReview | null>(null);
  const a = updated ?? data;
  usePageTitle(a?.name ?? t('network.review.title'));
  const back = (
    <p>
      <Link to={`/sportelli/${sportelloId}`}>{t('network.review.back')}</Link>
    </p>
  );

  if (isLoading && !a) return <Loading />;
  if (error?.status === 404 || error?.status === 403) {
    return (
      <section className="page narrow" aria-labelledby="rv-missing">
        <h1 id="rv-missing">{t('network.review.notFound')}</h1>
        {back}
      </section>
    );
  }
  if (error || !a) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;

  const sectorName = (code: string) => ateco.data?.sections.flatMap((s) => s.divisions).find((d) => d.code === code)?.display ?? code;
  const list = (xs: string[], key: string) => xs.map((x) => (i18n.exists(`${key}.${x}`) ? t(`${key}.${x}`) : x)).join(', ');

  return (
    <article className="page narrow" aria-labelledby="rv-title">
      {back}
      <h1 id="rv-title">{a.name}</h1>
      <p className="status-line">
        <span className="badge">{t(`angels.status.${a.status}`)}</span>
        {a.isPaused ? <span className="badge badge-paused">{t('angels.home.paused')}</span> : null}
      </p>
      {a.profileChangedAt ? <p className="notice notice-info">{t('network.angels.changedAt', { date: formatDate(a.profileChangedAt, lng) })}</p> : null}
      <section className="card" aria-labelledby="rv-profile">
        <h2 id="rv-profile">{t('network.review.profile')}</h2>
        <dl className="details">
          <dt>{t('geo.email')}</dt>
          <dd>
            <a href={`mailto:${a.email}`}>{a.email}</a>
          </dd>
          <dt>{t('network.review.comune')}</dt>
          <dd>{t('network.review.radius', { comune: a.comuneName, km: a.radiusKm })}</dd>
          <dt>{t('network.review.skills')}</dt>
          <dd>{a.skills.map((s) => (i18n.exists(`areas.${s}.label`) ? t(`areas.${s}.label`) : s)).join(', ')}</dd>
          <dt>{t('network.review.sectors')}</dt>
          <dd>{a.sectors.length ? a.sectors.map(sectorName).join('; ') : t('common.none')}</dd>
          <dt>{t('network.review.modes')}</dt>
          <dd>{list(a.modes, 'angels.modes')}</dd>
          <dt>{t('network.review.languages')}</dt>
          <dd>{list(a.languages, 'angels.languages')}</dd>
          <dt>{t('network.review.capacity')}</dt>
          <dd>{t('network.angels.cases', { count: a.activeCases, capacity: a.capacity })}</dd>
          <dt>{t('network.review.whatsapp')}</dt>
          <dd>{a.whatsappPhone ? `${a.whatsappPhone} · ${a.isWhatsappAllowed ? t('network.review.whatsappYes') : t('network.review.whatsappNo')}` : t('common.none')}</dd>
          <dt>{t('network.review.cv')}</dt>
          <dd>
            {a.hasCv ? (
              <a href={angelCvUrl(a.userId)} download>
                {t('network.review.cvDownload')}
                <span className="sr-only"> ({a.name})</span>
              </a>
            ) : (
              t('network.review.noCv')
            )}
          </dd>
          {a.reviewedAt ? (
            <>
              <dt>{t('network.review.reviewedAt')}</dt>
              <dd>{formatDate(a.reviewedAt, lng)}</dd>
            </>
          ) : null}
        </dl>
        <h3>{t('network.review.presentation')}</h3>
        <p className="pre">{a.presentation}</p>
        {a.decisionReason ? (
          <>
            <h3>{t('network.review.lastDecision')}</h3>
            <p className="pre">{a.decisionReason}</p>
          </>
        ) : null}
      </section>
      <DecisionForm angel={a} onDone={setUpdated} />
      {ties}
    </article>
  );
}

function DecisionForm({ angel, onDone }: { angel: TAngelReview; onDone: (a: TAngelReview) => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const [reason, setReason] = useState('');
  const [notes, setNotes] = useState(angel.interviewNotes ?? '');
  const [errors, setErrors] = useState<{ decision?: string; reason?: string }>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const found = {
      decision: decision ? undefined : t('network.review.decisionRequired'),
      reason: reason.trim().length >= 5 ? undefined : t('network.review.reasonRequired'),
    };
    setErrors(found);
    if (found.decision || found.reason) return;
    setIsBusy(true);
    try {
      const next = await reviewAngel(angel.userId, { decision: decision!, reason: reason.trim(), interviewNotes: notes.trim() || null });
      onDone({ ...angel, ...next });
      setReason('');
      setDecision(null);
      setStatus({ kind: 'success', message: t(decision === 'approve' ? 'network.review.approved' : 'network.review.rejected', { name: angel.name, email: angel.email }) });
    } catch (err) {
      if (isApiError(err)) {
        setErrors({ reason: err.fieldErrors.reason });
        setStatus({ kind: 'error', message: err.detail });
      } else setStatus({ kind: 'error', message: t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="card form" noValidate aria-labelledby="rv-decide" onSubmit={(e) => void submit(e)}>
      <h2 id="rv-decide">{t('network.review.decideTitle')}</h2>
      <TextArea id="rv-notes" label={t('network.review.notes')} hint={t('network.review.notesHint')} value={notes} onChange={setNotes} rows={5} maxLength={5000} />
      <RadioCards
        name="decision"
        legend={t('network.review.decision')}
        options={[
          { value: 'approve', label: t('network.review.approve'), hint: t('network.review.approveHint') },
          { value: 'reject', label: t('network.review.reject'), hint: t('network.review.rejectHint') },
        ]}
        value={decision}
        onChange={(v) => setDecision(v === 'approve' ? 'approve' : 'reject')}
        error={errors.decision}
      />
      <TextArea id="rv-reason" label={t('network.review.reason')} hint={t('network.review.reasonHint')} value={reason}
        onChange={(v) => {
          setReason(v);
          if (errors.reason && v.trim().length >= 5) setErrors((e) => ({ ...e, reason: undefined }));
        }}
        error={errors.reason} rows={4} maxLength={2000} required />
      <FormStatus kind={status?.kind} message={status?.message} />
      <button type="submit" className="btn btn-primary btn-big" disabled={isBusy}>
        {isBusy ? t('common.wait') : t('network.review.send')}
      </button>
    </form>
  );
}
