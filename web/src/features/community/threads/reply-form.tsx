import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/ui/text-area';
import { ApiError } from '../../../lib/api-client';
import { replyTo, type TPost } from '../api/threads';
import { PictureButton } from './picture-button';

type TProps = { threadSlug: string; quoting: TPost | null; onCancelQuote: () => void; onSent: () => void };

/** The reply box under a thread: its refusal (too fast, too many links, locked…) shown next to the text. */
export function ReplyForm({ threadSlug, quoting, onCancelQuote, onSent }: TProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await replyTo(threadSlug, { body, quotePostId: quoting?.id ?? null });
      setBody('');
      onCancelQuote();
      onSent();
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldErrors.body ?? err.detail) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card community-reply" onSubmit={(e) => void submit(e)} aria-labelledby="reply-h">
      <h2 id="reply-h">{t('community.reply.title')}</h2>
      {quoting ? (
        <p className="notice">
          {t('community.post.quoting', { name: quoting.author?.name ?? t('community.post.formerMember') })}{' '}
          <button type="button" className="btn btn-secondary" onClick={onCancelQuote}>
            {t('community.reply.dropQuote')}
          </button>
        </p>
      ) : null}
      <TextArea id="reply-body" label={t('community.reply.label')} hint={t('community.reply.hint')} value={body} onChange={setBody} rows={5} error={error} required />
      <PictureButton onText={setBody} />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('community.reply.submit')}
      </button>
    </form>
  );
}
