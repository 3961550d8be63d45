import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../../../test/app.js';

// With the real web build mounted: its shell answers every other GET with HTML.
let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ webDist: path.resolve('web/dist') });
});
afterAll(() => t.close());

describe('crawlers', () => {
  it('read a robots.txt that keeps them out of the API and the private areas and names the sitemap', async () => {
    const res = await t.call('GET', '/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).not.toContain('<html');
    expect(text).toMatch(/^User-agent: \*$/m);
    for (const area of ['/api/', '/account', '/piano', '/incontri', '/angel', '/admin/', '/sportelli/', '/lezioni/scrivi', '/lezioni/modifica/', '/lezioni/revisione']) expect(text).toContain(`Disallow: ${area}\n`);
    for (const page of ['/', '/ascolto', '/diventa-angel', '/bandi']) expect(text).toContain(`Allow: ${page}$`);
    expect(text).toContain(`Sitemap: ${TEST_BASE_URL}/sitemap.xml`);
  });

  it('read a sitemap of the public pages with absolute addresses from the base URL', async () => {
    const res = await t.call('GET', '/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // The library is listed even before it has lessons (library-pages.int.test.ts lists those).
    expect(locs).toEqual([`${TEST_BASE_URL}/`, `${TEST_BASE_URL}/ascolto`, `${TEST_BASE_URL}/diventa-angel`, `${TEST_BASE_URL}/bandi`, `${TEST_BASE_URL}/lezioni`, `${TEST_BASE_URL}/comunita`, `${TEST_BASE_URL}/attenzione`, `${TEST_BASE_URL}/soluzioni`]);
  });

  it('find every page of the sitemap really served', async () => {
    for (const page of ['/', '/ascolto', '/diventa-angel', '/bandi', '/attenzione', '/soluzioni']) {
      const res = await t.call('GET', page);
      expect(res.status, page).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });
});
