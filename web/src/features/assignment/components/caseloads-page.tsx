import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { TextArea } from '../../../components/ui/text-area';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { caseloadsExportUrl, caseloadsPath, moveBusiness, ownCaseloadPath, type TCaseload, type TCaseloadBusiness } from '../api/assign-all';
import { FieldFrame } from '../../../components/ui/field-frame';

/** /sportelli/:id/carichi: every angel's caseload, with "Sposta" for each business. */
export default function CaseloadsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('caseloads.title'));
  return <RequireSignIn fallback={<Loading />}>{() => <Caseloads sportelloId={id} />}</RequireSignIn>;
}

/** /il-mio-carico: the signed-in angel's own caseload. */
export function OwnCaseloadPage() {
  const { t } = useTranslation();
  usePageTitle(t('caseloads.ownTitle'));
  return <RequireSignIn fallback={<Loading />}>{() => <OwnCaseload />}</RequireSignIn>;
}

function Caseloads({ sportelloId }: { sportelloId: string }) {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TCaseload[] }>(caseloadsPath(sportelloId));
  const [items, setItems] = useState<TCaseload[] | null>(null);
  const list = items ?? data?.items ?? [];
  return (
    <section className="page caseloads" aria-labelledby="cl-title">
      <p className="small">
        <Link to={`/sportelli/${sportelloId}`}>{t('caseloads.back')}</Link>
      </p>
      <h1 id="cl-title">{t('caseloads.title')}</h1>
      <p>{t('caseloads.intro')}</p>
      {isLoading && !data ? <Loading /> : null}
      {error && (error.status === 403 || error.status === 404) ? <p className="notice notice-info">{t('caseloads.forbidden')}</p> : null}
      {error && error.status !== 403 && error.status !== 404 ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? (
        <>
          <p className="small">
            {t('caseloads.export')} <a href={caseloadsExportUrl(sportelloId, 'csv')}>CSV</a> · <a href={caseloadsExportUrl(sportelloId, 'xlsx')}>XLSX</a>
          </p>
          {list.length === 0 ? <p>{t('caseloads.empty')}</p> : null}
          <ul className="caseload-list">
            {list.map((c) => (
              <li key={c.userId}>
                <CaseloadCard caseload={c} move={{ sportelloId, angels: list, onMoved: setItems }} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function OwnCaseload() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<TCaseload | null>(ownCaseloadPath);
  return (
    <section className="page caseloads" aria-labelledby="cl-own-title">
      <h1 id="cl-own-title">{t('caseloads.ownTitle')}</h1>
      {isLoading && data === undefined ? <Loading /> : null}
      {error && (error.status === 403 || error.status === 404) ? <p className="notice notice-info">{t('caseloads.ownForbidden')}</p> : null}
      {error && error.status !== 403 && error.status !== 404 ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data === null ? <p>{t('caseloads.ownNone')}</p> : null}
      {data ? <CaseloadCard caseload={data} /> : null}
    </section>
  );
}

type TMove = { sportelloId: string; angels: TCaseload[]; onMoved: (items: TCaseload[]) => void };

function CaseloadCard({ caseload: c, move }: { caseload: TCaseload; move?: TMove }) {
  const { t, i18n } = useTranslation();
  const headingId = `cl-${c.userId}`;
  return (
    <article className="card caseload" aria-labelledby={headingId}>
      <h2 id={headingId}>{c.name}</h2>
      <p className="muted">
        {c.comuneName}
        {c.isPaused ? ` · ${t('caseloads.paused')}` : ''}
      </p>
      <p>
        <label htmlFor={`${headingId}-load`}>{t('caseloads.load', { count: c.activeCases, capacity: c.capacity })}</label>{' '}
        <meter id={`${headingId}-load`} min={0} max={c.capacity} value={c.activeCases} high={Math.max(1, c.capacity - 1)} optimum={0}>
          {c.activeCases}/{c.capacity}
        </meter>
      </p>
      <dl className="details">
        <dt>{t('caseloads.meetings')}</dt>
        <dd>{c.meetingsThisMonth}</dd>
        <dt>{t('caseloads.overdue')}</dt>
        <dd>{c.overdueActions}</dd>
        <dt>{t('caseloads.lastActivity')}</dt>
        <dd>{c.lastActivityAt ? formatDate(c.lastActivityAt, i18n.language) : t('caseloads.noActivity')}</dd>
      </dl>
      {c.businesses.length === 0 ? <p>{t('caseloads.noBusinesses')}</p> : null}
      <ul className="item-list">
        {c.businesses.map((b) => (
          <BusinessLine key={b.id} business={b} from={c} move={move} />
        ))}
      </ul>
    </article>
  );
}

function BusinessLine({ business: b, from, move }: { business: TCaseloadBusiness; from: TCaseload; move?: TMove }) {
  const { t, i18n } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const boxId = `mv-${b.id}`;
  return (
    <li className="item">
      <div className="item-main">
        <strong>
          <Link to={`/piano/${b.id}`}>{b.name}</Link>
        </strong>
        <span className="muted">{b.comuneName}</span>
        <span className="small">{t('caseloads.since', { date: formatDate(b.startedAt, i18n.language) })}</span>
        {b.reason ? <span className="small">{t('caseloads.reason', { reason: b.reason })}</span> : null}
        {b.overdueActions > 0 ? <span className="small">{t('caseloads.overdueCount', { count: b.overdueActions })}</span> : null}
      </div>
      {move ? (
        <div className="item-actions">
          <button type="button" className="btn btn-secondary" aria-expanded={isOpen} aria-controls={boxId} onClick={() => setIsOpen((o) => !o)}>
            {t('caseloads.move')}
            <span className="sr-only"> ({b.name})</span>
          </button>
        </div>
      ) : null}
      {move ? (
        <div id={boxId} className="assign-box" hidden={!isOpen}>
          {isOpen ? <MoveForm business={b} from={from} move={move} /> : null}
        </div>
      ) : null}
    </li>
  );
}

function MoveForm({ business, from, move }: { business: TCaseloadBusiness; from: TCaseload; move: TMove }) {
  const { t } = useTranslation();
  const [angel, setAngel] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ angel?: string; reason?: string }>({});
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = `mv-${business.id}-f`;
  const others = move.angels.filter((a) => a.userId !== from.userId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const found = { angel: angel ? undefined : t('caseloads.angelRequired'), reason: reason.trim().length >= 5 ? undefined : t('caseloads.reasonRequired') };
    setErrors(found);
    if (found.angel || found.reason) return;
    setIsBusy(true);
    try {
      const { items } = await moveBusiness(move.sportelloId, { businessId: business.id, angelUserId: angel, reason: reason.trim() });
      move.onMoved(items);
    } catch (err) {
      if (isApiError(err)) setErrors({ angel: err.fieldErrors.angelUserId, reason: err.fieldErrors.reason });
      setStatus(isApiError(err) ? err.detail : t('errors.generic'));
      setIsBusy(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FieldFrame id={`${id}-angel`} label={t('caseloads.to')} error={errors.angel}>
        {(a11y) => (
          <select id={`${id}-angel`} value={angel} {...a11y} onChange={(e) => setAngel(e.target.value)}>
            <option value="">{t('caseloads.choose')}</option>
            {others.map((a) => (
              <option key={a.userId} value={a.userId} disabled={a.isPaused || a.activeCases >= a.capacity}>
                {t('caseloads.option', { name: a.name, cases: a.activeCases, capacity: a.capacity })}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <TextArea id={`${id}-reason`} label={t('caseloads.why')} hint={t('caseloads.whyHint')} value={reason} onChange={setReason} error={errors.reason} rows={3} maxLength={500} />
      <FormStatus kind="error" message={status} />
      <button type="submit" className="btn btn-primary" disabled={isBusy}>
        {isBusy ? t('common.wait') : t('caseloads.confirmMove')}
      </button>
    </form>
  );
}
