import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import it from './it.json';

import { isLanguage, LANGUAGES, type TLanguage } from './languages';

export { isLanguage, LANGUAGES, type TLanguage } from './languages';
const STORAGE_KEY = 'affianco.lang';

/** The visitor's saved choice; Italian by default. */
export function storedLanguage(): TLanguage {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(v)) return v;
  } catch {
    // storage can be blocked; Italian is fine
  }
  return 'it';
}

/** Remembers a visitor's choice on this device. */
export function storeLanguage(lng: TLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // storage can be blocked; the choice lasts for this visit only
  }
}

/** The BCP 47 tag for Intl formatting in the given language. */
export function intlLocale(lng: string): string {
  return lng === 'en' ? 'en-GB' : 'it-IT';
}

/**
 * How every translator of the app behaves, in the browser and on the server (entry-server.tsx):
 * the same options, so that both write the same words.
 */
export const TRANSLATOR_OPTIONS = {
  fallbackLng: 'it',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
} as const;

void i18n.use(initReactI18next).init({
  ...TRANSLATOR_OPTIONS,
  // Italian ships with the first page; English is fetched only when someone asks for it.
  resources: { it: { translation: it } },
  lng: 'it',
});

/**
 * Loads a language's catalogue if needed, then switches to it.
 * @example await switchLanguage('en');
 */
export async function switchLanguage(lng: TLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(lng, 'translation')) {
    const mod = lng === 'en' ? await import('./en.json') : { default: it };
    i18n.addResourceBundle(lng, 'translation', mod.default, true, true);
  }
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
}

function applyLang(lng: string) {
  // On the server (web/src/entry-server.tsx) the page's language is written into its HTML.
  if (typeof document === 'undefined') return;
  document.documentElement.lang = isLanguage(lng) ? lng : 'it';
}
applyLang(i18n.language);
i18n.on('languageChanged', applyLang);

export default i18n;
