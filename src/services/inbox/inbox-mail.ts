import type { TLocale } from '../../shared/locale.js';
import type { TOutgoingMail } from '../mail/mailer.js';

/** To the entrepreneur whose ascolto a sportello turned into a business: sign in with this address. Plain words, tu. */
export function businessOpenedMail(to: string, details: { businessName: string; sportelloName: string; url: string }, locale: TLocale): TOutgoingMail {
  const { businessName, sportelloName, url } = details;
  return locale === 'en'
    ? {
        to,
        subject: `${sportelloName} opened ${businessName} on Affianco`,
        text: `Hello,\n\nthank you for writing to us. ${sportelloName} has opened the page of ${businessName} on Affianco, with what you told us.\n\nSign in with this e-mail address to see it and choose your angel:\n\n${url}\n\nAffianco`,
      }
    : {
        to,
        subject: `${sportelloName} ha aperto ${businessName} su Affianco`,
        text: `Ciao,\n\ngrazie per averci scritto. ${sportelloName} ha aperto la scheda di ${businessName} su Affianco, con quello che ci hai raccontato.\n\nEntra con questo indirizzo e-mail per vederla e scegliere il tuo angel:\n\n${url}\n\nAffianco`,
      };
}
