import { ASSIGN_ALL_ERROR_MESSAGES } from './assign-all-messages.js';
import { COMMUNITY_ERROR_MESSAGES } from './community-messages.js';
import { FUNDING_ERROR_MESSAGES } from './funding-messages.js';
import { INBOX_ERROR_MESSAGES } from './inbox-messages.js';
import { TRAP_ERROR_MESSAGES } from './trap-messages.js';
import { SOLUTION_ERROR_MESSAGES } from './solution-messages.js';
import type { TLocale } from './locale.js';

/**
 * Stable error codes the API returns in problem+json `code`, with the message
 * shown to people in each language. The web maps the same codes.
 */
export const ERROR_MESSAGES = {
  /** The body or query did not pass validation; `errors` lists the fields. */
  'request.invalid': { it: 'Alcuni dati non vanno bene. Controlla i campi segnati.', en: 'Some data is not valid. Check the marked fields.' },
  /** The body is not JSON at all. */
  'request.malformed_json': { it: 'La richiesta non è un JSON valido.', en: 'The request body is not valid JSON.' },
  /** The body is of a kind this operation does not take (text, XML, a form where JSON is expected). */
  'request.unsupported_media_type': {
    it: 'Questo indirizzo non accetta dati di questo tipo. Mandali come application/json (i file come multipart/form-data).',
    en: 'Send the data as application/json (files as multipart/form-data): this kind of body is not accepted here.',
  },
  /** A multipart/form-data body that cannot be read (no boundary, cut short, broken parts). */
  'request.malformed_multipart': {
    it: 'Non riusciamo a leggere il modulo inviato (multipart/form-data). Riprova a mandarlo.',
    en: 'We cannot read the form sent (multipart/form-data). Please send it again.',
  },
  /** The body is larger than the server accepts. */
  'request.too_large': { it: 'La richiesta è troppo grande.', en: 'The request is too large.' },
  /** The database cannot be reached right now (restart, fail-over); the answer carries Retry-After. */
  'service.unavailable': {
    it: 'Il servizio è fermo per qualche secondo. Non hai perso niente: riprova tra poco.',
    en: 'The service is paused for a few seconds. Nothing is lost: try again shortly.',
  },
  /** Too many public writes (ascolto, application) from one address or to one sportello in the window; `Retry-After` says when. */
  'request.rate_limited': { it: 'Sono arrivate troppe richieste in poco tempo.', en: 'Too many requests arrived in a short time.' },
  /** No route answers this path. */
  'route.not_found': { it: 'Questa pagina non esiste.', en: 'This page does not exist.' },
  /** Sign-in needed. */
  'auth.required': { it: 'Devi entrare con il tuo account.', en: 'You need to sign in.' },
  /** Signed in, but the policy refuses the action on a resource the actor can see. */
  'policy.forbidden': { it: 'Non puoi fare questa operazione.', en: 'You are not allowed to do this.' },
  /** A change sent from a page of another site (Origin or Referer not ours): refused whatever the cookie. */
  'request.cross_site': {
    it: 'Questa modifica arriva da un altro sito e non la accettiamo. Apri Affianco e riprova da lì.',
    en: 'This change comes from another site and is not accepted. Open Affianco and try again from there.',
  },
  /** The resource does not exist, or belongs to another sportello. */
  'resource.not_found': { it: 'Non abbiamo trovato quello che cerchi.', en: 'We could not find what you are looking for.' },
  'geo.comune_not_found': { it: 'Non conosciamo questo comune.', en: 'We do not know this comune.' },
  /** The province is already served by another sportello of the network. */
  'network.province_taken': {
    it: 'Una di queste province è già seguita da un altro sportello.',
    en: 'One of these provinces is already served by another sportello.',
  },
  'network.slug_taken': { it: 'Questo nome breve è già usato da un altro sportello.', en: 'This short name is already used by another sportello.' },
  'network.already_member': { it: 'Questa persona ha già questo ruolo nello sportello.', en: 'This person already has this role in the sportello.' },
  /** The invitation token is unknown, expired, revoked or already used. */
  'network.invitation_invalid': {
    it: 'Questo invito non è più valido. Chiedi allo sportello di mandartene uno nuovo.',
    en: 'This invitation is no longer valid. Ask the sportello for a new one.',
  },
  /** The invitation was addressed to another e-mail than the signed-in account. */
  'network.invitation_other_email': {
    it: "Questo invito è per un altro indirizzo e-mail. Entra con l'account giusto.",
    en: 'This invitation is for another e-mail address. Sign in with the right account.',
  },
  /** The same Idempotency-Key was sent before with a different body. */
  'request.idempotency_mismatch': {
    it: 'Questa richiesta è già stata inviata con dati diversi. Ricarica la pagina e riprova.',
    en: 'This request was already sent with different data. Reload the page and try again.',
  },
  /** The Idempotency-Key header is missing or malformed. */
  'request.idempotency_key_required': { it: 'Manca la chiave della richiesta. Ricarica la pagina e riprova.', en: 'The request key is missing. Reload the page and try again.' },
  /** The consent was given on an older wording; the person must see the current one. */
  'intake.consent_outdated': {
    it: 'Il testo del consenso è cambiato. Leggilo di nuovo e conferma.',
    en: 'The consent text has changed. Please read it again and confirm.',
  },
  'checkup.not_submitted': { it: 'Questo check-up non è ancora finito.', en: 'This check-up is not finished yet.' },
  'checkup.already_submitted': { it: 'Questo check-up è già stato inviato: non si può più cambiare.', en: 'This check-up has already been sent and can no longer change.' },
  /** Some answers name questions or options that do not exist, or some questions are unanswered. */
  'checkup.invalid_answers': { it: 'Alcune risposte non vanno bene. Controlla le domande segnate.', en: 'Some answers are not valid. Check the marked questions.' },
  'checkup.no_business': { it: 'Prima dicci qualcosa della tua impresa.', en: 'First tell us something about your business.' },
  /** Someone else booked this slot a moment ago (the database refused the overlap). */
  'meeting.slot_taken': { it: 'Questo orario è appena stato preso. Scegline un altro.', en: 'This time was just taken. Please choose another one.' },
  /** The time asked is not one of the angel's free slots (outside their hours, or in the past). */
  'meeting.slot_unavailable': { it: "Questo orario non è libero per l'angel. Scegline uno dalla lista.", en: 'This time is not free for the angel. Choose one from the list.' },
  'meeting.not_open': { it: 'Questo incontro è già stato annullato o chiuso.', en: 'This meeting has already been cancelled or closed.' },
  'meeting.not_yet': { it: "Potrai dire com'è andata dopo l'incontro.", en: 'You can say how it went after the meeting.' },
  /** The angel is paused, not qualified, or has no free place. */
  'angel.not_available': { it: 'Questo angel ora non può seguire nuove imprese. Scegline un altro.', en: 'This angel cannot follow new businesses right now. Choose another one.' },
  'angel.already_applied': { it: 'Hai già mandato la tua candidatura.', en: 'You have already applied.' },
  'angel.cv_not_pdf': { it: 'Il curriculum deve essere un file PDF.', en: 'The CV must be a PDF file.' },
  'angel.cv_too_large': { it: 'Il curriculum è troppo grande: al massimo 5 MB.', en: 'The CV is too large: 5 MB at most.' },
  /** The change was made on an older copy: someone else changed it meanwhile. */
  'plan.stale': {
    it: "Nel frattempo qualcuno ha cambiato questa voce. Guarda la versione nuova e rifai la modifica.",
    en: 'Someone changed this meanwhile. Look at the new version and make your change again.',
  },
  'plan.hours_exceed_package': {
    it: 'Queste ore superano il pacchetto. Serve il via libera del coordinatore.',
    en: "These hours go beyond the package. The coordinator's approval is needed.",
  },
  /** The next steps of this log entry were already turned into actions. */
  'plan.steps_already_turned': {
    it: 'Questi prossimi passi sono già diventati azioni.',
    en: 'These next steps have already become actions.',
  },
  /** The angel (or the entrepreneur) changes the hours of a package already agreed: only the coordinator may. */
  'plan.package_needs_coordinator': {
    it: 'Le ore del pacchetto le cambia il coordinatore dello sportello. Chiedigli di farlo.',
    en: 'The hours of the package are changed by the coordinator of the sportello. Ask them to do it.',
  },
  'plan.not_started': { it: 'Il piano di rilancio non è ancora cominciato.', en: 'The relaunch plan has not started yet.' },
  /** A lesson was changed by someone else since this copy was opened (`version` differs). */
  'lesson.stale': {
    it: 'Nel frattempo qualcuno ha cambiato questa lezione. Ricarica la pagina: il tuo testo non si salva sopra il suo.',
    en: 'Someone changed this lesson meanwhile. Reload the page: your text is not saved over theirs.',
  },
  /** The step asked does not fit the lesson's status (publishing a draft, retiring one not published, editing a retired one). */
  'lesson.wrong_status': { it: 'Questa lezione ora è in un altro stato: ricarica la pagina.', en: 'This lesson is now in another status: reload the page.' },
  /** Publishing (or changing a published lesson) below the Gulpease floor of its level; `errors` gives the index and the floor. */
  'lesson.too_hard': {
    it: 'La lezione è ancora difficile da leggere. Accorcia le frasi lunghe e usa parole più semplici.',
    en: 'The lesson is still hard to read. Shorten the long sentences and use simpler words.',
  },
  /** Publishing a lesson without the four parts of the shape (example, idea, method, try it now), in order. */
  'lesson.missing_parts': {
    it: 'Alla lezione manca qualche parte: esempio, idea, metodo e prova subito, in questo ordine.',
    en: 'The lesson lacks some parts: example, idea, method and try it now, in this order.',
  },
  /** The lesson named as the original of a translation does not exist, is not visible, is in the same language or in another scope. */
  'lesson.translation_invalid': {
    it: 'Non possiamo collegare questa traduzione: scegli una lezione in un’altra lingua, della stessa biblioteca.',
    en: 'We cannot link this translation: choose a lesson in another language, in the same library.',
  },
  /** The lesson already has a translation in this language. */
  'lesson.translation_exists': { it: 'Questa lezione ha già una traduzione in questa lingua.', en: 'This lesson already has a translation in this language.' },
  /** The author permission is for angels: coordinators always write. */
  'lesson.author_not_angel': { it: 'Il permesso di scrivere lezioni si dà agli angel. I coordinatori scrivono già.', en: 'The permission to write lessons is for angels. Coordinators already write.' },
  /** An upload to a lesson's video, poster, captions or templates came without its `file` part. */
  'file.missing': { it: 'Scegli un file da caricare.', en: 'Choose a file to upload.' },
  /** The upload is larger than the largest file of its kind (the body was not read to its end). */
  'file.too_large': {
    it: 'Il file è troppo grande. Un video può pesare al massimo 50 MB, una copertina 2 MB, i sottotitoli 512 KB, un modello 10 MB.',
    en: 'The file is too large. A video may be 50 MB at most, a poster 2 MB, captions 512 KB, a template 10 MB.',
  },
  /** The video file is empty, or its content is neither MP4 nor WebM; `errors` says why next to `file`. */
  'video.type_not_allowed': { it: 'Questo file non è un video MP4 o WebM.', en: 'This file is not an MP4 or WebM video.' },
  /** The video file is over 50 MB. */
  'video.too_large': { it: 'Il video è troppo grande: al massimo 50 MB.', en: 'The video is too large: 50 MB at most.' },
  /** The poster is not a PNG, JPEG or WebP picture by its content (an SVG included). */
  'video.poster_not_allowed': { it: "La copertina deve essere un'immagine PNG, JPEG o WebP.", en: 'The poster must be a PNG, JPEG or WebP picture.' },
  /** The poster is over 2 MB. */
  'video.poster_too_large': { it: 'La copertina è troppo grande: al massimo 2 MB.', en: 'The poster is too large: 2 MB at most.' },
  /** The captions file is not WebVTT (header, cue times, text), or not UTF-8 text, or over 512 KB. */
  'video.captions_invalid': { it: 'I sottotitoli devono essere un file WebVTT (.vtt).', en: 'The captions must be a WebVTT file (.vtt).' },
  /** The video link is not https, not from an allowed host (YouTube, Vimeo), or not one video; `errors` says which on `videoLinkUrl`. */
  'video.link_not_allowed': { it: 'Questo collegamento al video non va bene.', en: 'This video link is not accepted.' },
  /** The template is empty. */
  'template.empty': { it: 'Il file è vuoto. Salvalo di nuovo e riprova.', en: 'The file is empty. Save it again and retry.' },
  /** The template is over 10 MB. */
  'template.too_large': { it: 'Il modello è troppo grande: al massimo 10 MB.', en: 'The template is too large: 10 MB at most.' },
  /** Neither the name nor the content of the template is PDF, DOCX, XLSX, ODT or ODS. */
  'template.type_not_allowed': { it: 'Un modello deve essere PDF, DOCX, XLSX, ODT o ODS.', en: 'A template must be PDF, DOCX, XLSX, ODT or ODS.' },
  /** The content of the template is not what its name says (a zip named .pdf, a PDF named .xlsx). */
  'template.type_mismatch': { it: 'Il file non è quello che dice il suo nome.', en: 'The file is not what its name says.' },
  /** better-auth's own limit on sign-in, sign-up and e-mail links; `Retry-After` says when. */
  'auth.rate_limited': { it: 'Troppi tentativi in poco tempo.', en: 'Too many attempts in a short time.' },
  /** Wrong e-mail or password (better-auth does not say which, nor do we). */
  'auth.invalid_credentials': { it: 'E-mail o password non corrette.', en: 'Wrong e-mail or password.' },
  /** This account has no password (it signs in by e-mail link). */
  'auth.no_password': { it: 'Questo accesso non ha una password. Entra con il link via e-mail.', en: 'This account signs in with an e-mail link, without a password.' },
  'auth.email_taken': { it: "C'è già un accesso con questa e-mail. Prova ad accedere.", en: 'An account with this e-mail already exists. Sign in, or use another address.' },
  'auth.invalid_email': { it: 'Scrivi un indirizzo e-mail valido, come nome@esempio.it.', en: 'Write a valid e-mail address, like name@example.com.' },
  'auth.password_too_short': { it: 'La password è troppo corta: almeno 10 caratteri.', en: 'The password is too short: 10 characters at least.' },
  'auth.password_too_long': { it: 'La password è troppo lunga: al massimo 128 caratteri.', en: 'The password is too long: 128 characters at most.' },
  /** A reset or sign-in link that is unknown, used or expired. */
  'auth.invalid_token': { it: 'Questo link non è più valido. Chiedine uno nuovo.', en: 'This link is no longer valid. Ask for a new one.' },
  'auth.email_not_verified': { it: 'Prima conferma il tuo indirizzo e-mail con il link che ti abbiamo mandato.', en: 'First confirm your e-mail address with the link we sent you.' },
  'auth.create_failed': { it: "Non siamo riusciti a creare l'accesso. Riprova tra poco.", en: 'We could not create the account. Please try again shortly.' },
  /** Any other refusal of better-auth's. */
  'auth.failed': { it: 'Non siamo riusciti a farti entrare. Riprova.', en: 'We could not sign you in. Please try again.' },
  /** Another angel holds the offered question (for 24 hours), or it was answered meanwhile. */
  'community.offer_taken': { it: "Un altro angelo ha già preso questa domanda, oppure ha già una risposta.", en: 'Another angel has already taken this question, or it has an answer already.' },
  ...COMMUNITY_ERROR_MESSAGES,
  ...FUNDING_ERROR_MESSAGES,
  ...ASSIGN_ALL_ERROR_MESSAGES,
  ...INBOX_ERROR_MESSAGES,
  ...TRAP_ERROR_MESSAGES,
  ...SOLUTION_ERROR_MESSAGES,
  'internal': { it: 'Qualcosa non ha funzionato da parte nostra. Riprova tra poco.', en: 'Something went wrong on our side. Please try again shortly.' },
} as const satisfies Record<string, Record<TLocale, string>>;

export type TErrorCode = keyof typeof ERROR_MESSAGES;

export interface TFieldError {
  field: string;
  message: string;
}

/**
 * A failure the caller can act on. Routes throw it; one error handler turns it
 * into problem+json in the caller's language.
 *
 * @example throw new AppError('resource.not_found', 404);
 */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    readonly status: number,
    readonly fields: TFieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function messageFor(code: TErrorCode, locale: TLocale): string {
  return ERROR_MESSAGES[code][locale];
}

/**
 * A limit was reached: nothing was done, and the same request may come again after
 * `retryAfterSeconds` (sent as `Retry-After`, and said in words in `detail`).
 *
 * @example throw new RateLimitedError('request.rate_limited', 120);
 */
export class RateLimitedError extends AppError {
  constructor(
    code: 'request.rate_limited' | 'auth.rate_limited',
    readonly retryAfterSeconds: number,
  ) {
    super(code, 429);
    this.name = 'RateLimitedError';
  }
}

/**
 * The message of a limit with when to try again, in whole minutes (a person does not wait
 * in seconds).
 *
 * @example rateLimitedDetail('request.rate_limited', 90, 'it') // '… Riprova tra 2 minuti.'
 */
export function rateLimitedDetail(code: 'request.rate_limited' | 'auth.rate_limited', retryAfterSeconds: number, locale: TLocale): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const when =
    locale === 'en'
      ? `Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`
      : `Riprova tra ${minutes === 1 ? '1 minuto' : `${minutes} minuti`}.`;
  return `${messageFor(code, locale)} ${when}`;
}
