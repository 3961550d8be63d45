import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextField } from '../../../components/ui/text-field';
import { todayInItaly, type TActionInput, type TOwner } from '../api/plans';
import { fieldMessages } from '../api/field-message';
import { OwnerSelect } from './owner-select';
import type { TSaveResult } from '../hooks/use-plan';

/** "Aggiungi un'azione" under a goal: what, who does it, by when. */
export function ActionForm({ goalId, onSave, onClose }: { goalId: string; onSave: (input: TActionInput) => Promise<TSaveResult>; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<TOwner>('entrepreneur');
  const [dueDate, setDueDate] = useState('');
  const [lesson, setLesson] = useState('');
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
    const r = await onSave({ goalId, title: title.trim(), owner, dueDate: dueDate || null, linkedLessonId: lesson.trim() || null });
    setIsBusy(false);
    if (r.kind === 'refused') {
      setErrors(fieldMessages(t, r.error.fieldErrors));
      setMessage({ kind: 'error', text: r.error.detail });
      return;
    }
    setTitle('');
    setDueDate('');
    setLesson('');
    setMessage({ kind: 'success', text: r.kind === 'queued' ? t('plans.offline.kept') : t('plans.action.added') });
  };

  return (
    <form className="form sub-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('plans.action.addTitle')}</h4>
      <TextField id={`${id}-title`} label={t('plans.action.title')} value={title} onChange={setTitle} error={errors.title} maxLength={160} />
      <OwnerSelect id={`${id}-owner`} label={t('plans.action.owner')} value={owner} onChange={setOwner} />
      <TextField id={`${id}-due`} type="date" label={t('plans.action.dueLabel')} hint={t('plans.action.dueHint')} value={dueDate} onChange={setDueDate} error={errors.dueDate} min={todayInItaly()} />
      <TextField id={`${id}-lesson`} label={t('plans.action.lessonLabel')} hint={t('plans.action.lessonHint')} value={lesson} onChange={setLesson} error={errors.linkedLessonId} maxLength={500} inputMode="url" />
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
