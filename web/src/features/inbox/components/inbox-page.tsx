import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { AREAS } from '../../../../../src/shared/areas';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { api, isApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { RequestWarnings } from '../../traps/components/request-warnings';
import {
  INBOX_STATUSES,
  inboxActionPath,
  inboxExportPath,
  inboxFacetsPath,
  inboxPath,
  inboxRequestPath,
  inboxSuggestionsPath,
  type TInboxFacets,
  type TInboxFilters,
  type TInboxItem,
  type TInboxPage,
  type TInboxRequest,
  type TSuggestions,
} from '../api/inbox';

type TSectors = { items: { id: string; label: { it: string; en: string } }[] };

const EMPTY_FILTERS: TInboxFilters = { status: '', area: '', sectorId: '', comuneIstat: '', angelUserId: '', order: 'newest' };

/** /sportelli/:id/richieste: the coordinator's inbox of incoming requests. */
export default function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('inbox.title'));
  const { id = '' } = useParams();
  return <RequireSignIn fallback={<Loading />}>{() => <Inbox sportelloId={id} />}</RequireSignIn>;
}

function Inbox({ sportelloId }: { sportelloId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const selected = params.get('r');
  const facets = useApi<TInboxFacets>(inboxFacetsPath(sportelloId));
  const sectors = useApi<TSectors>('/api/intake/sectors');
  const [filters, setFilters] = useState<TInboxFilters>(EMPTY_FILTERS);
  const open = (requestId: string | null) => {
    const next = new URLSearchParams(params);
    if (requestId) next.set('r', requestId);
    else next.delete('r');
    setParams(next);
  };

  if (facets.error && (facets.error.status === 404 || facets.error.status === 403)) {
    return (
      <section className="page narrow" aria-labelledby="inbox-title">
        <h1 id="inbox-title">{t('inbox.title')}</h1>
        <p className="notice">{t('inbox.forbidden')}</p>
      </section>
    );
  }
  return (
    <section className="page inbox" aria-labelledby="inbox-title">
      <p>
        <Link to={`/sportelli/${sportelloId}`}>{t('inbox.backToSportello')}</Link>
      </p>
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      {facets.data ? <p className="lead">{t('inbox.counts', { count: facets.data.counts.open, fresh: facets.data.counts.new })}</p> : null}
      {facets.error ? <ErrorNotice message={facets.error.detail} onRetry={facets.reload} /> : null}
      {selected ? (
        <RequestView key={selected} id={selected} facets={facets.data} sectors={sectors.data} onBack={() => open(null)} onOpen={open} onChanged={facets.reload} />
      ) : (
        <>
          <Filters filters={filters} onChange={setFilters} facets={facets.data} sectors={sectors.data} />
          <RequestList sportelloId={sportelloId} filters={filters} sectors={sectors.data} onOpen={open} />
        </>
      )}
    </section>
  );
}

function sectorName(sectors: TSectors | undefined, id: string | null, lng: string) {
  const found = sectors?.items.find((s) => s.id === id);
  return found ? (lng.startsWith('en') ? found.label.en : found.label.it) : null;
}

function Filters({ filters, onChange, facets, sectors }: { filters: TInboxFilters; onChange: (f: TInboxFilters) => void; facets?: TInboxFacets; sectors?: TSectors }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const set = (key: keyof TInboxFilters) => (e: { target: { value: string } }) => onChange({ ...filters, [key]: e.target.value });
  // On a phone the list comes first: the rarer filters wait behind "Altri filtri", open while one is set.
  const narrowing = [filters.area, filters.sectorId, filters.comuneIstat, filters.angelUserId].filter(Boolean).length;
  return (
    <form className="card inbox-filters" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h2 id={`${id}-title`}>{t('inbox.filters.title')}</h2>
      <div className="inbox-filter-grid">
        <div className="field">
          <label htmlFor={`${id}-order`}>{t('inbox.filters.order')}</label>
          <select id={`${id}-order`} value={filters.order} onChange={set('order')}>
            <option value="newest">{t('inbox.filters.newest')}</option>
            <option value="oldest">{t('inbox.filters.oldest')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('inbox.filters.status')}</label>
          <select id={`${id}-status`} value={filters.status} onChange={set('status')}>
            <option value="">{t('inbox.filters.open')}</option>
            {INBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`inbox.status.${s}`)}
              </option>
            ))}
            <option value="all">{t('inbox.filters.all')}</option>
          </select>
        </div>
      </div>
      <details className="inbox-more-filters" open={narrowing > 0 ? true : undefined}>
        <summary>{t('inbox.filters.more', { count: narrowing })}</summary>
        <div className="inbox-filter-grid">
        <div className="field">
          <label htmlFor={`${id}-area`}>{t('inbox.filters.area')}</label>
          <select id={`${id}-area`} value={filters.area} onChange={set('area')}>
            <option value="">{t('inbox.filters.any')}</option>
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {t(`areas.${a}.label`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sector`}>{t('inbox.filters.sector')}</label>
          <select id={`${id}-sector`} value={filters.sectorId} onChange={set('sectorId')}>
            <option value="">{t('inbox.filters.any')}</option>
            {(sectors?.items ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {sectorName(sectors, s.id, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-comune`}>{t('inbox.filters.comune')}</label>
          <select id={`${id}-comune`} value={filters.comuneIstat} onChange={set('comuneIstat')}>
            <option value="">{t('inbox.filters.any')}</option>
            {(facets?.comuni ?? []).map((c) => (
              <option key={c.istat} value={c.istat}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-angel`}>{t('inbox.filters.angel')}</label>
          <select id={`${id}-angel`} value={filters.angelUserId} onChange={set('angelUserId')}>
            <option value="">{t('inbox.filters.any')}</option>
            {(facets?.angels ?? []).map((a) => (
              <option key={a.userId} value={a.userId}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        </div>
      </details>
    </form>
  );
}

function RequestList({ sportelloId, filters, sectors, onOpen }: { sportelloId: string; filters: TInboxFilters; sectors?: TSectors; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const first = useApi<TInboxPage>(inboxPath(sportelloId, filters));
  const [more, setMore] = useState<TInboxItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  useEffect(() => {
    setMore([]);
    setCursor(first.data?.nextCursor ?? null);
  }, [first.data]);
  const loadMore = async () => {
    if (!cursor) return;
    setIsLoadingMore(true);
    try {
      const page = await api.get<TInboxPage>(inboxPath(sportelloId, filters, cursor));
      setMore((m) => [...m, ...page.items]);
      setCursor(page.nextCursor);
    } finally {
      setIsLoadingMore(false);
    }
  };
  const items = [...(first.data?.items ?? []), ...more];
  return (
    <section aria-labelledby="inbox-list-title" aria-busy={first.isLoading}>
      <h2 id="inbox-list-title">{t('inbox.listTitle')}</h2>
      {first.isLoading && !first.data ? <Loading /> : null}
      {first.error ? <ErrorNotice message={first.error.detail} onRetry={first.reload} /> : null}
      {first.data && items.length === 0 ? <p>{t('inbox.empty')}</p> : null}
      <ul className="item-list inbox-list">
        {items.map((item) => (
          <RequestRow key={item.id} item={item} sectors={sectors} onOpen={onOpen} />
        ))}
      </ul>
      {cursor ? (
        <button type="button" className="btn btn-secondary" onClick={loadMore} disabled={isLoadingMore}>
          {t('inbox.loadMore')}
        </button>
      ) : null}
      {items.length > 0 ? (
        <p className="inbox-contact">
          <a className="btn btn-link" href={inboxExportPath(sportelloId, filters, 'csv')} download>
            {t('inbox.export.csv')}
          </a>
          <a className="btn btn-link" href={inboxExportPath(sportelloId, filters, 'xlsx')} download>
            {t('inbox.export.xlsx')}
          </a>
        </p>
      ) : null}
    </section>
  );
}

function StatusBadge({ status }: { status: TInboxItem['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge inbox-status inbox-status-${status}`}>{t(`inbox.status.${status}`)}</span>;
}

function Waiting({ item }: { item: TInboxItem }) {
  const { t } = useTranslation();
  return (
    <span className={item.isOverdue ? 'badge badge-late' : 'muted small'}>
      {item.isOverdue ? `${t('inbox.overdue')} · ` : ''}
      {t('inbox.waiting', { count: item.workingDaysWaiting })}
    </span>
  );
}

function RequestRow({ item, sectors, onOpen }: { item: TInboxItem; sectors?: TSectors; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const who = item.businessName ?? item.contactName ?? t('inbox.anonymous');
  return (
    <li className="item inbox-item">
      <div className="item-main">
        <span className="request-head">
          <button type="button" className="btn-link inbox-open" onClick={() => onOpen(item.id)}>
            <strong>{who}</strong>
          </button>
          <StatusBadge status={item.status} />
        </span>
        {item.businessName && item.contactName ? <span className="small">{item.contactName}</span> : null}
        <span className="muted">{[item.comuneName, sectorName(sectors, item.sectorId, i18n.language), t(`inbox.kind.${item.contactKind}`)].filter(Boolean).join(' · ')}</span>
        <span className="muted small">{formatDateTime(item.createdAt, i18n.language)}</span>
        {item.chosenAreas.length > 0 ? <span className="small">{item.chosenAreas.map((a) => (i18n.exists(`areas.${a}.label`) ? t(`areas.${a}.label`) : a)).join(' · ')}</span> : null}
        <Waiting item={item} />
        {item.angel ? <span className="muted small">{t('inbox.angelIs', { name: item.angel.name })}</span> : null}
        {item.transfer ? <span className="small">{t('inbox.transferredHere', { from: item.transfer.fromSportelloName ?? '—', reason: item.transfer.reason })}</span> : null}
      </div>
    </li>
  );
}

type TViewProps = { id: string; facets?: TInboxFacets; sectors?: TSectors; onBack: () => void; onOpen: (id: string) => void; onChanged: () => void };

function RequestView({ id, facets, sectors, onBack, onOpen, onChanged }: TViewProps) {
  const { t, i18n } = useTranslation();
  const loaded = useApi<TInboxRequest>(inboxRequestPath(id));
  const [request, setRequest] = useState<TInboxRequest>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setRequest(loaded.data), [loaded.data]);
  useEffect(() => heading.current?.focus(), [id]);

  const run = async (action: string, body?: unknown, done?: string) => {
    setIsBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const answer = await api.post<TInboxRequest | { request: TInboxRequest; invited: boolean }>(inboxActionPath(id, action), body);
      const next = 'request' in answer ? answer.request : answer;
      setRequest(next);
      setNotice(done ?? t('inbox.saved'));
      onChanged();
      return true;
    } catch (e) {
      setError(isApiError(e) ? e.detail : String(e));
      return false;
    } finally {
      setIsBusy(false);
    }
  };

  if (loaded.error) {
    return (
      <>
        <button type="button" className="btn btn-secondary" onClick={onBack}>
          {t('inbox.back')}
        </button>
        <ErrorNotice message={loaded.error.detail} onRetry={loaded.reload} />
      </>
    );
  }
  if (!request) return <Loading />;
  const isClosed = request.status === 'concluded' || request.status === 'archived';
  const who = request.businessName ?? request.contactName ?? t('inbox.anonymous');
  return (
    <article className="card inbox-request" aria-labelledby="inbox-request-title">
      <button type="button" className="btn btn-secondary" onClick={onBack}>
        {t('inbox.back')}
      </button>
      <h2 id="inbox-request-title" ref={heading} tabIndex={-1}>
        {who}
      </h2>
      <p className="request-head">
        <StatusBadge status={request.status} />
        <Waiting item={request} />
      </p>
      <p className="muted">
        {[request.comuneName, sectorName(sectors, request.sectorId, i18n.language), request.employees !== null ? t('inbox.people', { count: request.employees }) : null, formatDateTime(request.createdAt, i18n.language)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {request.takenByName ? <p className="small">{t('inbox.takenBy', { name: request.takenByName, date: request.takenAt ? formatDate(request.takenAt, i18n.language) : '' })}</p> : null}
      {request.archiveReason ? <p className="small">{t('inbox.archivedBecause', { reason: request.archiveReason === 'duplicate' ? t('inbox.duplicateReason') : request.archiveReason })}</p> : null}
      {request.mergedIntoId ? (
        <p>
          <button type="button" className="btn-link" onClick={() => onOpen(request.mergedIntoId!)}>
            {t('inbox.mergedInto')}
          </button>
        </p>
      ) : null}
      {request.transfers.map((tr) => (
        <p key={tr.id} className="notice">
          {t('inbox.transferLine', { from: tr.fromSportelloName ?? '—', to: tr.toSportelloName ?? '—', date: formatDate(tr.createdAt, i18n.language), reason: tr.reason })}
        </p>
      ))}
      <h3>{t('inbox.text')}</h3>
      <p className="request-text">{request.text}</p>
      {request.chosenAreas.length > 0 ? (
        <ul className="tag-list" aria-label={t('inbox.areas')}>
          {request.chosenAreas.map((a) => (
            <li key={a} className="badge">
              {i18n.exists(`areas.${a}.label`) ? t(`areas.${a}.label`) : a}
            </li>
          ))}
        </ul>
      ) : null}
      <RequestWarnings requestId={request.id} />

      <h3>{t('inbox.contact')}</h3>
      <p>
        {t(`inbox.kind.${request.contactKind}`)}
        {request.contactName ? ` — ${request.contactName}` : ''}
      </p>
      <ul className="link-list inbox-contact">
        {request.links.tel ? (
          <li>
            <a className="btn btn-secondary" href={request.links.tel}>
              {t('inbox.call', { phone: request.contactPhone })}
            </a>
          </li>
        ) : null}
        {request.links.whatsapp ? (
          <li>
            <a className="btn btn-secondary" href={request.links.whatsapp} target="_blank" rel="noreferrer">
              {t('inbox.whatsapp')}
            </a>
          </li>
        ) : null}
        {request.links.mail ? (
          <li>
            <a className="btn btn-secondary" href={request.links.mail}>
              {t('inbox.mail', { email: request.contactEmail })}
            </a>
          </li>
        ) : null}
      </ul>

      <div role="status" className="form-status-region">
        {notice ? <p className="notice notice-success">{notice}</p> : null}
      </div>
      {error ? <ErrorNotice message={error} /> : null}

      <h3>{t('inbox.actions')}</h3>
      <div className="item-actions inbox-actions">
        {isClosed ? (
          <button type="button" className="btn btn-secondary" disabled={isBusy} onClick={() => run('reopen')}>
            {t('inbox.reopen')}
          </button>
        ) : (
          <>
            {request.status === 'new' ? (
              <button type="button" className="btn btn-primary" disabled={isBusy} onClick={() => run('take', undefined, t('inbox.takenDone'))}>
                {t('inbox.take')}
              </button>
            ) : null}
            {!request.businessId ? (
              <button type="button" className="btn btn-secondary" disabled={isBusy} onClick={() => run('business', undefined, request.contactEmail ? t('inbox.businessDoneInvited') : t('inbox.businessDone'))}>
                {t('inbox.toBusiness')}
              </button>
            ) : null}
            <button type="button" className="btn btn-secondary" disabled={isBusy} onClick={() => run('conclude')}>
              {t('inbox.conclude')}
            </button>
          </>
        )}
      </div>

      <NoteForm disabled={isBusy} onSubmit={(text) => run('notes', { text }, t('inbox.noteDone'))} />
      <section aria-labelledby="inbox-notes-title">
        <h3 id="inbox-notes-title">{t('inbox.notes')}</h3>
        {request.notes.length === 0 ? <p className="muted">{t('inbox.noNotes')}</p> : null}
        <ul className="plain-list inbox-notes">
          {request.notes.map((n) => (
            <li key={n.id}>
              <p className="muted small">
                {n.authorName ?? '—'} · {formatDateTime(n.createdAt, i18n.language)}
              </p>
              <p>{n.text}</p>
            </li>
          ))}
        </ul>
      </section>

      {!isClosed ? (
        <>
          <Suggestions request={request} disabled={isBusy} onAssign={(angelUserId) => run('assign', { angelUserId }, t('inbox.assignDone'))} />
          <Duplicates request={request} disabled={isBusy} onOpen={onOpen} onMerge={(otherId) => run('merge', { otherId }, t('inbox.mergeDone'))} />
          <ReasonForm
            title={t('inbox.archive')}
            label={t('inbox.archiveReason')}
            submit={t('inbox.archive')}
            disabled={isBusy}
            onSubmit={(reason) => run('archive', { reason }, t('inbox.archiveDone'))}
          />
          {!request.businessId && facets && facets.sportelli.length > 0 ? (
            <ReasonForm
              title={t('inbox.transfer')}
              label={t('inbox.transferReason')}
              submit={t('inbox.transfer')}
              disabled={isBusy}
              choices={facets.sportelli.map((s) => ({ value: s.id, label: s.name }))}
              choiceLabel={t('inbox.transferTo')}
              onSubmit={(reason, to) => run('transfer', { reason, toSportelloId: to }, t('inbox.transferDone'))}
            />
          ) : null}
        </>
      ) : null}
    </article>
  );
}

function NoteForm({ disabled, onSubmit }: { disabled: boolean; onSubmit: (text: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    if (await onSubmit(text)) setText('');
  };
  return (
    <form className="form inbox-note-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('inbox.newNote')}</label>
        <textarea id={`${id}-note`} rows={3} value={text} maxLength={4000} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="btn btn-primary" disabled={disabled || !text.trim()}>
        {t('inbox.addNote')}
      </button>
    </form>
  );
}

type TReasonProps = { title: string; label: string; submit: string; disabled: boolean; choices?: { value: string; label: string }[]; choiceLabel?: string; onSubmit: (reason: string, choice: string) => Promise<boolean> };

function ReasonForm({ title, label, submit, disabled, choices, choiceLabel, onSubmit }: TReasonProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [choice, setChoice] = useState(choices?.[0]?.value ?? '');
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (await onSubmit(reason, choice)) setReason('');
  };
  return (
    <details className="inbox-more">
      <summary>{title}</summary>
      <form className="form" onSubmit={send}>
        {choices ? (
          <div className="field">
            <label htmlFor={`${id}-choice`}>{choiceLabel}</label>
            <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-reason`}>{label}</label>
          <textarea id={`${id}-reason`} rows={2} value={reason} maxLength={1000} required onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-secondary" disabled={disabled || !reason.trim()}>
          {submit}
        </button>
      </form>
    </details>
  );
}

function Suggestions({ request, disabled, onAssign }: { request: TInboxRequest; disabled: boolean; onAssign: (angelUserId: string) => Promise<boolean> }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useApi<TSuggestions>(inboxSuggestionsPath(request.id));
  return (
    <section aria-labelledby="inbox-suggest-title">
      <h3 id="inbox-suggest-title">{t('inbox.suggested')}</h3>
      {error ? <p className="muted">{error.detail}</p> : null}
      {data && data.items.length === 0 ? <p className="muted">{t('inbox.noSuggestions')}</p> : null}
      {data && data.scope === 'network' && data.items.length > 0 ? <p className="muted small">{t('inbox.suggestedNetwork')}</p> : null}
      {!request.businessId && data && data.items.length > 0 ? <p className="muted small">{t('inbox.assignNeedsBusiness')}</p> : null}
      <ul className="item-list">
        {(data?.items ?? []).map((s) => (
          <li key={s.angel.userId} className="item">
            <div className="item-main">
              <strong>{s.angel.name}</strong>
              <span className="muted small">
                {[s.angel.comuneName, s.distanceKm !== null ? t('inbox.km', { km: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(s.distanceKm) }) : null].filter(Boolean).join(' · ')}
              </span>
              {s.reasons.length > 0 ? <span className="small">{s.reasons.join(' · ')}</span> : null}
            </div>
            {request.businessId && request.angel?.userId !== s.angel.userId ? (
              <button type="button" className="btn btn-secondary" disabled={disabled} onClick={() => onAssign(s.angel.userId)} aria-label={t('inbox.assignTo', { name: s.angel.name })}>
                {t('inbox.assign')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Duplicates({ request, disabled, onOpen, onMerge }: { request: TInboxRequest; disabled: boolean; onOpen: (id: string) => void; onMerge: (otherId: string) => Promise<boolean> }) {
  const { t, i18n } = useTranslation();
  if (request.duplicates.length === 0 && request.mergedRequests.length === 0) return null;
  return (
    <section aria-labelledby="inbox-dup-title">
      <h3 id="inbox-dup-title">{t('inbox.duplicates')}</h3>
      <ul className="item-list">
        {request.duplicates.map((d) => (
          <li key={d.id} className="item">
            <div className="item-main">
              <button type="button" className="btn-link" onClick={() => onOpen(d.id)}>
                {d.businessName ?? d.contactName ?? t('inbox.anonymous')}
              </button>
              <span className="muted small">
                {d.comuneName} · {formatDate(d.createdAt, i18n.language)} · {d.reasons.map((r) => t(`inbox.sameAs.${r}`)).join(', ')}
              </span>
            </div>
            <button type="button" className="btn btn-secondary" disabled={disabled} onClick={() => onMerge(d.id)}>
              {t('inbox.merge')}
            </button>
          </li>
        ))}
      </ul>
      {request.mergedRequests.length > 0 ? <p className="muted small">{t('inbox.mergedHere', { count: request.mergedRequests.length })}</p> : null}
    </section>
  );
}
