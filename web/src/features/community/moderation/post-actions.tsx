import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextArea } from '../../../components/ui/text-area';
import { isApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { moderateAuthor, moderatePost, REPORT_REASONS, SILENCE_MAX_HOURS, type TReportReason, reportPost } from './api';
import { ReasonForm, useFieldMessage, useReasonFormError } from './reason-form';

/** What the thread page gives each post's actions (report, edit, delete, moderate). */
export type TPostActionsProps = {
  threadSlug: string;
  post: { id: string; position: number; isMine: boolean; isDeleted: boolean; isHidden: boolean };
  /** The viewer may moderate this thread. */
  canModerate: boolean;
  /** Called after a change, so the page reloads the thread. */
  onChanged: () => void;
};

type TOpen = null | 'report' | 'hide' | 'restore' | 'silence';

/**
 * A post's actions beyond replying: "Segnala" for anyone signed in (not on their own post), and
 * for the thread's moderators hide or restore, and silencing the author, each with a reason.
 */
export function PostActions({ post, canModerate, onChanged }: TPostActionsProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const base = `post-${useId().replace(/:/g, '')}`;
  const [open, setOpen] = useState<TOpen>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!me || post.isDeleted) return null;
  const canReport = !post.isMine && !post.isHidden;
  if (!canReport && !canModerate) return null;
  const toggle = (which: TOpen) => {
    setDone(null);
    setOpen(open === which ? null : which);
  };
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
    onChanged();
  };

  return (
    <div className="post-actions">
      <div className="form-actions">
        {canReport ? (
          <button type="button" className="btn btn-link" aria-expanded={open === 'report'} aria-controls={`${base}-panel`} onClick={() => toggle('report')}>
            {t('communityModeration.report.open')}
          </button>
        ) : null}
        {canModerate ? (
          <>
            <button type="button" className="btn btn-link" aria-expanded={open === (post.isHidden ? 'restore' : 'hide')} aria-controls={`${base}-panel`} onClick={() => toggle(post.isHidden ? 'restore' : 'hide')}>
              {t(post.isHidden ? 'communityModeration.post.restore' : 'communityModeration.post.hide')}
            </button>
            {post.isMine ? null : (
              <button type="button" className="btn btn-link" aria-expanded={open === 'silence'} aria-controls={`${base}-panel`} onClick={() => toggle('silence')}>
                {t('communityModeration.silence.open')}
              </button>
            )}
          </>
        ) : null}
      </div>
      <div id={`${base}-panel`}>
        {open === 'report' ? <ReportForm id={base} postId={post.id} onDone={() => finish(t('communityModeration.report.done'))} onCancel={() => setOpen(null)} /> : null}
        {open === 'hide' || open === 'restore' ? (
          <ReasonForm
            id={`${base}-${open}`}
            submitLabel={t(`communityModeration.post.${open}Confirm`)}
            onSubmit={(reason) => moderatePost(post.id, open, reason)}
            onDone={() => finish(t(`communityModeration.post.${open}Done`))}
            onCancel={() => setOpen(null)}
          />
        ) : null}
        {open === 'silence' ? <SilenceForm id={`${base}-silence`} postId={post.id} onDone={() => finish(t('communityModeration.silence.done'))} onCancel={() => setOpen(null)} /> : null}
      </div>
      <FormStatus kind="success" message={done} />
    </div>
  );
}

/** "Segnala": a reason from the list and an optional note for the moderators. */
function ReportForm({ id, postId, onDone, onCancel }: { id: string; postId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const fieldMessage = useFieldMessage();
  const [reason, setReason] = useState<TReportReason | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [isBusy, setIsBusy] = useState(false);

  const submit = async () => {
    if (!reason) {
      setErrors({ reason: t('communityModeration.report.reasonRequired') });
      document.getElementById(`${id}-reason-${REPORT_REASONS[0]}`)?.focus();
      return;
    }
    setIsBusy(true);
    try {
      await reportPost(postId, reason, note.trim() || null);
      onDone();
    } catch (err) {
      if (isApiError(err) && Object.keys(err.fieldErrors).length) {
        const mapped = Object.fromEntries(Object.entries(err.fieldErrors).map(([f, m]) => [f, fieldMessage(m)]));
        setErrors({ ...mapped, form: mapped.postId });
      } else setErrors({ form: isApiError(err) ? err.detail : t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form
      className="moderation-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset className={errors.reason ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={errors.reason ? `${id}-reason-error` : undefined}>
        <legend>{t('communityModeration.report.legend')}</legend>
        <div className="choice-row">
        {REPORT_REASONS.map((r) => (
          <label key={r} className="choice" htmlFor={`${id}-reason-${r}`}>
            <input type="radio" id={`${id}-reason-${r}`} name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} />
            {t(`communityModeration.reasons.${r}`)}
          </label>
        ))}
        </div>
        {errors.reason ? (
          <p className="field-error" id={`${id}-reason-error`}>
            {errors.reason}
          </p>
        ) : null}
      </fieldset>
      <TextArea id={`${id}-note`} label={t('communityModeration.report.noteLabel')} hint={t('communityModeration.report.noteHint')} value={note} onChange={setNote} error={errors.note} rows={2} maxLength={500} />
      <FormStatus kind="error" message={errors.form ?? null} />
      <div className="form-actions">
        <button type="submit" className="btn" disabled={isBusy}>
          {isBusy ? t('common.wait') : t('communityModeration.report.send')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

const SILENCE_CHOICES = [1, 24, 72, 168, SILENCE_MAX_HOURS];

/** Silencing the post's author for a while: they read but cannot post. */
function SilenceForm({ id, postId, onDone, onCancel }: { id: string; postId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [hours, setHours] = useState(24);
  return (
    <ReasonForm id={id} submitLabel={t('communityModeration.silence.confirm')} onSubmit={(reason) => moderateAuthor(postId, { action: 'silence', hours }, reason)} onDone={onDone} onCancel={onCancel}>
      <HoursField id={`${id}-hours`} value={hours} onChange={setHours} />
    </ReasonForm>
  );
}

function HoursField({ id, value, onChange }: { id: string; value: number; onChange: (h: number) => void }) {
  const { t } = useTranslation();
  const error = useReasonFormError('hours');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{t('communityModeration.silence.hoursLabel')}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {SILENCE_CHOICES.map((h) => (
          <option key={h} value={h}>
            {t('communityModeration.silence.hours', { count: h })}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
