import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { api, ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { AREAS } from '../../../../../src/shared/areas';
import { trapApiPath, trapPagePath, type TTrapView } from '../api';

const toLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The form of one warning: new (/attenzione/scrivi) or changed (/attenzione/modifica/{slug}). */
function TrapForm({ trap }: { trap: TTrapView | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const [v, setV] = useState({
    slug: trap?.slug ?? '',
    title: trap?.title ?? '',
    summary: trap?.summary ?? '',
    recognise: trap?.recognise.join('\n') ?? '',
    askBefore: trap?.askBefore.join('\n') ?? '',
    ifSigned: trap?.ifSigned.join('\n') ?? '',
    cues: trap?.cues.join('\n') ?? '',
    lessons: trap?.lessons.map((l) => l.slug).join('\n') ?? '',
    areas: trap?.areas ?? [],
    sportelloId: trap?.sportello?.id ?? '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const fe = error?.fieldErrors ?? {};
  const desks = [...new Map((me?.memberships ?? []).map((m) => [m.sportelloId, m.sportelloName])).entries()];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setIsSaving(true);
    setError(null);
    const body = {
      slug: v.slug.trim(),
      title: v.title,
      summary: v.summary,
      recognise: toLines(v.recognise),
      askBefore: toLines(v.askBefore),
      ifSigned: toLines(v.ifSigned),
      cues: toLines(v.cues),
      areas: v.areas,
      links: { lessons: toLines(v.lessons), solutions: trap?.solutions ?? [], planAreas: v.areas },
    };
    try {
      const saved = trap ? await api.patch<TTrapView>(`/api/traps/${trap.id}`, body) : await api.post<TTrapView>('/api/traps', { ...body, sportelloId: v.sportelloId || null });
      navigate(trapPagePath(saved.slug));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError({ status: 0, code: 'UNKNOWN', title: '', detail: String(err) }));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error.detail}
        </p>
      ) : null}
      <TextField id="trap-title" label={t('traps.editor.fields.title')} value={v.title} onChange={set('title')} error={fe.title} required />
      <TextField id="trap-slug" label={t('traps.editor.fields.slug')} hint={t('traps.editor.hints.slug')} value={v.slug} onChange={set('slug')} error={fe.slug} required />
      <TextArea id="trap-summary" label={t('traps.editor.fields.summary')} value={v.summary} onChange={set('summary')} error={fe.summary} rows={3} />
      <TextArea id="trap-recognise" label={t('traps.recognise')} hint={t('traps.editor.hints.lines')} value={v.recognise} onChange={set('recognise')} error={fe.recognise ?? fe['recognise.0']} rows={4} />
      <TextArea id="trap-ask" label={t('traps.askBefore')} hint={t('traps.editor.hints.lines')} value={v.askBefore} onChange={set('askBefore')} error={fe.askBefore ?? fe['askBefore.0']} rows={4} />
      <TextArea id="trap-signed" label={t('traps.ifSigned')} hint={t('traps.editor.hints.lines')} value={v.ifSigned} onChange={set('ifSigned')} error={fe.ifSigned ?? fe['ifSigned.0']} rows={4} />
      <TextArea id="trap-cues" label={t('traps.editor.fields.cues')} hint={t('traps.editor.hints.cues')} value={v.cues} onChange={set('cues')} error={fe.cues ?? fe['cues.0']} rows={4} />
      <fieldset className={fe.areas ? 'field field-invalid' : 'field'}>
        <legend>{t('traps.editor.fields.areas')}</legend>
        {fe.areas ? <p className="field-error">{fe.areas}</p> : null}
        {AREAS.map((a) => (
          <label key={a} className="checkbox">
            <input type="checkbox" checked={v.areas.includes(a)} onChange={(e) => setV((old) => ({ ...old, areas: e.target.checked ? [...old.areas, a] : old.areas.filter((x) => x !== a) }))} /> {t(`areas.${a}.label`)}
          </label>
        ))}
      </fieldset>
      <TextArea id="trap-lessons" label={t('traps.editor.fields.lessons')} hint={t('traps.editor.hints.lessons')} value={v.lessons} onChange={set('lessons')} error={fe['links.lessons.0']} rows={2} />
      {trap ? null : (
        <div className="field">
          <label htmlFor="trap-scope">{t('traps.editor.fields.scope')}</label>
          <select id="trap-scope" value={v.sportelloId} onChange={(e) => set('sportelloId')(e.target.value)}>
            <option value="">{t('traps.national')}</option>
            {desks.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isSaving}>
          {trap ? t('traps.editor.save') : t('traps.editor.propose')}
        </button>
      </div>
    </form>
  );
}

/** /attenzione/gestisci: the warnings one wrote or publishes, with "Pubblica" on proposals. */
function ManageList() {
  const { t } = useTranslation();
  const { data, error, reload } = useApi<{ items: TTrapView[] }>('/api/traps/manage');
  const [message, setMessage] = useState<string | null>(null);
  const publish = async (trap: TTrapView) => {
    await api.post(`/api/traps/${trap.id}/publish`);
    setMessage(t('traps.editor.published', { title: trap.title }));
    reload();
  };
  if (error) return <ErrorNotice message={error.detail} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <>
      <div role="status" aria-live="polite">
        {message ? <p className="notice notice-success">{message}</p> : null}
      </div>
      <p className="actions">
        <Link to="/attenzione/scrivi" className="btn btn-primary">
          {t('traps.editor.new')}
        </Link>
        <a href="/api/traps/manage/export?format=csv" className="btn btn-secondary" download>
          {t('traps.editor.export')}
        </a>
      </p>
      {data.items.length === 0 ? <p>{t('traps.list.empty')}</p> : null}
      <ul className="item-list">
        {data.items.map((trap) => (
          <li key={trap.id}>
            <Link to={trapPagePath(trap.slug)}>{trap.title}</Link> <span className="badge">{t(`traps.editor.status.${trap.status}`)}</span>{' '}
            <span className="muted small">{trap.sportello?.name ?? t('traps.national')}</span>
            <div className="actions">
              {trap.canEdit ? <Link to={`/attenzione/modifica/${trap.slug}`}>{t('traps.editor.edit')}</Link> : null}
              {trap.canPublish ? (
                <button type="button" className="btn btn-secondary" onClick={() => void publish(trap)}>
                  {t('traps.editor.publish')}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function EditExisting({ slug }: { slug: string }) {
  const { data, error } = useApi<TTrapView>(trapApiPath(slug));
  if (error) return <ErrorNotice message={error.detail} />;
  if (!data) return <Loading />;
  return <TrapForm trap={data} />;
}

/** The angels' and coordinators' pages of "Attenzione a": the list to manage, a new warning, a change. */
export default function TrapEditorPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { me } = useSession();
  const editing = /^\/attenzione\/modifica\/([a-z0-9-]+)\/?$/.exec(pathname)?.[1] ?? null;
  const isNew = /^\/attenzione\/scrivi\/?$/.test(pathname);
  const title = editing ? t('traps.editor.editTitle') : isNew ? t('traps.editor.newTitle') : t('traps.editor.manageTitle');
  usePageTitle(title);
  if (me === undefined) return <Loading />;
  return (
    <section className="page narrow" aria-labelledby="trap-editor-h">
      <p>
        <Link to="/attenzione">{t('traps.back')}</Link>
      </p>
      <h1 id="trap-editor-h">{title}</h1>
      {me === null ? (
        <p>
          <Link to="/accedi">{t('traps.editor.signIn')}</Link>
        </p>
      ) : editing ? (
        <EditExisting slug={editing} />
      ) : isNew ? (
        <>
          <p className="muted">{t('traps.editor.newLead')}</p>
          <TrapForm trap={null} />
        </>
      ) : (
        <ManageList />
      )}
    </section>
  );
}
