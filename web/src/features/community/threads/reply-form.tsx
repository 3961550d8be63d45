import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/ui/text-area';
import { ApiError } from '../../../lib/api-client';
import { takeSettledValue } from '../../../lib/early-fetch';
import { REPLY_ECHO, replyFormPath, replyTo, type TPost, type TReplyEcho } from '../api/threads';
import { PictureButton } from './picture-button';

type TProps = { threadSlug: string; quoting: TPost | null; onCancelQuote: () => void; onSent: () => void };

/**
 * The reply box under a thread: its refusal (too fast, too many links, locked…) shown next to the text.
 * It is a real form: before the app has started (the page starts light, ADR 028) or without
 * JavaScript the browser posts it itself, and a refusal comes back drawn with the text as typed.
 */
export function ReplyForm({ threadSlug, quoting, onCancelQuote, onSent }: TProps) {
  const { t } = useTranslation();
  const [echo] = useState(() => takeSettledValue<TReplyEcho>(REPLY_ECHO));
  const [body, setBody] = useState(echo?.body ?? '');
  const [error, setError] = useState<string | undefined>(echo?.error || undefined);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Words typed while the app was still loading are in the field, not yet in the state.
  useLayoutEffect(() => {
    const typed = formRef.current?.elements.namedItem('body');
    if (typed instanceof HTMLTextAreaElement && typed.value !== body) setBody(typed.value);
    // Only once, as the app takes the drawn page over.
  }, []);

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
    <form ref={formRef} className="card community-reply" method="post" action={replyFormPath(threadSlug)} onSubmit={(e) => void submit(e)} aria-labelledby="reply-h">
      <h2 id="reply-h">{t('community.reply.title')}</h2>
      {quoting ? (
        <p className="notice">
          {t('community.post.quoting', { name: quoting.author?.name ?? t('community.post.formerMember') })}{' '}
          <button type="button" className="btn btn-secondary" onClick={onCancelQuote}>
            {t('community.reply.dropQuote')}
          </button>
        </p>
      ) : null}
      <input type="hidden" name="quotePostId" value={quoting?.id ?? echo?.quotePostId ?? ''} />
      <TextArea id="reply-body" name="body" label={t('community.reply.label')} hint={t('community.reply.hint')} value={body} onChange={setBody} rows={5} error={error} required />
      <PictureButton onText={setBody} />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('community.reply.submit')}
      </button>
    </form>
  );
}
