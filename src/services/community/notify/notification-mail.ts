import { AREA_LABELS } from '../../../domain/matching/describe-match.js';
import { isArea } from '../../../shared/areas.js';
import type { TLocale } from '../../../shared/locale.js';
import type { TOutgoingMail } from '../../mail/mailer.js';
import { listUnsubscribeHeaders } from '../../mail/list-unsubscribe.js';

/** Where a thread is read (the thread page is the core work's; one place to change if its path moves). */
export const threadPath = (slug: string) => `/comunita/${slug}`;

/** The one-click unsubscribe address carried by every community mail (RFC 8058). */
export const unsubscribeUrl = (baseUrl: string, token: string) => `${baseUrl}/api/community/unsubscribe/${token}`;

/** One notification as the mail tells it. */
export interface TMailedNotification {
  kind: string;
  createdAt: Date;
  thread: { slug: string; title: string; area: string } | null;
  /** The post's author and opening words; null when deleted, hidden or none. */
  post: { authorName: string | null; excerpt: string } | null;
  detail: Record<string, unknown> | null;
}

export interface TRecipient {
  email: string;
  name: string;
  locale: TLocale;
  unsubscribeToken: string;
}

const EXCERPT_CHARS = 280;

/** The opening words of a post's text, cut at a word. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS - 40))}…`;
}

/** "2 dicembre, 14:30" in Rome's time. */
function romeTime(at: Date, locale: TLocale): string {
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' }).format(at);
}

function areaName(area: string, locale: TLocale): string {
  return isArea(area) ? AREA_LABELS[area][locale] : area;
}

/** The subject line of one notification. */
function subjectOf(n: TMailedNotification, locale: TLocale): string {
  const title = n.thread?.title ?? '';
  const it = locale === 'it';
  switch (n.kind) {
    case 'reply':
      return it ? `Nuova risposta in «${title}»` : `New reply in “${title}”`;
    case 'mention':
      return it ? `Ti hanno nominato in «${title}»` : `You were mentioned in “${title}”`;
    case 'solved':
      return it ? `«${title}» ha una soluzione` : `“${title}” has a solution`;
    case 'moderation':
      return it ? 'Una decisione dei moderatori' : 'A decision of the moderators';
    case 'offer':
      return it ? `Una domanda aspetta una risposta: «${title}»` : `A question is waiting for an answer: “${title}”`;
    case 'offer_free':
      return it ? `Una domanda è di nuovo libera: «${title}»` : `A question is free again: “${title}”`;
    case 'escalated':
      return it ? `Domanda ancora senza risposta: «${title}»` : `Question still unanswered: “${title}”`;
    default:
      return it ? `Novità in «${title}»` : `News in “${title}”`;
  }
}

/** The paragraph about one notification, with its link. */
function paragraphOf(n: TMailedNotification, locale: TLocale, baseUrl: string): string {
  const it = locale === 'it';
  const title = n.thread?.title ?? '';
  const when = romeTime(n.createdAt, locale);
  const by = n.post?.authorName ?? (it ? 'Qualcuno' : 'Someone');
  const quote = n.post ? `\n\n> ${n.post.excerpt}` : '';
  const link = n.thread ? `\n\n${it ? 'Leggi la discussione' : 'Read the discussion'}: ${baseUrl}${threadPath(n.thread.slug)}` : '';
  const reason = typeof n.detail?.reason === 'string' ? n.detail.reason : '';
  const hours = typeof n.detail?.waitingHours === 'number' ? n.detail.waitingHours : null;
  switch (n.kind) {
    case 'reply':
      return (it ? `${by} ha risposto in «${title}» (${when}).` : `${by} replied in “${title}” (${when}).`) + quote + link;
    case 'mention':
      return (it ? `${by} ti ha nominato in «${title}» (${when}).` : `${by} mentioned you in “${title}” (${when}).`) + quote + link;
    case 'solved':
      return (it ? `La discussione «${title}» ha una risposta segnata come «Risolto».` : `The discussion “${title}” has a reply marked “Solved”.`) + quote + link;
    case 'moderation':
      return (it ? `I moderatori hanno preso una decisione su un tuo messaggio${title ? ` in «${title}»` : ''}.\nIl motivo: ${reason}` : `The moderators took a decision about your post${title ? ` in “${title}”` : ''}.\nThe reason: ${reason}`) + link;
    case 'offer':
      return (
        (it
          ? `Nessuno ha ancora risposto alla domanda «${title}» (${areaName(n.thread?.area ?? '', locale)}), fatta nel tuo sportello.\nSe puoi, prendila tu: hai 24 ore per rispondere.`
          : `Nobody has answered the question “${title}” (${areaName(n.thread?.area ?? '', locale)}) asked in your sportello yet.\nIf you can, take it: you have 24 hours to reply.`) +
        `\n\n${it ? 'La prendo io' : 'I will take it'}: ${baseUrl}/angel`
      );
    case 'offer_free':
      return (
        (it
          ? `Chi aveva preso la domanda «${title}» (${areaName(n.thread?.area ?? '', locale)}) non ha risposto in tempo: ora è di nuovo libera.\nSe puoi, prendila tu: hai 24 ore per rispondere.`
          : `Whoever took the question “${title}” (${areaName(n.thread?.area ?? '', locale)}) did not reply in time: it is free again.\nIf you can, take it: you have 24 hours to reply.`) +
        `\n\n${it ? 'La prendo io' : 'I will take it'}: ${baseUrl}/angel`
      );
    case 'escalated':
      return (
        (it
          ? `La domanda «${title}» aspetta una risposta${hours !== null ? ` da ${hours} ore` : ''}, anche dopo averla proposta agli angeli.`
          : `The question “${title}” has been waiting for an answer${hours !== null ? ` for ${hours} hours` : ''}, even after it was offered to the angels.`) + link
      );
    default:
      return title + link;
  }
}

function footer(recipient: TRecipient, baseUrl: string): string {
  const it = recipient.locale === 'it';
  return it
    ? `Ricevi questa e-mail dalla comunità di Affianco.\nPuoi scegliere un riepilogo al giorno dal tuo account: ${baseUrl}/account\nPer non ricevere più queste e-mail: ${unsubscribeUrl(baseUrl, recipient.unsubscribeToken)}`
    : `You receive this e-mail from the Affianco community.\nYou can choose one summary a day in your account: ${baseUrl}/account\nTo stop these e-mails: ${unsubscribeUrl(baseUrl, recipient.unsubscribeToken)}`;
}

function unsubscribeHeaders(recipient: TRecipient, baseUrl: string): Record<string, string> {
  return listUnsubscribeHeaders(unsubscribeUrl(baseUrl, recipient.unsubscribeToken), baseUrl, recipient.unsubscribeToken);
}

/**
 * The mail for one notification ('each' mode).
 *
 * @example await mailer.send(notificationMail(recipient, n, baseUrl));
 */
export function notificationMail(recipient: TRecipient, n: TMailedNotification, baseUrl: string): TOutgoingMail {
  const greeting = recipient.locale === 'it' ? `Ciao ${recipient.name},` : `Hello ${recipient.name},`;
  return {
    to: recipient.email,
    subject: subjectOf(n, recipient.locale),
    text: `${greeting}\n\n${paragraphOf(n, recipient.locale, baseUrl)}\n\n${footer(recipient, baseUrl)}\nAffianco`,
    headers: unsubscribeHeaders(recipient, baseUrl),
  };
}

/**
 * The daily digest ('daily' mode): every notification of the day in one mail, oldest first.
 *
 * @example await mailer.send(digestMail(recipient, items, baseUrl));
 */
export function digestMail(recipient: TRecipient, items: readonly TMailedNotification[], baseUrl: string): TOutgoingMail {
  const it = recipient.locale === 'it';
  const greeting = it ? `Ciao ${recipient.name},` : `Hello ${recipient.name},`;
  const intro = it ? `ecco le novità della comunità (${items.length}):` : `here is what happened in the community (${items.length}):`;
  const body = items.map((n) => paragraphOf(n, recipient.locale, baseUrl)).join('\n\n---\n\n');
  return {
    to: recipient.email,
    subject: it ? `La comunità oggi: ${items.length === 1 ? '1 novità' : `${items.length} novità`}` : `The community today: ${items.length === 1 ? '1 update' : `${items.length} updates`}`,
    text: `${greeting}\n${intro}\n\n${body}\n\n${footer(recipient, baseUrl)}\nAffianco`,
    headers: unsubscribeHeaders(recipient, baseUrl),
  };
}
