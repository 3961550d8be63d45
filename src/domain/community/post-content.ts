import { createHash } from 'node:crypto';

/** Longest post: about ten printed pages. A longer text is not a post (a 1 MB body is refused). */
export const MAX_POST_CHARS = 20_000;
export const MIN_POST_CHARS = 2;
export const MIN_TITLE_CHARS = 10;
export const MAX_TITLE_CHARS = 150;
/** The same text from the same person within this window is a double submit or spam. */
export const DUPLICATE_WINDOW_SECONDS = 5 * 60;

/** The text as compared for duplicates: case, spacing and accents do not make a new post. */
export function normalizePostText(markdown: string): string {
  return markdown.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * sha256 of the normalised text, kept with the post to refuse the same post twice.
 *
 * @example contentHash('Ciao  a tutti') === contentHash('ciao a tutti'); // true
 */
export function contentHash(markdown: string): string {
  return createHash('sha256').update(normalizePostText(markdown)).digest('hex');
}

/**
 * Links a post carries, as people count them: Markdown links, bare web addresses, e-mail
 * links. Our own pages (a path such as /lezioni/...) are not counted: pointing to a lesson
 * is what the community is for.
 *
 * @example countLinks('Vedi https://a.it e [b](http://b.it)'); // 2
 */
export function countLinks(markdown: string): number {
  const withoutImages = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ');
  const mdLinks = withoutImages.match(/\]\(\s*(https?:|mailto:|www\.)[^)]*\)/gi) ?? [];
  const rest = withoutImages.replace(/\]\(\s*[^)]*\)/g, ' ');
  const bare = rest.match(/\b(https?:\/\/|www\.)[^\s<>()]+/gi) ?? [];
  const mails = rest.match(/\bmailto:[^\s<>()]+/gi) ?? [];
  return mdLinks.length + bare.length + mails.length;
}

/** Images a post shows: Markdown images (only our own uploaded ones render). */
export function countImages(markdown: string): number {
  return (markdown.match(/!\[[^\]]*\]\([^)]*\)/g) ?? []).length;
}

/**
 * Whether a post with this hash repeats one of the author's recent posts.
 *
 * @example isDuplicatePost(h, [{ contentHash: h, createdAt: oneMinuteAgo }], now); // true
 */
export function isDuplicatePost(hash: string, recent: ReadonlyArray<{ contentHash: string; createdAt: Date }>, now: Date): boolean {
  return recent.some((p) => p.contentHash === hash && now.getTime() - p.createdAt.getTime() < DUPLICATE_WINDOW_SECONDS * 1000);
}
