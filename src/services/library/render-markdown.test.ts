import { describe, expect, it } from 'vitest';
import { isAllowedHref, renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  it('renders everyday Markdown', () => {
    expect(renderMarkdown('## Prova subito\n\n- Fai un **cartello**\n- Apri il *sabato*')).toBe(
      '<h2>Prova subito</h2>\n<ul>\n<li>Fai un <strong>cartello</strong></li>\n<li>Apri il <em>sabato</em></li>\n</ul>\n',
    );
  });

  it('shows raw HTML as text: scripts, event attributes, iframes and SVG never run', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example"></iframe>\n\n<svg onload=alert(1)></svg>');
    expect(html).not.toMatch(/<(script|img|iframe|svg)/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example/x'])(
    'does not make a link of %s',
    (href) => {
      const html = renderMarkdown(`[clicca](${href})`);
      expect(html).not.toContain('<a ');
    },
  );

  it('marks external links nofollow ugc noopener and leaves our own pages alone', () => {
    expect(renderMarkdown('[guida](https://example.it/a)')).toContain('<a href="https://example.it/a" rel="nofollow ugc noopener">guida</a>');
    expect(renderMarkdown('[scrivici](mailto:info@example.it)')).toContain('rel="nofollow ugc noopener"');
    expect(renderMarkdown('[la lezione](/lezioni/vendere-il-latte)')).toContain('<a href="/lezioni/vendere-il-latte">la lezione</a>');
    expect(renderMarkdown('vai su https://example.it')).toContain('rel="nofollow ugc noopener"');
  });

  it('loads images only from our own server', () => {
    expect(renderMarkdown('![stalla](/media/stalla.webp)')).toContain('<img src="/media/stalla.webp" alt="stalla" loading="lazy">');
    expect(renderMarkdown('![traccia](https://tracker.example/pixel.gif)')).not.toContain('<img');
  });
});

describe('isAllowedHref', () => {
  it('allows web, mail and our own addresses only', () => {
    expect(['https://a.it', 'http://a.it', 'mailto:a@b.it', '/lezioni/x', '#prova'].every(isAllowedHref)).toBe(true);
    expect(['javascript:x', 'ftp://a.it', 'tel:123', 'lezioni/x', ''].some(isAllowedHref)).toBe(false);
  });
});
