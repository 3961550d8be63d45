import markdownIt, { type MarkdownIt } from 'markdown-it';

/** Longest Markdown body accepted for a lesson or a post (about 25 printed pages). */
export const MAX_MARKDOWN_CHARS = 60_000;

const EXTERNAL_REL = 'nofollow ugc noopener';

/**
 * A link may go to a web page (http, https), an e-mail address (mailto), or a page of
 * ours (a path or an anchor). Everything else (javascript:, vbscript:, data:, file:,
 * a protocol-relative //host) is not a link at all.
 */
export function isAllowedHref(href: string): boolean {
  const trimmed = href.trim();
  if (/^(\/(?!\/)|#)/.test(trimmed)) return true;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Images load only from our own server: a third-party image is a request the reader did not choose. */
function isAllowedImage(src: string): boolean {
  return /^\/(?!\/)/.test(src.trim());
}

function isExternal(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href.trim());
}

function createRenderer(): MarkdownIt {
  // html: false escapes any raw HTML (<script>, <iframe>, event attributes) as text.
  const md = markdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  md.validateLink = (url) => isAllowedHref(url);
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet('href') ?? '');
    if (isExternal(href)) token.attrSet('rel', EXTERNAL_REL);
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  const defaultImage = md.renderer.rules.image ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (!isAllowedImage(String(token.attrGet('src') ?? ''))) return md.utils.escapeHtml(token.content);
    token.attrSet('loading', 'lazy');
    return defaultImage(tokens, idx, options, env, self);
  };
  return md;
}

const renderer = createRenderer();

/**
 * Markdown to safe HTML, rendered once when a lesson or a post is saved: raw HTML is
 * shown as text, links only to http, https, mailto or our own pages (external ones with
 * rel="nofollow ugc noopener"), images only from our own server.
 *
 * @example renderMarkdown('Leggi [la guida](https://example.it)'); // '<p>Leggi <a href="https://example.it" rel="nofollow ugc noopener">la guida</a></p>\n'
 */
export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}
