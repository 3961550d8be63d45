/**
 * The consent a person gives when leaving a phone or e-mail to be called back.
 * A new wording means a new version; each request stores the version it was given under.
 */
export const CONSENT_VERSION = '2026-11-v1';

export const CONSENT_TEXT = {
  it: 'Va bene: lo sportello può usare il mio nome, telefono ed e-mail solo per ricontattarmi su questa richiesta. Nessuna pubblicità. Posso chiedere di cancellare i miei dati quando voglio.',
  en: 'I agree: the sportello may use my name, phone and e-mail only to contact me about this request. No advertising. I can ask for my data to be deleted at any time.',
} as const;
