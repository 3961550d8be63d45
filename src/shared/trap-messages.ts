import type { TLocale } from './locale.js';

/** The error codes of "Attenzione a" (the traps), spread into ERROR_MESSAGES. */
export const TRAP_ERROR_MESSAGES = {
  /** Another warning already has this address (`errors` names `slug`). */
  'trap.slug_taken': { it: 'Un altro avviso usa già questo indirizzo. Scegline un altro.', en: 'Another warning already uses this address. Choose another one.' },
  /** A link to a lesson that is not published (`errors` names the link). */
  'trap.unknown_lesson': { it: 'Questa lezione non esiste o non è pubblicata.', en: 'This lesson does not exist or is not published.' },
  /** Publishing a warning that is already published. */
  'trap.already_published': { it: "L'avviso è già pubblicato.", en: 'The warning is already published.' },
} as const satisfies Record<string, Record<TLocale, string>>;
