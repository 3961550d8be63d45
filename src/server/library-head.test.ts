import { describe, expect, it } from 'vitest';
import { lessonHead } from './library-head.js';

describe('a lesson page’s head', () => {
  it('escapes what the author wrote, in attributes and in the JSON-LD block', () => {
    const head = lessonHead('https://affianco.example/', {
      slug: 'prova',
      language: 'it',
      title: 'Il "prezzo" <giusto> & basta',
      summary: '</script><script>alert(1)</script>',
      publishedAt: null,
      updatedAt: '2026-12-01T10:00:00.000Z',
      authorName: null,
      video: { poster: '/api/library/files/p1' },
      translations: [{ slug: 'proof', language: 'en' }],
    });
    expect(head).toContain('<meta property="og:title" content="Il &quot;prezzo&quot; &lt;giusto&gt; &amp; basta">');
    expect(head).toContain('<meta property="og:image" content="https://affianco.example/api/library/files/p1">');
    expect(head).toContain('<link rel="alternate" hreflang="en" href="https://affianco.example/lezioni/en/proof">');
    expect(head).not.toContain('</script><script>');
    expect(head.match(/<\/script>/g)).toHaveLength(1);
  });
});
