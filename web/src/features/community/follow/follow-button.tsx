import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../lib/api-client';

/** What the thread page gives the follow button. */
export type TFollowButtonProps = { threadSlug: string; following: boolean };

/** Follow or stop following a thread: replies then reach you in the app and by mail. */
export function FollowButton({ threadSlug, following }: TFollowButtonProps) {
  const { t } = useTranslation();
  const [isOn, setIsOn] = useState(following);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const path = `/api/community/threads/${encodeURIComponent(threadSlug)}/follow`;
  const toggle = async () => {
    setIsBusy(true);
    setError(null);
    try {
      const state = isOn ? await api.delete<{ following: boolean }>(path) : await api.put<{ following: boolean }>(path);
      setIsOn(state.following);
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="follow-button">
      <button type="button" className="btn btn-secondary" aria-pressed={isOn} disabled={isBusy} onClick={() => void toggle()}>
        {t(isOn ? 'communityNotify.follow.following' : 'communityNotify.follow.follow')}
      </button>
      <p role="status" className="muted">
        {error ?? (isOn ? t('communityNotify.follow.hint') : '')}
      </p>
    </div>
  );
}
