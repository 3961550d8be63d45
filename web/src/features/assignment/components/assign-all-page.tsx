import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError, type ApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { confirmAssignAll, previewAssignAll, previewExportUrl, type TAssignAllPreview, type TPair, type TPreviewPair } from '../api/assign-all';

/** /sportelli/:id/assegna-tutte: the proposal of "Assegna tutte", to change, trim and confirm. */
export default function AssignAllPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('assignAll.title'));
  return <RequireSignIn fallback={<Loading />}>{() => <AssignAll sportelloId={id} />}</RequireSignIn>;
}

/** Per business: the chosen angel, or null once the pair is dropped. */
type TChoice = Record<string, string | null>;

function AssignAll({ sportelloId }: { sportelloId: string }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<TAssignAllPreview>();
  const [error, setError] = useState<ApiError | Error>();
  const [isLoading, setIsLoading] = useState(true);
  const [done, setDone] = useState<{ pairs: TPair[] } | null>(null);

  const load = useCallback(() => {
    setIsLoading(true);
    setError(undefined);
    setDone(null);
    previewAssignAll(sportelloId).then(
      (p) => {
        setPreview(p);
        setIsLoading(false);
      },
      (err: ApiError | Error) => {
        setError(err);
        setIsLoading(false);
      },
    );
  }, [sportelloId]);

  useEffect(load, [load]);

  return (
    <section className="page assign-all" aria-labelledby="aa-title">
      <p className="small">
        <Link to={`/sportelli/${sportelloId}`}>{t('assignAll.back')}</Link>
      </p>
      <h1 id="aa-title">{t('assignAll.title')}</h1>
      <p>{t('assignAll.intro')}</p>
      {isLoading ? <Loading /> : null}
      {error && isApiError(error) && (error.status === 404 || error.status === 403) ? <p className="notice notice-info">{t('assignAll.forbidden')}</p> : null}
      {error && !(isApiError(error) && (error.status === 404 || error.status === 403)) ? <ErrorNotice message={isApiError(error) ? error.detail : t('errors.generic')} onRetry={load} /> : null}
      {done && preview ? <Summary preview={preview} pairs={done.pairs} sportelloId={sportelloId} onAgain={load} /> : null}
      {!done && preview && !isLoading ? <Proposal key={JSON.stringify(preview.pairs.map((p) => p.business.id))} preview={preview} sportelloId={sportelloId} onDone={(pairs) => setDone({ pairs })} onReload={load} /> : null}
    </section>
  );
}

function Proposal({ preview, sportelloId, onDone, onReload }: { preview: TAssignAllPreview; sportelloId: string; onDone: (pairs: TPair[]) => void; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<TChoice>(() => Object.fromEntries(preview.pairs.map((p) => [p.business.id, p.angel.userId])));
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  // Places each angel has left once the current choices are counted.
  const taken = useMemo(() => {
    const n = new Map<string, number>();
    for (const angelId of Object.values(choice)) if (angelId) n.set(angelId, (n.get(angelId) ?? 0) + 1);
    return n;
  }, [choice]);
  const angelById = useMemo(() => new Map(preview.angels.map((a) => [a.userId, a])), [preview.angels]);
  const pairs: TPair[] = preview.pairs.flatMap((p) => (choice[p.business.id] ? [{ businessId: p.business.id, angelUserId: choice[p.business.id]! }] : []));

  const submit = async () => {
    setIsBusy(true);
    setFailure(null);
    try {
      await confirmAssignAll(sportelloId, pairs);
      onDone(pairs);
    } catch (err) {
      setFailure(isApiError(err) ? err : null);
      setIsBusy(false);
      requestAnimationFrame(() => failureRef.current?.focus());
    }
  };

  return (
    <>
      <p className="notice notice-info" role="status">
        {t('assignAll.counts', { count: preview.counts.requests })} {t('assignAll.pairsCount', { count: preview.counts.pairs })} {t('assignAll.unassignedCount', { count: preview.counts.unassigned })}{' '}
        {t('assignAll.totalCost', { cost: formatNumber(Math.round(preview.totalCost * 100) / 100, i18n.language) })}
      </p>
      <p className="small">
        {t('assignAll.export')} <a href={previewExportUrl(sportelloId, 'csv')}>CSV</a> · <a href={previewExportUrl(sportelloId, 'xlsx')}>XLSX</a>
      </p>
      <section aria-labelledby="aa-pairs">
        <h2 id="aa-pairs">{t('assignAll.pairsTitle')}</h2>
        {preview.pairs.length === 0 ? <p>{t('assignAll.noPairs')}</p> : null}
        <ul className="item-list assign-pairs">
          {preview.pairs.map((p) => (
            <PairItem
              key={p.business.id}
              pair={p}
              chosen={choice[p.business.id] ?? null}
              roomOf={(angelId) => {
                const a = angelById.get(angelId);
                return a ? a.capacity - a.activeCases - (taken.get(angelId) ?? 0) : 0;
              }}
              loadOf={(angelId) => {
                const a = angelById.get(angelId);
                return a ? { before: a.activeCases, after: a.activeCases + (taken.get(angelId) ?? 0), capacity: a.capacity } : null;
              }}
              onChoose={(angelId) => setChoice((c) => ({ ...c, [p.business.id]: angelId }))}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="aa-unassigned">
        <h2 id="aa-unassigned">{t('assignAll.unassignedTitle')}</h2>
        {preview.unassigned.length === 0 ? <p>{t('assignAll.noUnassigned')}</p> : null}
        <ul className="item-list">
          {preview.unassigned.map((u) => (
            <li key={u.business.id} className="item">
              <div className="item-main">
                <strong>{u.business.name}</strong>
                <span className="muted">{u.business.comuneName}</span>
                <span className="small">{t('assignAll.why', { reason: u.reasonText })}</span>
              </div>
            </li>
          ))}
        </ul>
      </section>
      {failure ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={failureRef}>
          <p>{failure.detail}</p>
          {failure.errors.length > 0 ? (
            <ul>
              {failure.errors.map((e) => (
                <li key={e.field}>{e.message}</li>
              ))}
            </ul>
          ) : null}
          {failure.status === 409 ? (
            <button type="button" className="btn btn-secondary" onClick={onReload}>
              {t('assignAll.newPreview')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={isBusy || pairs.length === 0} onClick={() => void submit()}>
          {isBusy ? t('common.wait') : t('assignAll.confirm', { count: pairs.length })}
        </button>
        <button type="button" className="btn btn-secondary" disabled={isBusy} onClick={onReload}>
          {t('assignAll.recompute')}
        </button>
      </div>
    </>
  );
}

function PairItem({
  pair,
  chosen,
  roomOf,
  loadOf,
  onChoose,
}: {
  pair: TPreviewPair;
  chosen: string | null;
  roomOf: (angelId: string) => number;
  loadOf: (angelId: string) => { before: number; after: number; capacity: number } | null;
  onChoose: (angelId: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const options = [{ angel: pair.angel, isInPerson: pair.isInPerson, distanceKm: pair.distanceKm, coverage: pair.coverage }, ...pair.alternatives];
  const current = options.find((o) => o.angel.userId === chosen) ?? null;
  const selectId = `aa-angel-${pair.business.id}`;
  const area = (slug: string) => t(`areas.${slug}.label`);
  const isProposed = chosen === pair.angel.userId;
  const load = chosen ? loadOf(chosen) : null;
  const km = (d: number | null) => (d === null ? '' : formatNumber(d, i18n.language));
  return (
    <li className={chosen ? 'item assign-pair' : 'item assign-pair assign-pair-dropped'}>
      <div className="item-main">
        <strong>{pair.business.name}</strong>
        <span className="muted">{pair.business.comuneName}</span>
        {current ? (
          <>
            <span>
              {t('assignAll.goesTo', { name: current.angel.name })}
              {current.angel.comuneName ? <span className="muted"> ({current.angel.comuneName})</span> : null}
            </span>
            {isProposed ? (
              <span className="small">
                {coverageWords(t, pair.covered.map(area), pair.uncovered.map(area))}
              </span>
            ) : (
              <span className="small">{t('assignAll.coverage', { percent: Math.round(current.coverage * 100) })}</span>
            )}
            <span className="small">{current.isInPerson ? t('assignAll.inPerson', { km: km(current.distanceKm) }) : t('assignAll.remote')}</span>
            {load ? <span className="small">{t('assignAll.load', { before: load.before, after: load.after, capacity: load.capacity })}</span> : null}
          </>
        ) : (
          <span className="small">{t('assignAll.dropped')}</span>
        )}
      </div>
      <div className="item-actions assign-pair-actions">
        <div className="field">
          <label htmlFor={selectId}>
            {t('assignAll.angel')}
            <span className="sr-only"> ({pair.business.name})</span>
          </label>
          <select id={selectId} value={chosen ?? ''} onChange={(e) => onChoose(e.target.value || null)}>
            <option value="">{t('assignAll.none')}</option>
            {options.map((o, i) => {
              const room = roomOf(o.angel.userId) + (o.angel.userId === chosen ? 1 : 0);
              return (
                <option key={o.angel.userId} value={o.angel.userId} disabled={room <= 0}>
                  {i === 0 ? t('assignAll.optionProposed', { name: o.angel.name }) : t('assignAll.option', { name: o.angel.name, comune: o.angel.comuneName })}
                  {room <= 0 ? ` — ${t('assignAll.full')}` : ''}
                </option>
              );
            })}
          </select>
        </div>
        {chosen ? (
          <button type="button" className="btn btn-secondary" onClick={() => onChoose(null)}>
            {t('assignAll.drop')}
            <span className="sr-only"> ({pair.business.name})</span>
          </button>
        ) : (
          <button type="button" className="btn btn-secondary" disabled={roomOf(pair.angel.userId) <= 0} onClick={() => onChoose(pair.angel.userId)}>
            {t('assignAll.restore')}
            <span className="sr-only"> ({pair.business.name})</span>
          </button>
        )}
      </div>
    </li>
  );
}

function Summary({ preview, pairs, sportelloId, onAgain }: { preview: TAssignAllPreview; pairs: TPair[]; sportelloId: string; onAgain: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = new Map(preview.pairs.map((p) => [p.business.id, p.business.name]));
  const people = new Map(preview.angels.map((a) => [a.userId, a.name]));
  const byAngel = new Map<string, string[]>();
  for (const p of pairs) byAngel.set(p.angelUserId, [...(byAngel.get(p.angelUserId) ?? []), names.get(p.businessId) ?? p.businessId]);
  return (
    <section className="card" aria-labelledby="aa-done">
      <h2 id="aa-done" tabIndex={-1} ref={heading}>
        {t('assignAll.doneTitle', { count: pairs.length })}
      </h2>
      <p>{t('assignAll.doneBody')}</p>
      <ul className="item-list">
        {[...byAngel.entries()].map(([angelId, businesses]) => (
          <li key={angelId} className="item">
            <div className="item-main">
              <strong>{people.get(angelId) ?? angelId}</strong>
              <span className="small">{t('assignAll.doneFor', { count: businesses.length, names: businesses.join(', ') })}</span>
            </div>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/sportelli/${sportelloId}/carichi`}>{t('assignAll.toCaseloads')}</Link> · <Link to={`/sportelli/${sportelloId}`}>{t('assignAll.back')}</Link>
      </p>
      <button type="button" className="btn btn-secondary" onClick={onAgain}>
        {t('assignAll.again')}
      </button>
    </section>
  );
}

/** Which of the request's needs the angel covers, in one sentence or two. */
function coverageWords(t: TFunction, covered: string[], uncovered: string[]): string {
  if (covered.length === 0) return uncovered.length ? t('assignAll.coversNoneOf', { areas: uncovered.join(', ') }) : t('assignAll.noNeeds');
  const covers = t('assignAll.covers', { areas: covered.join(', ') });
  return uncovered.length ? `${covers} ${t('assignAll.notCovered', { areas: uncovered.join(', ') })}` : covers;
}
