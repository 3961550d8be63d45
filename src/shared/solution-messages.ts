import type { TLocale } from './locale.js';

/**
 * What the solutions catalogue says when it refuses something (issue 16): the error codes
 * spread into ERROR_MESSAGES, and the words next to a field. Shared by the server and the web.
 */
export const SOLUTION_ERROR_MESSAGES = {
  /** A solution or a price part does not pass the checks; `errors` names each field. */
  'solutions.invalid': { it: 'Alcuni dati della soluzione non vanno. Controlla i campi segnati: non è stato salvato niente.', en: 'Some data of the solution is not valid. Check the marked fields: nothing was saved.' },
  'solutions.slug_taken': { it: 'Questo nome breve è già usato da un’altra soluzione.', en: 'This short name is already used by another solution.' },
  /** The same person already reviewed this solution for this business. */
  'solutions.review_exists': {
    it: 'Hai già scritto una recensione di questa soluzione per questa impresa. Puoi modificare quella.',
    en: 'You have already reviewed this solution for this business. You can edit that review.',
  },
  /** The author said they are tied to the provider but has not declared the tie. */
  'solutions.tie_undeclared': {
    it: 'Hai un legame con questo fornitore: scrivi qual è (lo mostriamo accanto alla recensione) prima di recensirlo.',
    en: 'You are tied to this provider: say how (we show it next to the review) before reviewing it.',
  },
  /** The author declared the provider is theirs. */
  'solutions.own_solution': { it: 'Non puoi recensire una soluzione che è tua.', en: 'You cannot review a solution that is yours.' },
  /** No action of this business's plan uses the solution. */
  'solutions.not_used': {
    it: 'Puoi recensire solo una soluzione usata in un’azione del piano di questa impresa.',
    en: 'You can only review a solution used in an action of this business’s plan.',
  },
  /** More than three solutions to compare. */
  'solutions.too_many_compared': { it: 'Puoi confrontare al massimo tre soluzioni alla volta.', en: 'You can compare three solutions at most.' },
} as const satisfies Record<string, Record<TLocale, string>>;

/** The words next to a field, by problem. */
export const SOLUTION_FIELD_MESSAGES = {
  negative: { it: 'Il prezzo non può essere negativo.', en: 'A price cannot be negative.' },
  percent_too_high: { it: 'Una percentuale non può superare 100.', en: 'A percentage cannot be over 100.' },
  intro_too_long: { it: 'Il prezzo di lancio non può durare più di 120 mesi.', en: 'An introductory price cannot last more than 120 months.' },
  value_missing: { it: 'Scrivi l’importo (o la percentuale) di questa parte del prezzo.', en: 'Write the amount (or the percentage) of this part of the price.' },
  too_high: { it: 'Questo importo è troppo alto per essere vero: controllalo.', en: 'This amount is too high to be true: check it.' },
  unknown_alternative: { it: 'Questa alternativa non è nel catalogo.', en: 'This alternative is not in the catalogue.' },
  unknown_sportello: { it: 'Non puoi scrivere nel catalogo di questo sportello.', en: 'You cannot write in this sportello’s catalogue.' },
  too_many: { it: 'Puoi confrontare al massimo tre soluzioni alla volta: togline una.', en: 'You can compare three solutions at most: remove one.' },
  tie: { it: 'Scrivi qual è il tuo legame con il fornitore.', en: 'Say how you are tied to the provider.' },
  own: { it: 'È una soluzione tua: non puoi recensirla.', en: 'It is your own solution: you cannot review it.' },
  not_used: { it: 'Nessuna azione del piano di questa impresa usa questa soluzione.', en: 'No action of this business’s plan uses this solution.' },
  slug_taken: { it: 'Questo nome breve è già usato: scegline un altro.', en: 'This short name is already used: choose another.' },
  exists: { it: 'Hai già recensito questa soluzione per questa impresa.', en: 'You have already reviewed this solution for this business.' },
} as const satisfies Record<string, Record<TLocale, string>>;

export type TSolutionFieldProblem = keyof typeof SOLUTION_FIELD_MESSAGES;

export const solutionFieldMessage = (problem: TSolutionFieldProblem, locale: TLocale) => SOLUTION_FIELD_MESSAGES[problem][locale];
