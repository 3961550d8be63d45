import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { deleteOwnCall, importOwnCalls, inviteBusinesses, ownCallsPath, qualifyingPath, type TOwnCall, type TQualifying } from './api';
import { CallForm } from './call-form';
import { RulesSection } from './rules-section';

/** A calendar day (YYYY-MM-DD, Rome's) in the reader's language. */
const dayText = (day: string, lng: string) => formatDate(`${day}T12:00:00Z`, lng);

/** /sportelli/:id/bandi: the coordinators' own calls, their CSV import, and who qualifies for each. */
export default function FundingCoordPage() {
  const { id = '' } = useParams();
  return <RequireSignIn fallback={<Loading />}>{() => <FundingCoord sportelloId={id} />}</RequireSignIn>;
}

function FundingCoord({ sportelloId }: { sportelloId: string }) {
  const { t } = useTranslation();
  usePageTitle(t('fundingCoord.title'));
  const calls = useApi<{ items: TOwnCall[] }>(ownCallsPath(sportelloId));
  const [editing, setEditing] = useState<TOwnCall | null>(null);
  const [chosen, setChosen] = useState<{ id: string; title: string } | null>(null);

  if (calls.isLoading && !calls.data) return <Loading />;
  if (calls.error?.status === 403 || calls.error?.status === 404) {
    return (
      <section className="page narrow" aria-labelledby="fc-missing">
        <h1 id="fc-missing">{t('fundingCoord.notAllowedTitle')}</h1>
        <p>{t('fundingCoord.notAllowedBody')}</p>
      </section>
    );
  }
  if (calls.error || !calls.data) return <ErrorNotice message={calls.error?.detail ?? t('errors.generic')} onRetry={calls.reload} />;

  const items = calls.data.items;
  return (
    <section className="page" aria-labelledby="fc-title">
      <p>
        <Link to={`/sportelli/${sportelloId}`}>{t('fundingCoord.back')}</Link>
      </p>
      <h1 id="fc-title">{t('fundingCoord.title')}</h1>
      <p>{t('fundingCoord.intro')}</p>

      <section className="card" aria-labelledby="fc-list">
        <h2 id="fc-list">{t('fundingCoord.list.title')}</h2>
        {items.length === 0 ? <p>{t('fundingCoord.list.empty')}</p> : null}
        {items.length > 0 ? (
          <ul className="item-list">
            {items.map((call) => (
              <CallItem
                key={call.id}
                call={call}
                onEdit={() => setEditing(call)}
                onChoose={() => setChosen(call)}
                onDelete={async () => {
                  if (!window.confirm(t('fundingCoord.list.confirmDelete', { title: call.title }))) return;
                  await deleteOwnCall(sportelloId, call.id).catch(() => undefined);
                  if (chosen?.id === call.id) setChosen(null);
                  calls.reload();
                }}
              />
            ))}
          </ul>
        ) : null}
      </section>

      {chosen ? <QualifyingSection key={chosen.id} sportelloId={sportelloId} call={chosen} /> : null}

      <section className="card" aria-labelledby="fc-form">
        <h2 id="fc-form">{editing ? t('fundingCoord.form.editTitle', { title: editing.title }) : t('fundingCoord.form.newTitle')}</h2>
        <CallForm
          key={editing?.id ?? 'new'}
          sportelloId={sportelloId}
          call={editing}
          onSaved={() => {
            setEditing(null);
            calls.reload();
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </section>

      <CsvSection sportelloId={sportelloId} onImported={calls.reload} />

      <RulesSection sportelloId={sportelloId} onChooseForBusinesses={setChosen} />
    </section>
  );
}

function CallItem({ call, onEdit, onChoose, onDelete }: { call: TOwnCall; onEdit: () => void; onChoose: () => void; onDelete: () => void }) {
  const { t, i18n } = useTranslation();
  const when = call.closesDay
    ? t('fundingCoord.list.closes', { day: dayText(call.closesDay, i18n.language) })
    : call.closing === 'rolling'
      ? t('fundingCoord.list.rolling')
      : t('fundingCoord.list.noDate');
  return (
    <li className="item">
      <div className="item-main">
        <strong>{call.title}</strong>
        <span className="muted">{call.opensDay ? `${t('fundingCoord.list.opens', { day: dayText(call.opensDay, i18n.language) })} · ${when}` : when}</span>
        <span className="small">{t('fundingCoord.list.code', { code: call.code })}</span>
      </div>
      <div className="item-actions">
        <button type="button" className="btn btn-primary" onClick={onChoose}>
          {t('fundingCoord.list.who')}
          <span className="sr-only"> ({call.title})</span>
        </button>
        <button type="button" className="btn btn-secondary" onClick={onEdit}>
          {t('fundingCoord.list.edit')}
          <span className="sr-only"> ({call.title})</span>
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDelete}>
          {t('fundingCoord.list.delete')}
          <span className="sr-only"> ({call.title})</span>
        </button>
      </div>
    </li>
  );
}

/** The sportello's businesses that qualify for the chosen call, with checkboxes and "Invita". */
function QualifyingSection({ sportelloId, call }: { sportelloId: string; call: { id: string; title: string } }) {
  const { t } = useTranslation();
  const list = useApi<TQualifying>(qualifyingPath(sportelloId, call.id));
  const heading = useRef<HTMLHeadingElement>(null);
  // Chosen from a list further down the page: bring the answer into view, and the reader there.
  useEffect(() => heading.current?.focus(), []);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    if (selected.size === 0) {
      setStatus({ kind: 'error', message: t('fundingCoord.qualifying.chooseOne') });
      return;
    }
    setIsBusy(true);
    setStatus(null);
    try {
      const result = await inviteBusinesses(sportelloId, call.id, [...selected]);
      setOutcomes((o) => ({ ...o, ...Object.fromEntries(result.items.map((r) => [r.businessId, r.message])) }));
      setStatus({ kind: 'success', message: t('fundingCoord.qualifying.sent', { count: result.invited }) });
      setSelected(new Set());
      list.reload();
    } catch (err) {
      setStatus({ kind: 'error', message: isApiError(err) ? err.detail : t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="fc-who">
      <h2 id="fc-who" tabIndex={-1} ref={heading}>{t('fundingCoord.qualifying.title', { title: call.title })}</h2>
      {list.isLoading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorNotice message={list.error.detail} onRetry={list.reload} /> : null}
      {list.data && list.data.items.length === 0 ? <p>{t('fundingCoord.qualifying.empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <form className="form" noValidate onSubmit={(e) => void invite(e)}>
          <p>{t('fundingCoord.qualifying.count', { count: list.data.total })}</p>
          <ul className="item-list">
            {list.data.items.map((b) => {
              const canInvite = !b.invited && b.hasContact;
              return (
                <li key={b.id} className="item">
                  <label className="choice">
                    <input
                      type="checkbox"
                      disabled={!canInvite}
                      checked={selected.has(b.id)}
                      onChange={() =>
                        setSelected((s) => {
                          const next = new Set(s);
                          if (next.has(b.id)) next.delete(b.id);
                          else next.add(b.id);
                          return next;
                        })
                      }
                    />
                    <span>
                      <strong>{b.name}</strong> <span className="muted">{b.comuneName}</span>
                    </span>
                  </label>
                  <span className="small">{b.verdict === 'eligible' ? t('fundingCoord.qualifying.eligible') : t('fundingCoord.qualifying.toVerify')}</span>
                  {b.questions.length ? <span className="small muted">{b.questions.join(' ')}</span> : null}
                  {outcomes[b.id] ? <span className="small">{outcomes[b.id]}</span> : b.invited ? <span className="small">{t('fundingCoord.qualifying.invited')}</span> : null}
                  {!b.hasContact ? <span className="small muted">{t('fundingCoord.qualifying.noContact')}</span> : null}
                </li>
              );
            })}
          </ul>
          <FormStatus kind={status?.kind} message={status?.message} />
          <button type="submit" className="btn btn-primary" disabled={isBusy}>
            {isBusy ? t('common.wait') : t('fundingCoord.qualifying.invite')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** A CSV of own calls: imported whole, or refused with the problems row by row. */
function CsvSection({ sportelloId, onImported }: { sportelloId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const upload = async (e: FormEvent) => {
    e.preventDefault();
    setProblems([]);
    if (!file) {
      setStatus({ kind: 'error', message: t('fundingCoord.csv.choose') });
      return;
    }
    setIsBusy(true);
    setStatus(null);
    try {
      const result = await importOwnCalls(sportelloId, file);
      setStatus({ kind: 'success', message: t('fundingCoord.csv.done', { added: result.added, changed: result.changed, unchanged: result.unchanged }) });
      onImported();
    } catch (err) {
      if (isApiError(err)) {
        setStatus({ kind: 'error', message: err.detail });
        setProblems(Object.values(err.fieldErrors));
      } else setStatus({ kind: 'error', message: t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="fc-csv">
      <h2 id="fc-csv">{t('fundingCoord.csv.title')}</h2>
      <p>{t('fundingCoord.csv.intro')}</p>
      <form className="form" noValidate onSubmit={(e) => void upload(e)}>
        <div className="field">
          <label htmlFor="fc-csv-file">{t('fundingCoord.csv.file')}</label>
          <input id="fc-csv-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <FormStatus kind={status?.kind} message={status?.message} />
        {problems.length ? (
          <ul className="notice notice-error" aria-label={t('fundingCoord.csv.problems')}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={isBusy}>
          {isBusy ? t('common.wait') : t('fundingCoord.csv.upload')}
        </button>
      </form>
    </section>
  );
}
