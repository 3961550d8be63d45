import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { AREAS, type TArea } from '../../../../../src/shared/areas';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { focusFirstInvalid } from '../../../lib/focus';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import {
  createLesson,
  LEVELS,
  lessonPath,
  publishLesson,
  retireLesson,
  saveLesson,
  scopesPath,
  sendBackLesson,
  submitLesson,
  type TAuthoredLesson,
  type TLessonLanguage,
  type TScopes,
} from '../api/authoring';
import { checkForm, formErrorsOf, formFromLesson, isDirty, NATIONAL, textOf, type TLessonForm } from './lesson-form-state';
import { LessonMediaPanel } from '../media/lesson-media-panel';
import { PreviewPanel } from './preview-panel';
import { ReadabilityPanel } from './readability-panel';
import { ReviewActions } from './review-actions';
import { ShapeChecklist } from './shape-checklist';
import { emptyBody, useLiveCheck } from './use-readability';
import { VersionsList } from './versions-list';

/** /lezioni/scrivi (a new lesson) and /lezioni/modifica/:id (a lesson being written or reviewed). */
export default function LessonEditorPage() {
  const { id } = useParams();
  return <RequireSignIn fallback={<Loading />}>{() => (id ? <EditLesson id={id} /> : <NewLesson />)}</RequireSignIn>;
}

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <section className="page narrow" aria-labelledby="lesson-missing">
      <h1 id="lesson-missing">{t('libraryEditor.notAllowed.title')}</h1>
      <p>{t('libraryEditor.notAllowed.body')}</p>
      <p>
        <Link to="/lezioni/mie">{t('libraryEditor.mine.title')}</Link>
      </p>
    </section>
  );
}

function NewLesson() {
  const { data: scopes, error, reload } = useApi<TScopes>(scopesPath);
  const [params] = useSearchParams();
  if (error) return <ErrorNotice message={error.detail} onRetry={reload} />;
  if (!scopes) return <Loading />;
  if (!scopes.write.length) return <NotAllowed />;
  const language: TLessonLanguage = params.get('lingua') === 'en' ? 'en' : 'it';
  const scope = params.get('ambito') ?? (scopes.write[0]!.sportelloId ?? NATIONAL);
  return <Editor lesson={null} scopes={scopes} translationOf={params.get('traduzione') ?? undefined} initial={{ title: '', summary: '', body: emptyBody(language), areas: [], level: 'first_steps', language, scope }} />;
}

function EditLesson({ id }: { id: string }) {
  const { data, error, reload } = useApi<TAuthoredLesson>(lessonPath(id));
  const { data: scopes } = useApi<TScopes>(scopesPath);
  if (error?.status === 404 || error?.status === 403) return <NotAllowed />;
  if (error) return <ErrorNotice message={error.detail} onRetry={reload} />;
  if (!data || !scopes) return <Loading />;
  return <Editor key={data.id} lesson={data} scopes={scopes} initial={formFromLesson(data)} />;
}

type TStatus = { kind: 'error' | 'success'; message: string };
type TEditorProps = { lesson: TAuthoredLesson | null; scopes: TScopes; initial: TLessonForm; translationOf?: string };

function Editor({ lesson: loaded, scopes, initial, translationOf }: TEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [lesson, setLesson] = useState<TAuthoredLesson | null>(loaded);
  const [form, setForm] = useState<TLessonForm>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A new lesson's first step ends on its own address; what it said (done, or refused) comes along.
  const [status, setStatusNow] = useState<TStatus | null>((location.state as { status?: TStatus } | null)?.status ?? null);
  const lastStatus = useRef<TStatus | null>(null);
  const setStatus = (next: TStatus | null) => {
    lastStatus.current = next;
    setStatusNow(next);
  };
  const created = useRef<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [stamp, setStamp] = useState(0);
  const check = useLiveCheck(form.body, form.level, form.language);
  usePageTitle(lesson ? t('libraryEditor.titleEdit') : t('libraryEditor.titleNew'));

  useEffect(() => {
    if (!Object.keys(errors).length) return;
    // A missing part has no field of its own: its message is in the list of parts.
    if (Object.keys(errors).every((field) => field.startsWith('parts.'))) window.requestAnimationFrame(() => document.getElementById('lesson-shape-title')?.focus());
    else focusFirstInvalid('.lesson-editor');
  }, [errors]);

  const canEdit = lesson ? lesson.abilities.canEdit : true;
  const set = <K extends keyof TLessonForm>(key: K, value: TLessonForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  // The starting headings follow the language while the author has written nothing under them.
  const changeLanguage = (language: TLessonLanguage) => setForm((f) => ({ ...f, language, body: f.body === emptyBody(f.language) ? emptyBody(language) : f.body }));
  const toggleArea = (area: TArea) => set('areas', form.areas.includes(area) ? form.areas.filter((a) => a !== area) : [...form.areas, area]);

  const fail = (e: unknown) => {
    setErrors(formErrorsOf(e));
    setStatus({ kind: 'error', message: isApiError(e) ? e.detail : t('errors.generic') });
  };

  /** Saves when something changed; the lesson as the server now has it, or null after a refusal. */
  const save = async (): Promise<TAuthoredLesson | null> => {
    if (lesson && (!canEdit || !isDirty(form, lesson))) return lesson;
    const found = checkForm(form, t);
    if (Object.keys(found).length) {
      setErrors(found);
      setStatus({ kind: 'error', message: t('libraryEditor.fixFields') });
      return null;
    }
    try {
      const saved = lesson
        ? await saveLesson(lesson.id, lesson.version, textOf(form))
        : await createLesson({ ...textOf(form), language: form.language, sportelloId: form.scope === NATIONAL ? null : form.scope, ...(translationOf ? { translationOf } : {}) });
      setErrors({});
      setLesson(saved);
      setStamp((s) => s + 1);
      if (!lesson) created.current = saved.id;
      return saved;
    } catch (e) {
      fail(e);
      return null;
    }
  };

  const run = async (step: () => Promise<string | null>) => {
    setIsBusy(true);
    setStatus(null);
    try {
      const message = await step();
      if (message) setStatus({ kind: 'success', message });
      if (created.current) navigate(`/lezioni/modifica/${created.current}`, { replace: true, state: { status: lastStatus.current } });
    } finally {
      setIsBusy(false);
    }
  };

  const transition = async (act: (l: TAuthoredLesson) => Promise<TAuthoredLesson>, done: string): Promise<string | null> => {
    const current = await save();
    if (!current) return null;
    try {
      const next = await act(current);
      setErrors({});
      setLesson(next);
      setStamp((s) => s + 1);
      return done;
    } catch (e) {
      fail(e);
      return null;
    }
  };

  const onSave = () => run(async () => ((await save()) ? t('libraryEditor.actions.saved') : null));
  const onSubmit = () => run(() => transition((l) => submitLesson(l.id, l.version), t('libraryEditor.actions.submitted')));
  const onPublish = () => run(() => transition((l) => publishLesson(l.id, l.version), t('libraryEditor.actions.published')));
  const onRetire = () => run(() => transition((l) => retireLesson(l.id, l.version), t('libraryEditor.actions.retired')));
  const onSendBack = async (note: string) => {
    let isDone = false;
    await run(async () => {
      const message = await transition((l) => sendBackLesson(l.id, l.version, note), t('libraryEditor.actions.sentBack'));
      isDone = message !== null;
      return message;
    });
    return isDone;
  };

  const scopeName = (sportelloId: string | null, name: string | null) => (sportelloId === null ? t('libraryEditor.fields.scope.national') : (name ?? sportelloId));
  const otherLanguage: TLessonLanguage = form.language === 'it' ? 'en' : 'it';

  return (
    <section className="page lesson-editor" aria-labelledby="lesson-editor-title">
      <h1 id="lesson-editor-title">{lesson ? t('libraryEditor.titleEdit') : t('libraryEditor.titleNew')}</h1>
      <p>
        <Link to="/lezioni/mie">{t('libraryEditor.mine.title')}</Link>
        {scopes.review ? (
          <>
            {' · '}
            <Link to="/lezioni/revisione">{t('libraryEditor.queue.title')}</Link>
          </>
        ) : null}
      </p>
      {lesson ? (
        <p>
          <span className="badge" data-testid="lesson-status">
            {t(`libraryEditor.status.${lesson.status}`)}
          </span>{' '}
          <span className="muted">{t('libraryEditor.versionNumber', { version: lesson.version })}</span>
        </p>
      ) : (
        <p className="muted">{t('libraryEditor.intro')}</p>
      )}
      {lesson?.reviewNote && lesson.status === 'draft' ? <p className="notice notice-info">{t('libraryEditor.reviewNote', { note: lesson.reviewNote })}</p> : null}
      <FormStatus kind={status?.kind} message={status?.message} />

      <div className="lesson-editor-grid">
        <form
          className="card lesson-editor-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void onSave();
          }}
        >
          <TextField id="title" label={t('libraryEditor.fields.title.label')} hint={t('libraryEditor.fields.title.hint')} value={form.title} onChange={(v) => set('title', v)} error={errors.title} maxLength={120} readOnly={!canEdit} required />
          <TextArea id="summary" label={t('libraryEditor.fields.summary.label')} hint={t('libraryEditor.fields.summary.hint')} value={form.summary} onChange={(v) => set('summary', v)} error={errors.summary} rows={2} maxLength={300} readOnly={!canEdit} required />

          <fieldset className={errors.areas ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={errors.areas ? 'areas-error' : 'areas-hint'}>
            <legend>{t('libraryEditor.fields.areas.legend')}</legend>
            <p className="field-hint" id="areas-hint">
              {t('libraryEditor.fields.areas.hint')}
            </p>
            <div className="checkbox-grid">
              {AREAS.map((area) => (
                <label key={area} className="choice" htmlFor={`lesson-area-${area}`}>
                  <input id={`lesson-area-${area}`} type="checkbox" checked={form.areas.includes(area)} onChange={() => toggleArea(area)} disabled={!canEdit} aria-invalid={errors.areas ? true : undefined} />
                  {t(`areas.${area}.label`)}
                </label>
              ))}
            </div>
            {errors.areas ? (
              <p className="field-error" id="areas-error">
                {errors.areas}
              </p>
            ) : null}
          </fieldset>

          <div className="field">
            <label htmlFor="level">{t('libraryEditor.fields.level.label')}</label>
            <p className="field-hint" id="level-hint">
              {t('libraryEditor.fields.level.hint')}
            </p>
            <select id="level" value={form.level} onChange={(e) => set('level', e.target.value as TLessonForm['level'])} disabled={!canEdit} aria-describedby="level-hint">
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`libraryEditor.levels.${level}`)}
                </option>
              ))}
            </select>
          </div>

          <div className="field">
            <label htmlFor="language">{t('libraryEditor.fields.language.label')}</label>
            <select id="language" value={form.language} onChange={(e) => changeLanguage(e.target.value as TLessonLanguage)} disabled={lesson !== null || translationOf !== undefined}>
              <option value="it">{t('libraryEditor.languages.it')}</option>
              <option value="en">{t('libraryEditor.languages.en')}</option>
            </select>
          </div>

          <div className={errors.scope ? 'field field-invalid' : 'field'}>
            <label htmlFor="scope">{t('libraryEditor.fields.scope.label')}</label>
            <p className="field-hint" id="scope-hint">
              {t('libraryEditor.fields.scope.hint')}
            </p>
            <select id="scope" value={form.scope} onChange={(e) => set('scope', e.target.value)} disabled={lesson !== null || translationOf !== undefined} aria-describedby={errors.scope ? 'scope-hint scope-error' : 'scope-hint'} aria-invalid={errors.scope ? true : undefined}>
              {lesson && !scopes.write.some((s) => (s.sportelloId ?? NATIONAL) === form.scope) ? <option value={form.scope}>{form.scope === NATIONAL ? t('libraryEditor.fields.scope.national') : t('libraryEditor.fields.scope.sportello')}</option> : null}
              {scopes.write.map((s) => (
                <option key={s.sportelloId ?? NATIONAL} value={s.sportelloId ?? NATIONAL}>
                  {scopeName(s.sportelloId, s.name)}
                </option>
              ))}
            </select>
            {errors.scope ? (
              <p className="field-error" id="scope-error">
                {errors.scope}
              </p>
            ) : null}
          </div>

          <TextArea id="body" label={t('libraryEditor.fields.body.label')} hint={t('libraryEditor.fields.body.hint')} value={form.body} onChange={(v) => set('body', v)} error={errors.body} rows={20} readOnly={!canEdit} spellCheck lang={form.language} />

          <div className="actions">
            {canEdit ? (
              <button type="submit" className="btn btn-secondary" disabled={isBusy}>
                {t('libraryEditor.actions.save')}
              </button>
            ) : null}
            {!lesson || lesson.abilities.canSubmit ? (
              <button type="button" className="btn" disabled={isBusy} onClick={() => void onSubmit()}>
                {t('libraryEditor.actions.submit')}
              </button>
            ) : null}
          </div>
        </form>

        <div className="lesson-editor-side">
          <ShapeChecklist parts={check.parts} errors={errors} />
          <ReadabilityPanel check={check} />
        </div>
      </div>

      {lesson ? <ReviewActions lesson={lesson} isBusy={isBusy} onPublish={() => void onPublish()} onSendBack={onSendBack} onRetire={() => void onRetire()} /> : null}

      {lesson ? <LessonMediaPanel lessonId={lesson.id} canEdit={canEdit} /> : <p className="muted">{t('libraryEditor.mediaAfterSave')}</p>}

      <PreviewPanel body={form.body} level={form.level} language={form.language} />

      {lesson ? (
        <>
          <VersionsList lessonId={lesson.id} stamp={stamp} />
          <p>
            <Link to={`/lezioni/scrivi?traduzione=${lesson.id}&lingua=${otherLanguage}&ambito=${lesson.sportelloId ?? NATIONAL}`}>{t('libraryEditor.translate', { language: t(`libraryEditor.languages.${otherLanguage}`) })}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
