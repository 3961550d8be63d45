import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError, isNetworkError } from '../../lib/api-client';
import { FormStatus } from '../ui/form-status';
import { TextArea } from '../ui/text-area';
import { LessonPicker, type TLessonPick } from './lesson-picker';

/** The longest note the server takes (lesson_suggestion.note). */
export const NOTE_MAX = 280;

/** POST /api/businesses/{id}/lesson-suggestions: the same lesson again only updates the note. */
export function suggestLessonTo(businessId: string, lessonSlug: string, note: string | null) {
  return api.post<unknown>(`/api/businesses/${encodeURIComponent(businessId)}/lesson-suggestions`, { lessonSlug, note });
}

/**
 * "Suggerisci una lezione": the angel (or a coordinator) picks a lesson for a business and
 * says why in a line; the entrepreneur finds it on their home page. Needs the line: a
 * suggestion is not kept on the phone.
 * @example <SuggestLessonForm businessId={view.business.id} isOnline={isOnline} />
 */
export function SuggestLessonForm({ businessId, isOnline }: { businessId: string; isOnline: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [pick, setPick] = useState<TLessonPick>({ slug: null, title: null, text: '' });
  const [note, setNote] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!pick.slug) found.lessonSlug = t('lessonLinks.suggest.needLesson');
    if (note.trim().length > NOTE_MAX) found.note = t('lessonLinks.suggest.tooLong');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length || !pick.slug) return;
    setIsBusy(true);
    try {
      await suggestLessonTo(businessId, pick.slug, note.trim() || null);
      setMessage({ kind: 'success', text: t('lessonLinks.suggest.sent', { title: pick.title ?? pick.slug }) });
      setPick({ slug: null, title: null, text: '' });
      setNote('');
      setPickerKey((k) => k + 1);
    } catch (err) {
      if (isNetworkError(err)) setMessage({ kind: 'error', text: t('lessonLinks.suggest.offline') });
      else if (isApiError(err)) {
        const fields = err.fieldErrors;
        setErrors({
          ...(fields.lessonSlug ? { lessonSlug: t(`lessonLinks.codes.${fields.lessonSlug}`, { defaultValue: fields.lessonSlug }) } : {}),
          ...(fields.note ? { note: t('lessonLinks.suggest.tooLong') } : {}),
        });
        setMessage({ kind: 'error', text: err.detail });
      } else setMessage({ kind: 'error', text: t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('lessonLinks.suggest.title')}</h2>
      <p>{t('lessonLinks.suggest.intro')}</p>
      <LessonPicker key={pickerKey} label={t('lessonLinks.suggest.pickerLabel')} hint={t('lessonLinks.suggest.pickerHint')} error={errors.lessonSlug} onChange={setPick} />
      <TextArea id={`${id}-note`} label={t('lessonLinks.suggest.noteLabel')} hint={t('lessonLinks.suggest.noteHint')} value={note} onChange={setNote} error={errors.note} rows={2} maxLength={NOTE_MAX} />
      <FormStatus kind={message?.kind ?? 'info'} message={message?.text} />
      {!isOnline ? <p className="muted small">{t('lessonLinks.suggest.offline')}</p> : null}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isBusy || !isOnline}>
          {t('lessonLinks.suggest.send')}
        </button>
      </div>
    </form>
  );
}
