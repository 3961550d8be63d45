import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LessonPicker, type TLessonPick } from '../../../components/lesson-picker/lesson-picker';
import { FormStatus } from '../../../components/ui/form-status';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { linkToThread, myPlanActions, type TPlanActionChoice, type TThread } from '../api/threads';

type TProps = { thread: Pick<TThread, 'slug' | 'abilities' | 'lessons' | 'planActions'>; onLinked: () => void };

/**
 * "Collega una lezione o un'azione del tuo piano": for the asker only (the API says so in
 * `abilities.link`), a lesson found by a few words and the actions of their own relaunch
 * plans; the link then shows in the thread and the lesson page lists the discussion. Drawn once
 * the page runs: the lesson search needs JavaScript.
 *
 * @example <ThreadLinksForm thread={data} onLinked={reload} />
 */
export function ThreadLinksForm({ thread, onLinked }: TProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const id = useId();
  const [isReady, setReady] = useState(false);
  const [lesson, setLesson] = useState<TLessonPick>({ slug: null, title: null, text: '' });
  const [pickerKey, setPickerKey] = useState(0);
  const [actions, setActions] = useState<TPlanActionChoice[]>([]);
  const [actionId, setActionId] = useState('');
  const [errors, setErrors] = useState<{ lesson?: string; action?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canLink = thread.abilities.link;
  const businessIds = (me?.businesses ?? []).map((b) => b.id).join(',');

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (!canLink || !businessIds) return;
    let isCurrent = true;
    void myPlanActions(businessIds.split(',')).then((found) => {
      if (isCurrent) setActions(found);
    });
    return () => {
      isCurrent = false;
    };
  }, [canLink, businessIds]);

  if (!isReady || !canLink) return null;
  const linkedActions = new Set(thread.planActions.map((a) => a.id));
  const choices = actions.filter((a) => !linkedActions.has(a.id));

  const send = async (target: { lessonSlug: string } | { planActionId: string }, field: 'lesson' | 'action', title: string) => {
    setBusy(true);
    setErrors({});
    setDone(null);
    try {
      await linkToThread(thread.slug, target);
      setDone(t('community.linkForm.linked', { title }));
      if (field === 'lesson') {
        setLesson({ slug: null, title: null, text: '' });
        setPickerKey((k) => k + 1);
      } else setActionId('');
      onLinked();
    } catch (err) {
      const message = err instanceof ApiError ? (err.fieldErrors.lessonSlug ?? err.fieldErrors.planActionId ?? err.detail) : t('errors.generic');
      setErrors({ [field]: message });
    } finally {
      setBusy(false);
    }
  };

  const linkLesson = (e: FormEvent) => {
    e.preventDefault();
    if (!lesson.slug) return setErrors({ lesson: t('community.linkForm.chooseLesson') });
    void send({ lessonSlug: lesson.slug }, 'lesson', lesson.title ?? lesson.text);
  };
  const linkAction = (e: FormEvent) => {
    e.preventDefault();
    const action = choices.find((a) => a.id === actionId);
    if (!action) return setErrors({ action: t('community.linkForm.chooseAction') });
    void send({ planActionId: action.id }, 'action', action.title);
  };

  return (
    <section className="card community-link-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('community.linkForm.title')}</h2>
      <p className="muted">{t('community.linkForm.intro')}</p>
      <form onSubmit={linkLesson} noValidate>
        <LessonPicker key={pickerKey} label={t('community.linkForm.lessonLabel')} hint={t('community.linkForm.lessonHint')} onChange={setLesson} error={errors.lesson} />
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {t('community.linkForm.linkLesson')}
        </button>
      </form>
      {choices.length > 0 ? (
        <form onSubmit={linkAction} noValidate>
          <div className={errors.action ? 'field field-invalid' : 'field'}>
            <label htmlFor={`${id}-action`}>{t('community.linkForm.actionLabel')}</label>
            <select
              id={`${id}-action`}
              value={actionId}
              onChange={(e) => setActionId(e.target.value)}
              aria-invalid={errors.action ? true : undefined}
              aria-describedby={errors.action ? `${id}-action-error` : undefined}
            >
              <option value="">{t('community.linkForm.actionChoose')}</option>
              {choices.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
            {errors.action ? (
              <p className="field-error" id={`${id}-action-error`}>
                {errors.action}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            {t('community.linkForm.linkAction')}
          </button>
        </form>
      ) : null}
      <FormStatus kind="success" message={done} />
    </section>
  );
}
