import type { TLocale } from '../../shared/locale.js';
import type { TOutgoingMail } from '../mail/mailer.js';
import type { TMeetingContext, TPerson } from './meeting-context.js';
import { meetingIcs } from './meeting-ics.js';

export type TMeetingEvent = 'booked' | 'changed' | 'cancelled' | 'reminder';

const MODE = {
  it: { in_person: 'di persona, in azienda', phone: 'al telefono', video: 'in videochiamata' },
  en: { in_person: 'in person, at the business', phone: 'by phone', video: 'by video call' },
} as const;

function when(date: Date, locale: TLocale): string {
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(date);
}

/** A click-to-chat link, where the angel allows it: digits only, Italian prefix when missing. */
export function whatsappLink(phone: string, text: string): string {
  const digits = phone.replace(/\D/g, '');
  const international = digits.startsWith('39') || digits.length > 11 ? digits : `39${digits}`;
  return `https://wa.me/${international}?text=${encodeURIComponent(text)}`;
}

function body(event: TMeetingEvent, context: TMeetingContext, to: TPerson, baseUrl: string): { subject: string; text: string } {
  const m = context.meeting;
  const it = to.locale === 'it';
  const other = to.id === context.angel.id ? context.businessName : context.angel.name;
  const at = when(m.startsAt, to.locale);
  const mode = MODE[to.locale][m.mode];
  const link = `${baseUrl}/incontri/${m.id}`;
  const chat = context.whatsapp && to.id !== context.angel.id ? whatsappLink(context.whatsapp, it ? 'Ciao, ti scrivo per il nostro incontro su Affianco.' : 'Hello, about our Affianco meeting.') : null;
  const chatLine = chat ? (it ? `\nVuoi scrivere prima? Scrivimi su WhatsApp: ${chat}\n` : `\nWant to write first? Message on WhatsApp: ${chat}\n`) : '';
  const note = m.note ? (it ? `\nCosa vorresti raccontare: ${m.note}\n` : `\nWhat you would like to tell: ${m.note}\n`) : '';
  const video = m.mode === 'video' && m.videoLink ? (it ? `\nIl link della videochiamata: ${m.videoLink}\n` : `\nThe video call link: ${m.videoLink}\n`) : '';
  switch (event) {
    case 'booked':
      return it
        ? { subject: `Incontro fissato con ${other}`, text: `Ciao ${to.name},\n\nl'incontro con ${other} è fissato per ${at}, ${mode}. È gratis e senza impegno.\n${note}${video}${chatLine}\nPer cambiarlo o disdirlo: ${link}\n\nAffianco` }
        : { subject: `Meeting booked with ${other}`, text: `Hello ${to.name},\n\nyour meeting with ${other} is booked for ${at}, ${mode}. It is free and with no commitment.\n${note}${video}${chatLine}\nTo change or cancel it: ${link}\n\nAffianco` };
    case 'changed':
      return it
        ? { subject: `Incontro spostato: ${at}`, text: `Ciao ${to.name},\n\nl'incontro con ${other} ora è ${at}, ${mode}.\n${video}${chatLine}\nDettagli: ${link}\n\nAffianco` }
        : { subject: `Meeting moved: ${at}`, text: `Hello ${to.name},\n\nyour meeting with ${other} is now ${at}, ${mode}.\n${video}${chatLine}\nDetails: ${link}\n\nAffianco` };
    case 'cancelled':
      return it
        ? { subject: `Incontro annullato`, text: `Ciao ${to.name},\n\nl'incontro con ${other} di ${at} è annullato.${m.cancelReason ? `\nMotivo: ${m.cancelReason}` : ''}\n\nPuoi fissarne un altro quando vuoi: ${baseUrl}/incontra\n\nAffianco` }
        : { subject: `Meeting cancelled`, text: `Hello ${to.name},\n\nthe meeting with ${other} on ${at} is cancelled.${m.cancelReason ? `\nReason: ${m.cancelReason}` : ''}\n\nYou can book another one whenever you like: ${baseUrl}/incontra\n\nAffianco` };
    case 'reminder':
      return it
        ? { subject: `Domani: incontro con ${other}`, text: `Ciao ${to.name},\n\nti ricordiamo l'incontro con ${other}: ${at}, ${mode}.\n${note}${video}${chatLine}\nSe non puoi più, avvisa qui: ${link}\n\nAffianco` }
        : { subject: `Tomorrow: meeting with ${other}`, text: `Hello ${to.name},\n\na reminder of your meeting with ${other}: ${at}, ${mode}.\n${note}${video}${chatLine}\nIf you can no longer make it, say so here: ${link}\n\nAffianco` };
  }
}

/** One mail per person on both sides, each in their language, with the calendar invitation. */
export function meetingMails(event: TMeetingEvent, context: TMeetingContext, baseUrl: string): TOutgoingMail[] {
  const method = event === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const content = meetingIcs(context, method, baseUrl);
  return [context.angel, ...context.owners].map((to) => ({
    to: to.email,
    ...body(event, context, to, baseUrl),
    icalEvent: { method, filename: 'incontro.ics', content },
  }));
}
