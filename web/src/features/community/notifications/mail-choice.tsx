import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { isApiError } from '../../../lib/api-client';
import { useApi } from '../../../lib/use-api';
import { mailSettingsPath, saveEmailMode, type TEmailMode } from './api';

const MODES: TEmailMode[] = ['each', 'daily', 'off'];

/** The account's community mail choice: each reply, one digest a day, or none (saved at once). */
export function CommunityMailChoice() {
  const { t } = useTranslation();
  const { data } = useApi<{ emailMode: TEmailMode }>(mailSettingsPath);
  const [mode, setMode] = useState<TEmailMode | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const current = mode ?? data?.emailMode;
  const change = async (next: TEmailMode) => {
    const before = current;
    setMode(next);
    try {
      const saved = await saveEmailMode(next);
      setMode(saved.emailMode);
      setStatus({ kind: 'success', message: t('communityNotify.mail.saved') });
    } catch (e) {
      setMode(before ?? null);
      setStatus({ kind: 'error', message: isApiError(e) ? e.detail : t('errors.generic') });
    }
  };
  return (
    <section className="card" aria-labelledby="cn-mail">
      <h2 id="cn-mail">{t('communityNotify.mail.title')}</h2>
      <fieldset>
        <legend>{t('communityNotify.mail.legend')}</legend>
        {MODES.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="community-mail" value={m} checked={current === m} disabled={current === undefined} onChange={() => void change(m)} />
            {t(`communityNotify.mail.${m}`)}
          </label>
        ))}
      </fieldset>
      {status ? <FormStatus kind={status.kind} message={status.message} /> : null}
    </section>
  );
}
