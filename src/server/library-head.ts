import { lessonPagePath, type TLibraryLanguage } from '../shared/library-pages.js';

/** The picture a shared link shows when a lesson has no poster of its own (web/public). */
export const SOCIAL_CARD = '/social-card.png';

/** What the head of a lesson page is written from: the fields of GET /api/lessons/{slug}. */
export type THeadLesson = {
  slug: string;
  language: TLibraryLanguage;
  title: string;
  summary: string;
  publishedAt: string | null;
  updatedAt: string;
  authorName: string | null;
  video: { poster: string | null } | null;
  translations: { slug: string; language: TLibraryLanguage }[];
};

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const meta = (key: 'name' | 'property', name: string, content: string) => `<meta ${key}="${name}" content="${attr(content)}">`;

/**
 * The `<head>` tags a shared or indexed page needs: description, canonical address, Open Graph
 * and Twitter card. Addresses are absolute (from the configured base URL): a chat app or a
 * crawler reads them without knowing where the page came from.
 *
 * @example pageHead({ baseUrl, path: '/lezioni', title: 'Lezioni · Affianco', description: '…' })
 */
export function pageHead(input: { baseUrl: string; path: string; title: string; description: string; type?: 'website' | 'article'; image?: string | null; extra?: string[] }): string {
  const absolute = (p: string) => new URL(p, `${input.baseUrl.replace(/\/$/, '')}/`).href;
  const url = absolute(input.path);
  return [
    meta('name', 'description', input.description),
    `<link rel="canonical" href="${attr(url)}">`,
    meta('property', 'og:title', input.title),
    meta('property', 'og:description', input.description),
    meta('property', 'og:url', url),
    meta('property', 'og:type', input.type ?? 'website'),
    meta('property', 'og:image', absolute(input.image ?? SOCIAL_CARD)),
    meta('property', 'og:site_name', 'Affianco'),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', input.title),
    meta('name', 'twitter:description', input.description),
    meta('name', 'twitter:image', absolute(input.image ?? SOCIAL_CARD)),
    ...(input.extra ?? []),
  ].join('');
}

/**
 * A lesson page's head: the tags of `pageHead` as an article, the other language's address
 * (`hreflang`), and a JSON-LD Article (a data block, not a script the CSP would have to allow).
 *
 * @example lessonHead('https://affianco.it', lesson)
 */
export function lessonHead(baseUrl: string, lesson: THeadLesson): string {
  const absolute = (p: string) => new URL(p, `${baseUrl.replace(/\/$/, '')}/`).href;
  const path = lessonPagePath(lesson.slug, lesson.language);
  const alternates = [lesson, ...lesson.translations].map((l) => `<link rel="alternate" hreflang="${l.language}" href="${attr(absolute(lessonPagePath(l.slug, l.language)))}">`);
  const article = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: lesson.title,
    description: lesson.summary,
    inLanguage: lesson.language,
    url: absolute(path),
    image: absolute(lesson.video?.poster ?? SOCIAL_CARD),
    ...(lesson.publishedAt ? { datePublished: lesson.publishedAt } : {}),
    dateModified: lesson.updatedAt,
    ...(lesson.authorName ? { author: { '@type': 'Person', name: lesson.authorName } } : {}),
    publisher: { '@type': 'Organization', name: 'Affianco' },
  };
  const jsonLd = `<script type="application/ld+json">${JSON.stringify(article).replace(/</g, '\\u003c')}</script>`;
  return pageHead({
    baseUrl,
    path,
    title: lesson.title,
    description: lesson.summary,
    type: 'article',
    image: lesson.video?.poster,
    extra: [meta('property', 'og:locale', lesson.language === 'en' ? 'en_GB' : 'it_IT'), ...alternates, jsonLd],
  });
}
