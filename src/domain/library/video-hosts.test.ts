import { describe, expect, it } from 'vitest';
import { parseVideoLink } from './video-hosts.js';

describe('video links an author may give', () => {
  it('reads YouTube and Vimeo addresses into a privacy-minded player', () => {
    for (const raw of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3', 'https://youtu.be/dQw4w9WgXcQ', 'https://youtube.com/shorts/dQw4w9WgXcQ']) {
      const r = parseVideoLink(raw);
      expect(r.ok && r.link.embedUrl.startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')).toBe(true);
    }
    const v = parseVideoLink('https://vimeo.com/76979871');
    expect(v.ok && v.link.embedUrl).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
  });

  it('refuses what is not https, not an allowed host or not one video', () => {
    expect(parseVideoLink('http://www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual({ ok: false, problem: 'not_https' });
    expect(parseVideoLink('javascript:alert(1)')).toEqual({ ok: false, problem: 'not_https' });
    expect(parseVideoLink('https://evil.example/watch?v=dQw4w9WgXcQ')).toEqual({ ok: false, problem: 'host_not_allowed' });
    expect(parseVideoLink('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toEqual({ ok: false, problem: 'host_not_allowed' });
    expect(parseVideoLink('https://user@youtube.com/watch?v=dQw4w9WgXcQ')).toEqual({ ok: false, problem: 'host_not_allowed' });
    expect(parseVideoLink('https://www.youtube.com/channel/abc')).toEqual({ ok: false, problem: 'not_a_video' });
    expect(parseVideoLink('non è un link')).toEqual({ ok: false, problem: 'not_a_link' });
  });
});
