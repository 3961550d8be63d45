import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isNetworkError } from '../../../lib/api-client';
import { formatRomeTime } from '../../../lib/rome-time';
import { newUuid } from '../../../lib/local-store';
import { useOnline } from '../../../lib/use-online';
import { stepOfField, type TDraft } from '../api/draft';
import { sendIntakeRequest, sendSignInLink, type TIntakeBody, type TIntakeResult } from '../api/intake';
import type { TUpdateDraft } from './use-intake-draft';

export type TSent = { result: TIntakeResult; body: TIntakeBody; linkSent: boolean | null };

type TSendState = {
  isSending: boolean;
  /** The server refused the request: field messages by field name, and a general message. */
  fieldErrors: Record<string, string>;
  formError: string | null;
  sent: TSent | null;
};

/**
 * Sends the ascolto from the draft's outbox: now if there is a connection, else as soon as
 * the `online` event comes or the page opens again with the outbox still full. The draft's
 * idempotency key goes with every try, so the server keeps one request however many tries.
 * @example const { send, isSending, sent } = useIntakeSend(draft, update, { isSignedIn, onSent: clear });
 */
export function useIntakeSend(draft: TDraft, update: TUpdateDraft, opts: { isSignedIn: boolean; onSent: () => void }) {
  const isOnline = useOnline();
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<TSendState>({ isSending: false, fieldErrors: {}, formError: null, sent: null });
  const inFlight = useRef(false);
  const { isSignedIn, onSent } = opts;

  const flush = useCallback(
    async (body: TIntakeBody, key: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setState((s) => ({ ...s, isSending: true, formError: null }));
      try {
        const result = await sendIntakeRequest(body, key);
        const linkSent = body.contact.kind === 'account' && !isSignedIn ? await sendSignInLink(body.contact.email) : null;
        setState({ isSending: false, fieldErrors: {}, formError: null, sent: { result, body, linkSent } });
        onSent();
      } catch (e) {
        if (isNetworkError(e)) {
          // Stays in the outbox; the `online` event or the next visit sends it.
          setState((s) => ({ ...s, isSending: false }));
        } else if (isApiError(e, 429)) {
          // Too many sends from here: nothing was stored, so the draft keeps its answers and its
          // key, and "Invia" later sends the very same request. The person reads when, in Rome time.
          const seconds = e.retryAfterSeconds ?? 60;
          const minutes = Math.max(1, Math.ceil(seconds / 60));
          const time = formatRomeTime(new Date(Date.now() + seconds * 1000).toISOString(), i18n.language);
          update({ outbox: null });
          setState({ isSending: false, fieldErrors: {}, formError: t('intake.contact.tooMany', { count: minutes, time }), sent: null });
        } else {
          // Refused: the answer is final for this key, so a corrected request gets a new one.
          const fieldErrors = isApiError(e) ? e.fieldErrors : {};
          const first = Object.keys(fieldErrors)[0];
          update({ outbox: null, idempotencyKey: newUuid(), ...(first ? { step: stepOfField(first) } : {}) });
          setState({
            isSending: false,
            fieldErrors,
            formError: isApiError(e) ? e.detail : null,
            sent: null,
          });
        }
      } finally {
        inFlight.current = false;
      }
    },
    [isSignedIn, onSent, update, t, i18n],
  );

  // Send what waits in the outbox whenever the line is (back) up, also right after a reload.
  const { outbox, idempotencyKey } = draft;
  useEffect(() => {
    if (outbox && isOnline) void flush(outbox, idempotencyKey);
  }, [outbox, idempotencyKey, isOnline, flush]);

  /** Puts the body in the outbox (kept on the device); the effect above sends it. */
  const send = useCallback(
    (body: TIntakeBody) => {
      setState((s) => ({ ...s, fieldErrors: {}, formError: null }));
      update({ outbox: body });
    },
    [update],
  );

  /** "Riprova adesso": for a line that says it is up but does not answer. */
  const retry = useCallback(() => {
    if (outbox) void flush(outbox, idempotencyKey);
  }, [outbox, idempotencyKey, flush]);

  const clearFieldError = useCallback((field: string) => {
    setState((s) => {
      if (!(field in s.fieldErrors)) return s;
      const { [field]: _drop, ...rest } = s.fieldErrors;
      return { ...s, fieldErrors: rest };
    });
  }, []);

  /** Leaves the thank-you screen for a new, empty ascolto. */
  const dismiss = useCallback(() => setState({ isSending: false, fieldErrors: {}, formError: null, sent: null }), []);

  return { ...state, dismiss, isOnline, isWaiting: Boolean(outbox) && !state.isSending, send, retry, clearFieldError };
}
