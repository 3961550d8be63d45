import type { z } from 'zod';
import type { TLocale } from '../shared/locale.js';

type TIssue = z.core.$ZodIssue;

/**
 * A message that says what to fix, in plain words, built from the issue's data
 * (not from zod's English text), so both languages read alike.
 */
export function localizeIssue(issue: TIssue, locale: TLocale): string {
  const it = locale === 'it';
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? it ? 'Questo campo è obbligatorio.' : 'This field is required.'
          : it ? `Scrivi almeno ${issue.minimum} caratteri.` : `Write at least ${issue.minimum} characters.`;
      }
      if (issue.origin === 'array') return it ? `Scegli almeno ${issue.minimum} elementi.` : `Choose at least ${issue.minimum} items.`;
      return it ? `Il valore minimo è ${issue.minimum}.` : `The smallest value allowed is ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return it ? `Scrivi al massimo ${issue.maximum} caratteri.` : `Write at most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return it ? `Puoi scegliere al massimo ${issue.maximum} elementi.` : `Choose at most ${issue.maximum} items.`;
      return it ? `Il valore massimo è ${issue.maximum}.` : `The largest value allowed is ${issue.maximum}.`;
    case 'invalid_format':
      if (issue.format === 'email') return it ? "Scrivi un indirizzo e-mail valido, come nome@esempio.it." : 'Write a valid e-mail address, like name@example.com.';
      return it ? 'Il formato non è valido.' : 'The format is not valid.';
    case 'invalid_type':
      if (issue.input === undefined) return it ? 'Questo campo è obbligatorio.' : 'This field is required.';
      return it ? `Qui serve un valore di tipo ${issue.expected}.` : `A value of type ${issue.expected} is needed here.`;
    case 'invalid_value':
      return it ? `Scegli uno di questi valori: ${issue.values.join(', ')}.` : `Choose one of: ${issue.values.join(', ')}.`;
    case 'unrecognized_keys':
      return it ? 'Questo campo non è previsto.' : 'This field is not expected.';
    default:
      return it ? 'Il valore non è valido.' : 'The value is not valid.';
  }
}
