import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { solutionPagePath } from '../api';
import { SolutionForm, type TScope } from './solution-form';
import type { TSolutionInput } from './solution-input';

/** GET /api/solutions/manage. */
export type TManageList = {
  scopes: TScope[];
  items: { id: string; slug: string; name: string; provider: string; status: 'proposed' | 'published'; sportelloName: string | null; authorName: string | null; updatedAt: string; canEdit: boolean }[];
};

export const MANAGE_API = '/api/solutions/manage';
export const editPath = (id: string) => `/soluzioni/modifica/${id}`;

/** /soluzioni/gestisci: proposals waiting for this person to vet them first ("da pubblicare"), then their own and the published. */
function ManageList({ data }: { data: TManageList }) {
  const { t, i18n } = useTranslation();
  const { state } = useLocation() as { state: { message?: string } | null };
  const waiting = data.items.filter((i) => i.status === 'proposed' && i.canEdit);
  const mine = data.items.filter((i) => i.status === 'proposed' && !i.canEdit);
  const published = data.items.filter((i) => i.status === 'published');
  const item = (i: TManageList['items'][number]) => (
    <li key={i.id}>
      <strong>{i.name}</strong> <span className="badge">{t(`solutionForms.status.${i.status}`)}</span>
      <br />
      <span className="muted small">
        {i.sportelloName ?? t('solutionForms.national')} · {i.authorName ? t('solutionForms.by', { name: i.authorName }) : null} · {formatDate(i.updatedAt, i18n.language)}
      </span>
      <div className="actions">
        {i.status === 'published' ? <Link to={solutionPagePath(i.slug)}>{t('solutionForms.view', { name: i.name })}</Link> : null}
        {i.canEdit ? (
          <Link to={editPath(i.id)} className={i.status === 'proposed' ? 'btn btn-primary' : undefined}>
            {i.status === 'proposed' ? t('solutionForms.check', { name: i.name }) : t('solutionForms.edit', { name: i.name })}
          </Link>
        ) : null}
      </div>
    </li>
  );
  return (
    <>
      <div role="status" aria-live="polite">
        {state?.message ? <p className="notice notice-success">{state.message}</p> : null}
      </div>
      {data.scopes.length ? (
        <p>
          <Link to="/soluzioni/proponi" className="btn btn-primary">
            {t('solutionForms.new')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="sol-waiting-h">
        <h2 id="sol-waiting-h">{t('solutionForms.waiting', { count: waiting.length })}</h2>
        {waiting.length ? <ul className="item-list">{waiting.map(item)}</ul> : <p className="muted">{t('solutionForms.noneWaiting')}</p>}
      </section>
      {mine.length ? (
        <section aria-labelledby="sol-mine-h">
          <h2 id="sol-mine-h">{t('solutionForms.mine')}</h2>
          <p className="muted">{t('solutionForms.mineNote')}</p>
          <ul className="item-list">{mine.map(item)}</ul>
        </section>
      ) : null}
      {published.length ? (
        <section aria-labelledby="sol-published-h">
          <h2 id="sol-published-h">{t('solutionForms.published')}</h2>
          <ul className="item-list">{published.map(item)}</ul>
        </section>
      ) : null}
    </>
  );
}

function Editing({ id }: { id: string }) {
  const { data, error } = useApi<TSolutionInput>(`/api/solutions/by-id/${id}/input`);
  if (error) return <ErrorNotice message={error.detail} />;
  if (!data) return <Loading />;
  return <SolutionForm existing={{ id, input: data }} scopes={[]} />;
}

function Body({ editing, isNew }: { editing: string | null; isNew: boolean }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi<TManageList>(editing ? null : MANAGE_API);
  if (editing) return <Editing id={editing} />;
  if (error) return <ErrorNotice message={error.detail} onRetry={reload} />;
  if (!data) return <Loading />;
  if (!isNew) return <ManageList data={data} />;
  if (!data.scopes.length) return <p>{t('solutionForms.cannotPropose')}</p>;
  return (
    <>
      <p className="muted">{t('solutionForms.newLead')}</p>
      <SolutionForm existing={null} scopes={data.scopes} />
    </>
  );
}

/** The catalogue's writing pages: propose (/soluzioni/proponi), vet and change (/soluzioni/modifica/{id}), the list (/soluzioni/gestisci). */
export default function SolutionEditorPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { me } = useSession();
  const editing = /^\/soluzioni\/modifica\/([0-9a-f-]{36})\/?$/.exec(pathname)?.[1] ?? null;
  const isNew = /^\/soluzioni\/proponi\/?$/.test(pathname);
  const title = editing ? t('solutionForms.editTitle') : isNew ? t('solutionForms.newTitle') : t('solutionForms.manageTitle');
  usePageTitle(title);
  if (me === undefined) return <Loading />;
  return (
    <section className="page narrow" aria-labelledby="sol-editor-h">
      <p>
        <Link to="/soluzioni">{t('solutions.back')}</Link>
      </p>
      <h1 id="sol-editor-h">{title}</h1>
      {me === null ? (
        <p>
          <Link to="/accedi">{t('solutionForms.signIn')}</Link>
        </p>
      ) : (
        <Body editing={editing} isNew={isNew} />
      )}
    </section>
  );
}
