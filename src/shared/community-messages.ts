import type { TLocale } from './locale.js';

/** The community's error codes and their messages; spread into ERROR_MESSAGES. */
export const COMMUNITY_ERROR_MESSAGES = {
  /** The post is longer than MAX_POST_CHARS (a 1 MB post is refused). */
  'community.post_too_long': { it: 'Il messaggio è troppo lungo.', en: 'The message is too long.' },
  'community.post_too_short': { it: 'Scrivi il tuo messaggio.', en: 'Write your message.' },
  /** More links than the author's trust level allows (docs/community.md). */
  'community.too_many_links': { it: 'Ci sono troppi link in questo messaggio.', en: 'There are too many links in this message.' },
  'community.too_many_images': { it: 'Ci sono troppe immagini in questo messaggio.', en: 'There are too many images in this message.' },
  /** The same text from the same person within five minutes. */
  'community.duplicate_post': { it: 'Hai già mandato questo messaggio poco fa.', en: 'You already sent this message a moment ago.' },
  /** A moderator locked the thread. */
  'community.thread_locked': { it: 'Questa discussione è chiusa: non si può più rispondere.', en: 'This discussion is closed: no more replies.' },
  /** A moderator silenced the account until community_member.silenced_until. */
  'community.silenced': { it: 'Per ora non puoi scrivere nella comunità.', en: 'For now you cannot write in the community.' },
  /** The thread is in slow mode and the person posted in it a moment ago. */
  'community.slow_mode': { it: 'In questa discussione si scrive più piano.', en: 'This discussion is in slow mode.' },
  /** The person's pace, by trust level. */
  'community.too_fast': { it: 'Stai scrivendo troppo in fretta.', en: 'You are writing too fast.' },
  'community.daily_limit': { it: 'Per oggi hai scritto abbastanza messaggi.', en: 'You have written enough messages for today.' },
  /** "Risolto" on the opening post, on a story, or on a deleted or hidden reply. */
  'community.cannot_solve': { it: 'Questa risposta non può essere segnata come risolta.', en: 'This reply cannot be marked as solved.' },
  /** "Anche a me" is for questions, "grazie" for replies; one's own post neither. */
  'community.cannot_react': { it: 'Qui non puoi usare questo pulsante.', en: 'You cannot use this button here.' },
  /** A thread the moderators hid, asked for by someone who is neither its author nor a moderator. */
  'community.thread_hidden': { it: 'Questa discussione è stata nascosta dai moderatori.', en: 'The moderators hid this discussion.' },
  /** A deleted post cannot be edited. */
  'community.post_deleted': { it: 'Questo messaggio è stato eliminato.', en: 'This message was deleted.' },
  /** The plan action is not in the person's own plan, or the lesson is not published. */
  'community.link_not_allowed': { it: 'Puoi collegare solo lezioni pubblicate e azioni del tuo piano.', en: 'You can link only published lessons and actions of your own plan.' },
} as const satisfies Record<string, Record<TLocale, string>>;

/** What a refusal of the posting rules says next to the field, with its numbers. */
export function postRefusalDetail(r: { code: string; max?: number; min?: number; waitSeconds?: number; until?: Date }, locale: TLocale): string {
  const it = locale === 'it';
  switch (r.code) {
    case 'community.post_too_long':
      return it ? `Il messaggio è troppo lungo: al massimo ${r.max!.toLocaleString('it-IT')} caratteri. Dividilo in due.` : `The message is too long: ${r.max!.toLocaleString('en-GB')} characters at most. Split it in two.`;
    case 'community.post_too_short':
      return it ? 'Scrivi il tuo messaggio.' : 'Write your message.';
    case 'community.too_many_links':
      return it ? `Puoi mettere al massimo ${r.max} link per messaggio, finché sei nuovo nella comunità.` : `You can add at most ${r.max} links per message while you are new to the community.`;
    case 'community.too_many_images':
      return it ? `Puoi mettere al massimo ${r.max === 1 ? 'un’immagine' : `${r.max} immagini`} per messaggio.` : `You can add at most ${r.max} image${r.max === 1 ? '' : 's'} per message.`;
    case 'community.duplicate_post':
      return it ? 'Hai già mandato questo stesso messaggio poco fa. Aspetta qualche minuto o cambialo.' : 'You sent this same message a moment ago. Wait a few minutes or change it.';
    case 'community.thread_locked':
      return it ? 'Questa discussione è chiusa dai moderatori: non si può più rispondere.' : 'The moderators closed this discussion: no more replies.';
    case 'community.silenced': {
      const when = r.until!.toLocaleString(it ? 'it-IT' : 'en-GB', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' });
      return it ? `I moderatori ti hanno sospeso dalla scrittura fino al ${when}.` : `The moderators suspended your writing until ${when}.`;
    }
    case 'community.slow_mode':
      return it ? `In questa discussione si scrive più piano: riprova tra ${r.waitSeconds} secondi.` : `This discussion is in slow mode: try again in ${r.waitSeconds} seconds.`;
    case 'community.too_fast':
      return it ? `Stai scrivendo troppo in fretta: riprova tra ${r.waitSeconds} secondi.` : `You are writing too fast: try again in ${r.waitSeconds} seconds.`;
    case 'community.daily_limit':
      return it ? `Per oggi hai scritto ${r.max} messaggi, il massimo per chi è nuovo. Riprova domani.` : `You wrote ${r.max} messages today, the most for a newcomer. Try again tomorrow.`;
    default:
      return r.code;
  }
}
