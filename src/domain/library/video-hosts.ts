/**
 * Public video hosts an author may link, and the player address each is shown through. The
 * player loads only after the visitor taps (the poster before that is ours), so the list stays
 * short and every entry has a privacy-minded embed.
 */
export const VIDEO_HOSTS = ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be', 'vimeo.com', 'player.vimeo.com'] as const;

/** Where the players of {@link parseVideoLink}'s `embedUrl` live: the only frames a page may load (CSP frame-src). */
export const VIDEO_PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

export type TVideoLink = { host: 'youtube' | 'vimeo'; id: string; url: string; embedUrl: string };
export type TVideoLinkProblem = 'not_https' | 'host_not_allowed' | 'not_a_video' | 'not_a_link';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{6,12}$/;

/**
 * Reads a video link given by an author: https only, from an allowed host, pointing at one video.
 *
 * @example parseVideoLink('https://youtu.be/dQw4w9WgXcQ')
 * // { ok: true, link: { host: 'youtube', id: 'dQw4w9WgXcQ', embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', … } }
 */
export function parseVideoLink(raw: string): { ok: true; link: TVideoLink } | { ok: false; problem: TVideoLinkProblem } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'not_a_link' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not_https' };
  if (url.username || url.password || url.port) return { ok: false, problem: 'host_not_allowed' };
  const host = url.hostname.toLowerCase();
  if (!(VIDEO_HOSTS as readonly string[]).includes(host)) return { ok: false, problem: 'host_not_allowed' };

  if (host === 'youtu.be' || host.endsWith('youtube.com')) {
    const id = host === 'youtu.be' ? url.pathname.slice(1) : url.pathname === '/watch' ? (url.searchParams.get('v') ?? '') : (/^\/(?:embed|shorts|live)\/([^/]+)$/.exec(url.pathname)?.[1] ?? '');
    if (!YOUTUBE_ID.test(id)) return { ok: false, problem: 'not_a_video' };
    return { ok: true, link: { host: 'youtube', id, url: `https://www.youtube.com/watch?v=${id}`, embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&cc_load_policy=1` } };
  }
  const id = /^\/(?:video\/)?(\d+)\/?$/.exec(url.pathname)?.[1] ?? '';
  if (!VIMEO_ID.test(id)) return { ok: false, problem: 'not_a_video' };
  return { ok: true, link: { host: 'vimeo', id, url: `https://vimeo.com/${id}`, embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1` } };
}
