import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { setCanAuthor } from '../api/authors';

type TProps = { sportelloId: string; membershipId: string; name: string; canAuthor: boolean; onChanged: (canAuthor: boolean, message: string, isError?: boolean) => void };

/** "Può scrivere lezioni" on an angel of the sportello: the coordinator's switch, saved at once. */
export function AuthorToggle({ sportelloId, membershipId, name, canAuthor, onChanged }: TProps) {
  const { t } = useTranslation();
  const [isBusy, setIsBusy] = useState(false);
  const [isOn, setIsOn] = useState(canAuthor);
  const id = `can-author-${membershipId}`;
  const change = async (next: boolean) => {
    // Shown at once, put back if the server refuses.
    setIsOn(next);
    setIsBusy(true);
    try {
      const saved = await setCanAuthor(sportelloId, membershipId, next);
      setIsOn(saved.canAuthor);
      onChanged(saved.canAuthor, t(saved.canAuthor ? 'libraryEditor.authorToggle.granted' : 'libraryEditor.authorToggle.revoked', { name }));
    } catch (e) {
      setIsOn(!next);
      onChanged(!next, isApiError(e) ? e.detail : t('errors.generic'), true);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <label className="choice" htmlFor={id}>
      <input id={id} type="checkbox" checked={isOn} disabled={isBusy} onChange={(e) => void change(e.target.checked)} />
      {t('libraryEditor.authorToggle.label')}
      <span className="sr-only"> {name}</span>
    </label>
  );
}
