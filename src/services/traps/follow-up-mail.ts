import type { TLocale } from '../../shared/locale.js';
import type { TOutgoingMail } from '../mail/mailer.js';
import type { TRequestWarning } from './request-warnings.js';

/**
 * The mail after an ascolto whose words speak of a known trap: "Attenzione a", in plain words,
 * with the questions to ask (or what to do if already signed) and the page to read. Sent only
 * when a warning matched; it sells nothing and names no provider.
 */
export function followUpWarningsMail(to: string, warnings: readonly TRequestWarning[], baseUrl: string, locale: TLocale): TOutgoingMail {
  const base = baseUrl.replace(/\/$/, '');
  const blocks = warnings.slice(0, 3).map((w) => {
    const steps = w.nextSteps.slice(0, 3).map((s) => `- ${s}`).join('\n');
    const lead =
      locale === 'en'
        ? w.stage === 'signed'
          ? 'If you have already signed:'
          : 'Before you sign, ask:'
        : w.stage === 'signed'
          ? 'Se hai già firmato:'
          : 'Prima di firmare, chiedi:';
    return `${w.title}\n${w.summary}\n\n${lead}\n${steps}\n\n${locale === 'en' ? 'Read more' : 'Leggi tutto'}: ${base}/attenzione/${w.slug}`;
  });
  return locale === 'en'
    ? {
        to,
        subject: 'We received your message: something to watch out for',
        text: `Hello,\n\nwe received what you wrote. Your sportello will be in touch soon.\n\nIn your words we read something many small businesses run into. Nobody is selling you anything: it is only so you know.\n\n${blocks.join('\n\n')}\n\nAffianco`,
      }
    : {
        to,
        subject: 'Abbiamo ricevuto il tuo messaggio: attenzione a…',
        text: `Ciao,\n\nabbiamo ricevuto quello che ci hai scritto. Lo sportello ti contatterà presto.\n\nNelle tue parole c'è una cosa in cui cadono tante piccole imprese. Non ti vendiamo niente: è solo perché tu lo sappia.\n\n${blocks.join('\n\n')}\n\nAffianco`,
      };
}
