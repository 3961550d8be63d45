import { html } from 'hono/html';
import type { TLocale } from '../shared/locale.js';

/** Whether the caller is a browser asking for a page (not a mail program or a script). */
export function wantsPage(accept: string | undefined): boolean {
  return (accept ?? '').includes('text/html');
}

const ACCOUNT = { it: 'Vai al tuo account', en: 'Go to your account' } as const;

/**
 * The small page of a one-click unsubscribe link, drawn by the server: readable without
 * JavaScript, not indexed.
 * @example c.html(unsubscribePage('it', 'E-mail sui bandi', html`<p>…</p>`));
 */
export function unsubscribePage(locale: TLocale, title: string, body: ReturnType<typeof html>) {
  return html`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} · Affianco</title>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}button{font:inherit;padding:.7rem 1.2rem;min-height:44px;border-radius:.4rem;border:0;background:#0b5cad;color:#fff;cursor:pointer}button:focus-visible,a:focus-visible{outline:3px solid #f0a500;outline-offset:2px}</style>
</head><body><main><h1>${title}</h1>${body}<p><a href="/account">${ACCOUNT[locale]}</a></p></main></body></html>`;
}
