// The languages we ship, without the translator itself: read by the light start of the reading
// pages (web/src/app/light-start.ts), which must not pull i18next in.
export const LANGUAGES = ['it', 'en'] as const;
export type TLanguage = (typeof LANGUAGES)[number];

/** True when the value is one of the languages we ship. */
export function isLanguage(value: unknown): value is TLanguage {
  return value === 'it' || value === 'en';
}
