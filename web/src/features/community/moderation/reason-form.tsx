import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextArea } from '../../../components/ui/text-area';
import { isApiError } from '../../../lib/api-client';
import { REASON_MAX, REASON_MIN } from './api';

const ReasonFormErrors = createContext<Record<string, string | undefined>>({});

type TProps = {
  id: string;
  /** What the form does, as its button says it. */
  submitLabel: string;
  /** Fields beyond the reason (an area, seconds, hours). */
  children?: ReactNode;
  onSubmit: (reason: string) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
};

/** Turns a server field message code into words; messages the server already localised pass through. */
export function useFieldMessage() {
  const { t, i18n } = useTranslation();
  return (message: string | undefined) => (message && i18n.exists(`communityModeration.errors.${message}`) ? t(`communityModeration.errors.${message}`) : message);
}

/**
 * A moderator's decision with its reason, which the author will read: required, 3–500 characters,
 * checked here and again by the server; a refused field shows its message next to it.
 * @example <ReasonForm id="hide-1" submitLabel={t('communityModeration.post.hide')} onSubmit={(r) => moderatePost(id, 'hide', r)} onDone={onChanged} onCancel={close} />
 */
export function ReasonForm({ id, submitLabel, children, onSubmit, onDone, onCancel }: TProps) {
  const { t } = useTranslation();
  const fieldMessage = useFieldMessage();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = reason.trim();
    if (text.length < REASON_MIN || text.length > REASON_MAX) {
      setErrors({ reason: t(text.length === 0 ? 'communityModeration.errors.reason_required' : text.length < REASON_MIN ? 'communityModeration.errors.reason_too_short' : 'communityModeration.errors.reason_too_long') });
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setIsBusy(true);
    setStatus(null);
    try {
      await onSubmit(text);
      onDone();
    } catch (err) {
      if (isApiError(err) && Object.keys(err.fieldErrors).length) {
        setErrors(Object.fromEntries(Object.entries(err.fieldErrors).map(([field, message]) => [field, fieldMessage(message)])));
        setStatus(errorsElsewhere(err.fieldErrors) ? err.detail : null);
      } else setStatus(isApiError(err) ? err.detail : t('errors.generic'));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="moderation-form" onSubmit={(e) => void submit(e)} noValidate>
      {children ? <ReasonFormErrors.Provider value={errors}>{children}</ReasonFormErrors.Provider> : null}
      <TextArea
        id={`${id}-reason`}
        label={t('communityModeration.reason.label')}
        hint={t('communityModeration.reason.hint')}
        value={reason}
        onChange={setReason}
        error={errors.reason}
        rows={3}
        maxLength={REASON_MAX + 50}
        required
      />
      <FormStatus kind="error" message={status ?? (errors.action ? errors.action : null)} />
      <div className="form-actions">
        <button type="submit" className="btn" disabled={isBusy}>
          {isBusy ? t('common.wait') : submitLabel}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

const errorsElsewhere = (fields: Record<string, string>) => Object.keys(fields).some((f) => !['reason', 'action', 'area', 'seconds', 'hours'].includes(f));

/** The error the server gave for one of the extra fields (area, seconds, hours). */
export const useReasonFormError = (field: string) => useContext(ReasonFormErrors)[field];
