import { ownCallProblemText, type TOwnCallProblem } from './funding-messages.js';
import type { TLocale } from './locale.js';

/**
 * What a coordinator reads about a CSV of own calls that was refused: one sentence a problem,
 * naming the row (the header is row 1) and the column, as a spreadsheet shows them.
 */

export type TCsvProblemText =
  | { row: number; column: string | null; kind: 'file'; code: 'empty' | 'unreadable' | 'cell_count' | 'unknown_column' | 'missing_column' | 'duplicate_column'; value?: string }
  | { row: number; column: string | null; kind: 'call'; problem: TOwnCallProblem };

function fileProblemText(problem: Extract<TCsvProblemText, { kind: 'file' }>, locale: TLocale): string {
  const it = locale === 'it';
  switch (problem.code) {
    case 'empty':
      return it ? 'Il file non ha nessun bando: servono l’intestazione e almeno una riga.' : 'The file holds no call: it needs the header and at least one row.';
    case 'unreadable':
      return it ? 'Non riusciamo a leggere questa riga: controlla le virgolette.' : 'We cannot read this row: check the quotes.';
    case 'cell_count':
      return it ? 'Questa riga ha un numero di celle diverso dall’intestazione.' : 'This row has a different number of cells than the header.';
    case 'unknown_column':
      return it ? `Non conosciamo la colonna "${problem.value ?? ''}".` : `We do not know the column "${problem.value ?? ''}".`;
    case 'missing_column':
      return it ? `Manca la colonna ${problem.value ?? ''}.` : `The column ${problem.value ?? ''} is missing.`;
    case 'duplicate_column':
      return it ? `La colonna ${problem.value ?? ''} c’è due volte.` : `The column ${problem.value ?? ''} is there twice.`;
  }
}

/**
 * One problem of a refused CSV as a sentence.
 *
 * @example
 *   csvProblemText({ row: 3, column: 'Chiusura', kind: 'call', problem: { field: 'closesOn', code: 'closes_before_opens' } }, 'it');
 *   // "riga 3, campo Chiusura: La data di chiusura viene prima della data di apertura."
 */
export function csvProblemText(problem: TCsvProblemText, locale: TLocale): string {
  const it = locale === 'it';
  const where = problem.column ? (it ? `riga ${problem.row}, campo ${problem.column}` : `row ${problem.row}, field ${problem.column}`) : it ? `riga ${problem.row}` : `row ${problem.row}`;
  const text = problem.kind === 'file' ? fileProblemText(problem, locale) : ownCallProblemText(problem.problem, locale);
  return `${where}: ${text}`;
}

/** How one business fared in a bulk invitation. */
export type TInvitationOutcome = 'invited' | 'already_invited' | 'not_qualifying' | 'no_email';

/**
 * The outcome in words, for the list beside each business.
 * @example invitationOutcomeText('already_invited', 'it'); // "Già invitato."
 */
export function invitationOutcomeText(outcome: TInvitationOutcome, locale: TLocale): string {
  const it = locale === 'it';
  switch (outcome) {
    case 'invited':
      return it ? 'Invito mandato.' : 'Invitation sent.';
    case 'already_invited':
      return it ? 'Già invitato.' : 'Already invited.';
    case 'not_qualifying':
      return it ? 'Non ha i requisiti per questo bando.' : 'It does not qualify for this call.';
    case 'no_email':
      return it ? 'Nessuno dell’impresa ha un’e-mail: non possiamo invitarla.' : 'Nobody in the business has an e-mail: we cannot invite it.';
  }
}
