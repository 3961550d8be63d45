import type { TLocale } from './locale.js';

/**
 * The reasons a lesson is refused for publication, with its numbers, as shown next to the
 * field. Shared so the server's refusal and the editor's live hint say the same thing.
 *
 * @example tooHardMessage(48.2, 60, 'it'); // 'Indice Gulpease 48,2: per questo livello serve almeno 60. …'
 */
export function tooHardMessage(index: number | null, floor: number, locale: TLocale): string {
  if (index === null) return locale === 'it' ? 'La lezione non ha ancora testo.' : 'The lesson has no text yet.';
  const shown = locale === 'it' ? String(index).replace('.', ',') : String(index);
  return locale === 'it'
    ? `Indice Gulpease ${shown}: per questo livello serve almeno ${floor}. Accorcia le frasi lunghe e usa parole più semplici.`
    : `Gulpease index ${shown}: this level needs at least ${floor}. Shorten the long sentences and use simpler words.`;
}

/**
 * A missing part of the lesson's shape, with the heading to write.
 *
 * @example missingPartMessage('Prova subito', 'it'); // 'Manca la parte "## Prova subito".'
 */
export function missingPartMessage(heading: string, locale: TLocale): string {
  return locale === 'it' ? `Manca la parte "## ${heading}" (nell’ordine: esempio, idea, metodo, prova subito).` : `The part "## ${heading}" is missing (in order: example, idea, method, try it now).`;
}
