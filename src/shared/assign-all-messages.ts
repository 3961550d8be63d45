import type { TLocale } from './locale.js';

/*
 * What "Assegna tutte" and the caseloads say when they refuse, in Italian (default) and
 * English: the error codes spread into ERROR_MESSAGES and the words for one refused pair.
 * Shared so the server and the web say the same words.
 */

export const ASSIGN_ALL_ERROR_MESSAGES = {
  /** The solver did not finish within its time cap (ASSIGN_ALL_TIMEOUT_MS); nothing was changed. */
  'assignment.too_big': {
    it: 'Ci sono troppe richieste e angeli da abbinare in una volta sola: il calcolo non è finito in tempo. Non è cambiato nulla. Riprova tra poco o assegna a mano le richieste più urgenti.',
    en: 'There are too many requests and angels to match at once: the calculation did not finish in time. Nothing changed. Try again shortly, or assign the most urgent requests by hand.',
  },
  /** Some confirmed pairs no longer hold (a business got an angel, an angel paused or filled up); `errors` names them; nothing was stored. */
  'assignment.stale': {
    it: 'Nel frattempo qualcosa è cambiato: alcune coppie non sono più valide. Non è stato salvato nulla. Prepara una nuova anteprima.',
    en: 'Something changed in the meantime: some pairs no longer hold. Nothing was stored. Prepare a new preview.',
  },
  /** Some confirmed pairs break the hard rules or name people outside the sportello; `errors` names them; nothing was stored. */
  'assignment.infeasible': {
    it: 'Alcune coppie non rispettano le regole (lingua, distanza, modalità) o non sono di questo sportello. Non è stato salvato nulla.',
    en: 'Some pairs break the rules (language, distance, way of meeting) or are not of this sportello. Nothing was stored.',
  },
  /** Moving a business: it has no angel now, so there is nothing to move. */
  'caseload.not_assigned': {
    it: 'Questa impresa non è seguita da nessun angelo: assegnala invece di spostarla.',
    en: 'No angel follows this business: assign it instead of moving it.',
  },
} as const satisfies Record<string, Record<TLocale, string>>;

/** Why one confirmed pair was refused (src/domain/console/check-pairs.ts). */
export const PAIR_PROBLEM_TEXT = {
  business_unknown: { it: 'non è una richiesta aperta di questo sportello', en: 'is not an open request of this sportello' },
  business_taken: { it: 'ha già un angelo', en: 'already has an angel' },
  angel_unknown: { it: 'l’angelo non è di questo sportello', en: 'the angel is not of this sportello' },
  angel_paused: { it: 'l’angelo ha messo in pausa le nuove imprese', en: 'the angel has paused new businesses' },
  angel_full: { it: 'l’angelo non ha più posti liberi', en: 'the angel has no free place left' },
  hard_rules: { it: 'l’angelo non può seguirla (lingua, distanza o modalità)', en: 'the angel cannot follow it (language, distance or way of meeting)' },
} as const satisfies Record<string, Record<TLocale, string>>;

export type TPairProblemCode = keyof typeof PAIR_PROBLEM_TEXT;

/** Field messages when a move or a confirmation is refused (move-business.ts, the confirm route). */
export const MOVE_FIELD_TEXT = {
  not_of_sportello: { it: 'non è un angelo di questo sportello', en: 'is not an angel of this sportello' },
  same_angel: { it: 'questo angelo segue già l’impresa', en: 'this angel already follows the business' },
  /** The confirmation names one business twice. */
  duplicate_business: { it: 'questa impresa è già in un’altra coppia della lista', en: 'this business is already in another pair of the list' },
} as const satisfies Record<string, Record<TLocale, string>>;
