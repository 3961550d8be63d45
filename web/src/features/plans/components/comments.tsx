import { memo, useId, useState, type FormEvent } from 'react';
import { FormStatus } from '../../../components/ui/form-status';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import type { TComment } from '../api/plans';
import { useWords } from '../hooks/use-words';

type TProps = {
  about: string;
  items: TComment[];
  canWrite: boolean;
  isOnline: boolean;
  onAdd: (body: string) => Promise<void>;
};

/**
 * "Commenti (2)": a short conversation under a goal or an action, folded by default. What is
 * inside (the list and the form) is only built once opened: a big plan has hundreds of these,
 * and hundreds of hidden forms made the page slow to open. What was typed stays when folded.
 */
export const Comments = memo(function Comments({ about, items, canWrite, isOnline, onAdd }: TProps) {
  const { t, lang } = useWords();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setError(t('plans.comments.empty'));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      await onAdd(body.trim());
      setBody('');
    } catch (err) {
      setError(isApiError(err) ? err.detail : t('errors.generic'));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <details className="comments" onToggle={(e) => setIsOpen(e.currentTarget.open)}>
      <summary>
        {t('plans.comments.title', { count: items.length })}
        <span className="sr-only"> — {about}</span>
      </summary>
      {!isOpen ? null : items.length ? (
        <ul className="comment-list">
          {items.map((c) => (
            <li key={c.id}>
              <p className="pre">{c.body}</p>
              <p className="muted small">
                {c.byName} · {formatDateTime(c.at, lang)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('plans.comments.none')}</p>
      )}
      {isOpen && canWrite ? (
        <form className="form comment-form" noValidate onSubmit={(e) => void submit(e)}>
          <div className="field">
            <label htmlFor={`${id}-body`}>{t('plans.comments.label')}</label>
            <textarea id={`${id}-body`} className="short" value={body} onChange={(e) => setBody(e.target.value)} rows={2} maxLength={2000} />
          </div>
          {!isOnline ? <p className="muted small">{t('plans.comments.offline')}</p> : null}
          <FormStatus kind="error" message={error} />
          <button type="submit" className="btn btn-secondary" disabled={isBusy || !isOnline}>
            {t('plans.comments.send')}
          </button>
        </form>
      ) : null}
    </details>
  );
});
