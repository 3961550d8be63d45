import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { RadioCards } from '../../../components/ui/radio-cards';
import { TextArea } from '../../../components/ui/text-area';
import { isApiError } from '../../../lib/api-client';
import { recordOutcome, type TMeeting, type TNextStep } from '../api/meetings';

const NEXT: TNextStep[] = ['start_plan', 'no_plan', 'later'];

/** "Com'è andata?": the angel says whether it took place, notes, and the next step. */
export function OutcomeForm({ meeting, onDone }: { meeting: TMeeting; onDone: (m: TMeeting) => void }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState<'yes' | 'no' | null>(null);
  const [notes, setNotes] = useState(meeting.outcomeNotes ?? '');
  const [next, setNext] = useState<TNextStep | null>(null);
  const [errors, setErrors] = useState<{ held?: string; next?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const found = { held: held ? undefined : t('meetings.outcome.heldRequired'), next: held === 'yes' && !next ? t('meetings.outcome.nextRequired') : undefined };
    setErrors(found);
    if (found.held || found.next) return;
    setIsBusy(true);
    try {
      onDone(await recordOutcome(meeting.id, { isHeld: held === 'yes', notes: notes.trim() || null, nextStep: held === 'yes' ? next : null }));
    } catch (err) {
      setError(isApiError(err) ? err.detail : t('errors.generic'));
      setIsBusy(false);
    }
  };

  return (
    <form id="esito" className="card form" noValidate aria-labelledby="out-title" onSubmit={(e) => void submit(e)}>
      <h2 id="out-title">{t('meetings.outcome.title')}</h2>
      <RadioCards
        name="held"
        legend={t('meetings.outcome.held')}
        options={[
          { value: 'yes', label: t('meetings.outcome.heldYes') },
          { value: 'no', label: t('meetings.outcome.heldNo') },
        ]}
        value={held}
        onChange={(v) => setHeld(v === 'yes' ? 'yes' : 'no')}
        error={errors.held}
      />
      <TextArea id="out-notes" label={t('meetings.outcome.notes')} hint={t('meetings.outcome.notesHint')} value={notes} onChange={setNotes} rows={5} maxLength={5000} />
      {held === 'yes' ? (
        <RadioCards
          name="next"
          legend={t('meetings.outcome.nextLegend')}
          options={NEXT.map((n) => ({ value: n, label: t(`meetings.outcome.next.${n}`) }))}
          value={next}
          onChange={(v) => setNext(v as TNextStep)}
          error={errors.next}
        />
      ) : null}
      <FormStatus kind="error" message={error} />
      <button type="submit" className="btn btn-primary btn-big" disabled={isBusy}>
        {isBusy ? t('common.wait') : t('meetings.outcome.save')}
      </button>
    </form>
  );
}
