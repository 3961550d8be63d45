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
