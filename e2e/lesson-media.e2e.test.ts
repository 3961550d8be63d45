import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { DEMO_ADMIN, signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const lessonId = async (slug: string) => {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`select id from lesson where slug = $1 and language = 'it'`, [slug]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
};

/** Hosts of the allowed players and their pictures: none may be asked before the visitor taps. */
const THIRD_PARTY = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|vimeo\.com|vimeocdn\.com)$/;

async function withAdminPage(fn: (page: Page) => Promise<void>) {
  const ctx = await newContext(browser, app.baseUrl, MOBILE);
  try {
    const page = await ctx.newPage();
    await signInAs(page, app.baseUrl, DEMO_ADMIN);
    await fn(page);
  } finally {
    await ctx.close();
  }
}

describe('a lesson video', () => {
  it('linked: refused for http next to the field, then loads nothing from the host before the tap, and the player after', { timeout: 120_000 }, async () => {
    const id = await lessonId('vendi-il-tuo-latte');
    await withAdminPage(async (page) => {
      const thirdParty: string[] = [];
      page.on('request', (req) => {
        const host = new URL(req.url()).hostname;
        if (THIRD_PARTY.test(host)) thirdParty.push(req.url());
      });
      // The player itself is not fetched from the internet in a test: a stand-in page answers.
      await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' }));

      await page.goto(`/lezioni/media/${id}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Video e modelli della lezione' }));
      await page.getByLabel('Collega un video (YouTube, Vimeo)').check();
      const field = page.getByLabel('Indirizzo del video');
      await field.fill('http://www.youtube.com/watch?v=dQw4w9WgXcQ');
      await page.getByRole('button', { name: 'Collega il video' }).click();
      await visible(page.getByText("L'indirizzo deve cominciare con https://"));
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page, 'media panel, link refused');

      await field.fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      await page.getByRole('button', { name: 'Collega il video' }).click();
      const tap = await visible(page.getByRole('link', { name: 'Guarda il video su YouTube' }));
      expect(await tap.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      await expectNoAxeViolations(page, 'media panel, linked video');
      await screenshot(page, 'lesson-media-360-01-linked');
      expect(thirdParty).toEqual([]);
      expect(await page.locator('iframe').count()).toBe(0);

      await tap.click();
      const frame = await visible(page.locator('iframe[title="Video della lezione su YouTube"]'));
      expect(await frame.getAttribute('src')).toContain('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
      expect(await frame.getAttribute('allow')).toBe('autoplay; fullscreen');
      await expect.poll(() => thirdParty.some((u) => u.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
      expectNoCspViolations(page, 'linked player');
    });
  });

  it('uploaded (the demo): a <video> with its captions track and transcript, played through byte ranges', { timeout: 120_000 }, async () => {
    const id = await lessonId('il-sito-a-99-euro');
    await withAdminPage(async (page) => {
      await page.goto(`/lezioni/media/${id}`);
      const video = page.locator('.lesson-video video');
      await visible(video);
      expect(await video.getAttribute('preload')).toBe('none');
      const track = video.locator('track');
      expect(await track.getAttribute('kind')).toBe('captions');
      expect(await track.getAttribute('srclang')).toBe('it');
      expect(await track.getAttribute('src')).toMatch(/^\/api\/library\/files\/[0-9a-f-]{36}$/);
      expect(await video.getAttribute('poster')).toMatch(/^\/api\/library\/files\//);
      await visible(page.getByRole('heading', { name: 'Trascrizione del video' }));
      await visible(page.locator('.lesson-video-transcript').getByText(/nessuno può garantire il primo posto su Google/));
      // The panel shows the transcript made from the captions.
      expect(await page.getByLabel('Trascrizione').inputValue()).toMatch(/^Ti chiamano e ti offrono/);

      const src = (await video.locator('source').getAttribute('src'))!;
      const ranged = page.waitForResponse((res) => res.url().endsWith(src) && res.status() === 206 && Boolean(res.headers()['content-range']));
      await video.evaluate((el: HTMLVideoElement) => {
        el.muted = true;
        void el.play().catch(() => {});
      });
      const res = await ranged;
      expect(res.headers()['content-range']).toMatch(/^bytes \d+-\d+\/\d+$/);
      expect(res.headers()['content-type']).toBe('video/mp4');
      await expectNoAxeViolations(page, 'media panel, uploaded video');
      await screenshot(page, 'lesson-media-360-02-uploaded');
    });
  });

  it('templates: a renamed file is refused next to the field, a real one is listed and downloads as an attachment', { timeout: 120_000 }, async () => {
    const id = await lessonId('vendi-il-tuo-latte');
    await withAdminPage(async (page) => {
      await page.goto(`/lezioni/media/${id}`);
      await visible(page.getByRole('heading', { name: 'Modelli da scaricare' }));
      await page.getByLabel('Titolo del modello').fill('Listino del latte');
      const file = page.getByLabel('File del modello');
      expect(await file.getAttribute('accept')).toBe('.pdf,.docx,.xlsx,.odt,.ods');
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      await file.setInputFiles({ name: 'listino.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: pdf });
      await visible(page.getByText(/ma il nome finisce con \.xlsx/));
      expect(await file.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page, 'media panel, template refused');
      expect(await page.locator('.lesson-template').count()).toBe(0);

      await file.setInputFiles({ name: 'listino.pdf', mimeType: 'application/pdf', buffer: pdf });
      const link = await visible(page.locator('.lesson-template').getByRole('link', { name: 'Listino del latte' }));
      const res = await page.context().request.get(new URL((await link.getAttribute('href'))!, app.baseUrl).toString());
      expect(res.headers()['content-disposition']).toBe("attachment; filename*=UTF-8''listino.pdf");
      expect(res.headers()['x-content-type-options']).toBe('nosniff');
      await screenshot(page, 'lesson-media-360-03-template');
    });
  });
});
