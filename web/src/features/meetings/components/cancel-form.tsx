import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextArea } from '../../../components/ui/text-area';
import { isApiError } from '../../../lib/api-client';
import { cancelMeeting, type TMeeting } from '../api/meetings';

/** Cancel, saying why: the other side reads it in the e-mail. */
export function CancelForm({ meeting, onDone, onClose }: { meeting: TMeeting; onDone: (m: TMeeting) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (reason.trim().length < 3) {
      setFieldError(t('meetings.cancel.reasonRequired'));
      return;
    }
    setFieldError(undefined);
    setIsBusy(true);
    try {
      onDone(await cancelMeeting(meeting.id, reason.trim()));
    } catch (err) {
      setError(isApiError(err) ? err.detail : t('errors.generic'));
      setIsBusy(false);
    }
  };

  return (
    <form className="card form" noValidate aria-labelledby="cnl-title" onSubmit={(e) => void submit(e)}>
      <h2 id="cnl-title">{t('meetings.cancel.title')}</h2>
      <TextArea id="cnl-reason" label={t('meetings.cancel.reason')} hint={t('meetings.cancel.reasonHint')} value={reason} onChange={setReason} error={fieldError} rows={3} maxLength={500} />
      <FormStatus kind="error" message={error} />
      <div className="actions">
        <button type="submit" className="btn btn-danger btn-big" disabled={isBusy}>
          {isBusy ? t('common.wait') : t('meetings.cancel.confirm')}
        </button>
        <button type="button" className="btn btn-secondary btn-big" onClick={onClose}>
          {t('meetings.cancel.keep')}
        </button>
      </div>
    </form>
  );
}
