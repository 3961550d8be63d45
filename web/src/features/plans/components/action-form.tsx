import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { LessonPicker, type TLessonPick } from '../../../components/lesson-picker/lesson-picker';
import { TextField } from '../../../components/ui/text-field';
import { todayInItaly, type TActionInput, type TOwner } from '../api/plans';
import { fieldMessages } from '../api/field-message';
import { OwnerSelect } from './owner-select';
import { CallPicker } from './call-picker';
import type { TSaveResult } from '../hooks/use-plan';

/** "Aggiungi un'azione" under a goal: what, who does it, by when. */
export function ActionForm({ goalId, onSave, onClose }: { goalId: string; onSave: (input: TActionInput) => Promise<TSaveResult>; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<TOwner>('entrepreneur');
  const [dueDate, setDueDate] = useState('');
  // A lesson chosen from the picker is kept by its slug; a pasted address (a template) as typed.
  const [lesson, setLesson] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const [callId, setCallId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('plans.action.titleRequired');
    if (dueDate && dueDate < todayInItaly()) found.dueDate = t('plans.codes.due_in_past');
    setErrors(found);
    if (Object.keys(found).length) return;
    setIsBusy(true);
    setMessage(null);
    const r = await onSave({ goalId, title: title.trim(), owner, dueDate: dueDate || null, linkedLessonId: lesson.trim() || null, linkedCallId: callId });
    setIsBusy(false);
    if (r.kind === 'refused') {
      setErrors(fieldMessages(t, r.error.fieldErrors));
      setMessage({ kind: 'error', text: r.error.detail });
      return;
    }
    setTitle('');
    setDueDate('');
    setLesson('');
    setCallId(null);
    setPickerKey((k) => k + 1);
    setMessage({ kind: 'success', text: r.kind === 'queued' ? t('plans.offline.kept') : t('plans.action.added') });
  };

  return (
    <form className="form sub-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('plans.action.addTitle')}</h4>
      <TextField id={`${id}-title`} label={t('plans.action.title')} value={title} onChange={setTitle} error={errors.title} maxLength={160} />
      <OwnerSelect id={`${id}-owner`} label={t('plans.action.owner')} value={owner} onChange={setOwner} />
      <TextField id={`${id}-due`} type="date" label={t('plans.action.dueLabel')} hint={t('plans.action.dueHint')} value={dueDate} onChange={setDueDate} error={errors.dueDate} min={todayInItaly()} />
      <LessonPicker
        key={pickerKey}
        label={t('lessonLinks.picker.label')}
        hint={t('lessonLinks.picker.hint')}
        allowsAddress
        error={errors.linkedLessonId}
        onChange={(p: TLessonPick) => setLesson(p.slug ?? p.text)}
      />
      <CallPicker key={`call-${pickerKey}`} value={callId} onChange={setCallId} error={errors.linkedCallId} />
      <FormStatus kind={message?.kind ?? 'info'} message={message?.text} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isBusy}>
          {t('plans.action.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
