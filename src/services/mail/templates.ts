import type { TLocale } from '../../shared/locale.js';
import type { TOutgoingMail } from './mailer.js';

// Plain words, tu, one action per mail. Kept beside each other so the two languages stay in step.

export function magicLinkMail(to: string, url: string, locale: TLocale): TOutgoingMail {
  return locale === 'en'
    ? { to, subject: 'Your link to sign in to Affianco', text: `Hello,\n\nopen this link to sign in. It works once, for 15 minutes:\n\n${url}\n\nIf you did not ask for it, ignore this e-mail.\n\nAffianco` }
    : { to, subject: 'Il tuo link per entrare in Affianco', text: `Ciao,\n\napri questo link per entrare. Vale una volta sola, per 15 minuti:\n\n${url}\n\nSe non l'hai chiesto tu, ignora questa e-mail.\n\nAffianco` };
}

export function resetPasswordMail(to: string, url: string, locale: TLocale): TOutgoingMail {
  return locale === 'en'
    ? { to, subject: 'Choose a new password', text: `Hello,\n\nopen this link to choose a new password. It works for one hour:\n\n${url}\n\nIf you did not ask for it, ignore this e-mail: your password stays the same.\n\nAffianco` }
    : { to, subject: 'Scegli una nuova password', text: `Ciao,\n\napri questo link per scegliere una nuova password. Vale un'ora:\n\n${url}\n\nSe non l'hai chiesto tu, ignora questa e-mail: la tua password resta la stessa.\n\nAffianco` };
}

export function invitationMail(
  to: string,
  url: string,
  details: { sportelloName: string; role: 'coordinator' | 'angel'; inviterName: string },
  locale: TLocale,
): TOutgoingMail {
  const roleIt = details.role === 'coordinator' ? 'coordinatore' : 'angel';
  const roleEn = details.role === 'coordinator' ? 'coordinator' : 'angel';
  return locale === 'en'
    ? { to, subject: `Join ${details.sportelloName} on Affianco`, text: `Hello,\n\n${details.inviterName} invites you to join ${details.sportelloName} as ${roleEn}.\n\nOpen this link to accept. It works for 7 days:\n\n${url}\n\nAffianco` }
    : { to, subject: `Entra in ${details.sportelloName} su Affianco`, text: `Ciao,\n\n${details.inviterName} ti invita nello ${details.sportelloName} come ${roleIt}.\n\nApri questo link per accettare. Vale 7 giorni:\n\n${url}\n\nAffianco` };
}

export function angelDecisionMail(to: string, details: { name: string; isApproved: boolean; reason: string; baseUrl: string }, locale: TLocale): TOutgoingMail {
  const { name, isApproved, reason, baseUrl } = details;
  if (locale === 'en') {
    return isApproved
      ? { to, subject: 'Welcome among the Affianco angels', text: `Hello ${name},\n\nyour application is accepted.\n\n${reason}\n\nSet the hours you are free for first meetings: ${baseUrl}/angel\n\nAffianco` }
      : { to, subject: 'About your Affianco application', text: `Hello ${name},\n\nthank you for applying. For now we cannot take you on, and here is why:\n\n${reason}\n\nYou can apply again when things change: ${baseUrl}/diventa-angel\n\nAffianco` };
  }
  return isApproved
    ? { to, subject: 'Benvenuta, benvenuto tra gli angel di Affianco', text: `Ciao ${name},\n\nla tua candidatura è accettata.\n\n${reason}\n\nIndica le ore in cui sei libero per i primi incontri: ${baseUrl}/angel\n\nAffianco` }
    : { to, subject: 'La tua candidatura ad Affianco', text: `Ciao ${name},\n\ngrazie per esserti candidato. Per ora non possiamo accoglierti, ecco perché:\n\n${reason}\n\nPuoi candidarti di nuovo quando le cose cambiano: ${baseUrl}/diventa-angel\n\nAffianco` };
}

/**
 * To the entrepreneur: their angel suggested a lesson, with the angel's line about why.
 * @example lessonSuggestedMail('forno@example.it', { angelName: 'Rosa', lessonTitle: 'Fatti trovare sulle mappe', note: null, url: 'https://…/impresa' }, 'it')
 */
export function lessonSuggestedMail(to: string, details: { angelName: string; lessonTitle: string; note: string | null; url: string }, locale: TLocale): TOutgoingMail {
  const { angelName, lessonTitle, note, url } = details;
  const why = note ? `\n\n«${note}»` : '';
  return locale === 'en'
    ? { to, subject: `${angelName} suggests a lesson for you`, text: `Hello,\n\n${angelName} suggests you read "${lessonTitle}".${why}\n\nYou find it on your page: ${url}\n\nAffianco` }
    : { to, subject: `${angelName} ti suggerisce una lezione`, text: `Ciao,\n\n${angelName} ti suggerisce di leggere «${lessonTitle}».${why}\n\nLa trovi nella tua pagina: ${url}\n\nAffianco` };
}

/**
 * To a reviewer: a lesson waits for them (a coordinator for the sportello's own, the admin for the national library).
 * @example lessonSubmittedMail('coord@example.it', { authorName: 'Rosa', lessonTitle: 'Vendi il tuo latte', url: 'https://…/lezioni/revisione' }, 'it')
 */
export function lessonSubmittedMail(to: string, details: { authorName: string; lessonTitle: string; url: string }, locale: TLocale): TOutgoingMail {
  const { authorName, lessonTitle, url } = details;
  return locale === 'en'
    ? { to, subject: `A lesson to review: ${lessonTitle}`, text: `Hello,\n\n${authorName} sent you "${lessonTitle}" to review.\n\nRead it, then publish it or send it back with a note: ${url}\n\nAffianco` }
    : { to, subject: `Una lezione da rivedere: ${lessonTitle}`, text: `Ciao,\n\n${authorName} ti ha mandato «${lessonTitle}» da rivedere.\n\nLeggila, poi pubblicala o rimandala con una nota: ${url}\n\nAffianco` };
}
