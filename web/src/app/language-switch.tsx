import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type TLanguage } from '../i18n';
import { useSession } from '../lib/session';

const NAMES: Record<TLanguage, string> = { it: 'Italiano', en: 'English' };

/** IT / EN buttons. A signed-in user's choice is saved on the server; a visitor's on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSession();
  const [isSaving, setIsSaving] = useState(false);

  const choose = async (lng: TLanguage) => {
    if (lng === i18n.language || isSaving) return;
    setIsSaving(true);
    try {
      await setLanguage(lng);
    } catch {
      // The page is already in the new language; saving will be tried again next time.
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <div className="lang-switch" role="group" aria-label={t('layout.language')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-btn"
          aria-pressed={i18n.language === lng}
          onClick={() => void choose(lng)}
        >
          {lng.toUpperCase()}
          <span className="sr-only"> {NAMES[lng]}</span>
        </button>
      ))}
    </div>
  );
}
