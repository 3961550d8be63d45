import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../../i18n';
import { LessonVideo, type TLessonVideo } from './lesson-video';

const draw = (video: TLessonVideo) => renderToString(createElement(LessonVideo, { video }));

describe('LessonVideo drawn on the server (no JavaScript)', () => {
  it('plays our file in <video preload="none"> with Italian captions, and the transcript below', () => {
    const html = draw({ source: 'file', src: '/api/library/files/v', poster: '/api/library/files/p', captions: '/api/library/files/c', transcript: 'Primo paragrafo.\n\nSecondo <b>paragrafo</b>.' });
    expect(html).toMatch(/<video[^>]*controls[^>]*preload="none"[^>]*poster="\/api\/library\/files\/p"/);
    expect(html).toMatch(/<track kind="captions" src="\/api\/library\/files\/c" srcLang="it"[^>]*default/i);
    expect(html).toContain('<h2 class="lesson-video-transcript-title">Trascrizione del video</h2>');
    expect(html).toContain('<p>Primo paragrafo.</p><p>Secondo &lt;b&gt;paragrafo&lt;/b&gt;.</p>');
  });

  it('for a linked video, draws our poster and a plain link to the host, no frame and nothing from the host', () => {
    const html = draw({ source: 'link', host: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1', poster: '/api/library/files/p', captions: null, transcript: 'Testo.' });
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('youtube-nocookie');
    expect(html).toMatch(/<a class="lesson-video-tap" href="https:\/\/www.youtube.com\/watch\?v=dQw4w9WgXcQ">/);
    expect(html).toContain('<img src="/api/library/files/p" alt=""/>');
    expect(html).toContain('Guarda il video su YouTube');
  });

  it('without a poster, a neutral one of our own', () => {
    const html = draw({ source: 'link', host: 'vimeo', url: 'https://vimeo.com/123456', embedUrl: 'https://player.vimeo.com/video/123456?autoplay=1&dnt=1', poster: null, captions: null, transcript: null });
    expect(html).toContain('lesson-video-tap lesson-video-tap-plain');
    expect(html).not.toContain('<img');
    expect(html).toContain('La trascrizione non c&#x27;è ancora.');
  });
});
