import { callPagePath } from '../shared/funding-call-pages.js';
import { pageHead } from './library-head.js';

/** What the head of a call's page is written from: the fields of GET /api/funding/calls/{slug}. */
export type THeadCall = { slug: string; title: string; description: { what: string }; grantingBody: string | null; closesText: string; updatedAt: string; link: string | null };

/** A shared link's description: the call's first words, cut at a word near 160 characters. */
export function describeCall(call: THeadCall): string {
  const text = call.description.what.replace(/\s+/g, ' ').trim() || [call.grantingBody, call.closesText].filter(Boolean).join(' · ');
  return text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')} …` : text;
}

/**
 * A call page's head: description, canonical address, Open Graph (an article) and a JSON-LD
 * WebPage naming the call (a data block, not a script the CSP would have to allow).
 *
 * @example callHead('https://affianco.it', view, 'it')
 */
export function callHead(baseUrl: string, call: THeadCall, lang: 'it' | 'en'): string {
  const path = callPagePath(call.slug);
  const url = new URL(path, `${baseUrl.replace(/\/$/, '')}/`).href;
  const description = describeCall(call);
  const page = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: call.title,
    description,
    inLanguage: lang,
    url,
    dateModified: call.updatedAt,
    ...(call.link ? { relatedLink: call.link } : {}),
    publisher: { '@type': 'Organization', name: 'Affianco' },
  };
  const jsonLd = `<script type="application/ld+json">${JSON.stringify(page).replace(/</g, '\\u003c')}</script>`;
  return pageHead({ baseUrl, path, title: call.title, description, type: 'article', extra: [`<meta property="og:locale" content="${lang === 'en' ? 'en_GB' : 'it_IT'}">`, jsonLd] });
}
