import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { earlyAnswers, webShell } from './web-shell.js';

/**
 * The addresses /early-requests.js asks for on `pathname`, run as the browser runs it: at once,
 * and (`later`) once the answers it waits on have come, each answering `answer(url)`.
 */
function runScript(pathname: string, answer: (url: string) => unknown = () => null) {
  const asked: string[] = [];
  const window = {
    location: { pathname },
    localStorage: { getItem: () => null },
    fetch: (url: string) => {
      asked.push(url);
      const res = { ok: true, json: () => Promise.resolve(answer(url)) };
      return Promise.resolve({ ...res, clone: () => res });
    },
  } as Record<string, unknown>;
  vm.runInNewContext(fs.readFileSync(path.resolve('web/public/early-requests.js'), 'utf8'), { window });
  const atOnce = [...asked];
  return { atOnce, later: () => new Promise<string[]>((resolve) => setTimeout(() => resolve(asked), 10)) };
}
const scriptRequests = (pathname: string) => runScript(pathname).atOnce;

function dist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-shell-'));
  fs.mkdirSync(path.join(dir, '.vite'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><head><link rel="modulepreload" crossorigin href="/assets/react-1.js"></head><body></body></html>');
  const manifest = {
    'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react-1.js'] },
    '_react-1.js': { file: 'assets/react-1.js' },
    '_form-1.js': { file: 'assets/form-1.js', imports: ['_react-1.js'] },
    'src/features/plans/components/plan-page.tsx': { file: 'assets/plan-page-1.js', imports: ['_react-1.js', 'index.html', '_form-1.js'] },
  };
  fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('the app shell', () => {
  it("announces the plan page's chunks on the plan's address, not those the shell loads already", () => {
    const shell = webShell(dist());
    const html = shell('/piano/0b6f3f8e-2f55-4c1e-9d3e-6a0c2f5b7a10');
    expect(html.match(/modulepreload[^>]*href="([^"]+)"/g)).toEqual([
      'modulepreload" crossorigin href="/assets/react-1.js"',
      'modulepreload" crossorigin href="/assets/plan-page-1.js"',
      'modulepreload" crossorigin href="/assets/form-1.js"',
    ]);
    expect(shell('/piano').match(/modulepreload/g)).toHaveLength(3);
  });

  it('announces the answers the page needs first, at the addresses /early-requests.js asks for', () => {
    const id = '0b6f3f8e-2f55-4c1e-9d3e-6a0c2f5b7a10';
    const shell = webShell(dist());
    const preloads = (html: string) => html.match(/<link rel="preload" as="fetch" crossorigin href="[^"]+">/g);
    expect(preloads(shell(`/piano/${id}`))).toEqual([
      '<link rel="preload" as="fetch" crossorigin href="/api/me">',
      `<link rel="preload" as="fetch" crossorigin href="/api/businesses/${id}/plan">`,
    ]);
    expect(preloads(shell('/ascolto'))).toEqual(['<link rel="preload" as="fetch" crossorigin href="/api/me">']);
    expect(preloads(shell('/angel'))).toHaveLength(5);
  });

  it('asks, in /early-requests.js, for the very answers the shell announces, page by page', () => {
    const id = '0b6f3f8e-2f55-4c1e-9d3e-6a0c2f5b7a10';
    const pages = ['/', '/ascolto', '/piano', `/piano/${id}`, `/check-up/${id}`, '/check-up', '/angel', `/sportelli/${id}`, `/sportelli/${id}/angel/${id}`, '/impresa'];
    for (const page of pages) expect(scriptRequests(page), page).toEqual(earlyAnswers(page));
    expect(earlyAnswers(`/check-up/${id}`)).toEqual(['/api/me', `/api/checkups/${id}/report`, '/api/checkup/questionnaire']);
    expect(earlyAnswers(`/sportelli/${id}`)).toContain(`/api/sportelli/${id}/intake-requests`);
  });

  it("asks on /impresa for each business's plan and check-ups as soon as /api/me names them", async () => {
    const businesses = [{ id: 'b1' }, { id: 'b2' }];
    const run = runScript('/impresa', (url) => (url === '/api/me' ? { businesses } : null));
    expect(run.atOnce).toEqual(['/api/me']);
    expect(await run.later()).toEqual(['/api/me', '/api/businesses/b1/plan', '/api/businesses/b1/checkups', '/api/businesses/b2/plan', '/api/businesses/b2/checkups']);
    expect(await runScript('/impresa', () => null).later()).toEqual(['/api/me']);
  });

  it('is index.html on every other page, with only the first answer announced', () => {
    const dir = dist();
    const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(webShell(dir)('/ascolto')).toBe(index.replace('</head>', '<link rel="preload" as="fetch" crossorigin href="/api/me"></head>'));
  });

  it('holds a page the server drew: its markup in #root, its answers beside it (no `<` to end the script early), its language, no early requests', () => {
    const dir = dist();
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="it"><head><script async src="/early-requests.js"></script></head><body><div id="root"></div><script type="module" src="/assets/index-1.js"></script></body></html>',
    );
    const id = '0b6f3f8e-2f55-4c1e-9d3e-6a0c2f5b7a10';
    const answers = { '/api/me': { user: { name: '</script><script>alert(1)</script>' } } };
    const html = webShell(dir)(`/piano/${id}`, { markup: '<h1>The plan $& $1</h1>', lang: 'en', answers });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<div id="root"><h1>The plan $& $1</h1></div><script id="affianco-rendered" type="application/json">');
    expect(html).not.toContain('early-requests');
    expect(html).not.toContain('as="fetch"');
    expect(html).toContain('modulepreload" crossorigin href="/assets/plan-page-1.js"');
    const data = /<script id="affianco-rendered" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(data)).toEqual({ lang: 'en', answers });
  });

  it("writes a drawn page's title in place of the shell's, escaped", () => {
    const dir = dist();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="it"><head><title>Affianco</title></head><body><div id="root"></div></body></html>');
    const html = webShell(dir)('/piano', { markup: '<h1>x</h1>', lang: 'it', answers: {}, title: 'Il piano di Forno & Co $& </title><script> · Affianco' });
    expect(html).toContain('<title>Il piano di Forno &amp; Co $&amp; &lt;/title&gt;&lt;script&gt; · Affianco</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it("announces the app's core on every page but the reading ones, which start light with the files to keep offline (ADR 024)", () => {
    const dir = dist();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="it"><head></head><body><div id="root"></div></body></html>');
    const manifest = {
      'index.html': { file: 'assets/index-2.js', isEntry: true, imports: ['_light-2.js'], dynamicImports: ['_app-2.js'] },
      '_light-2.js': { file: 'assets/light-2.js' },
      '_app-2.js': { file: 'assets/app-2.js', imports: ['_light-2.js', '_runtime-2.js'] },
      '_runtime-2.js': { file: 'assets/runtime-2.js' },
      'src/features/library/reading/lesson-page.tsx': { file: 'assets/lesson-page-2.js', imports: ['_app-2.js'] },
      'src/features/library/reading/library-page.tsx': { file: 'assets/library-page-2.js', imports: ['_app-2.js'] },
    };
    fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    const shell = webShell(dir);
    const preloads = (html: string) => (html.match(/modulepreload[^>]*href="([^"]+)"/g) ?? []).map((m) => m.replace(/.*href="/, '').replace('"', ''));
    expect(preloads(shell('/ascolto'))).toEqual(['/assets/app-2.js', '/assets/runtime-2.js']);
    expect(preloads(shell('/lezioni/vendi-il-tuo-latte'))).toEqual(['/assets/app-2.js', '/assets/runtime-2.js', '/assets/lesson-page-2.js']);
    const drawn = shell('/lezioni/vendi-il-tuo-latte', { markup: '<h1>Vendi il tuo latte</h1>', lang: 'it', answers: {}, kind: 'lesson' });
    expect(preloads(drawn)).toEqual([]);
    const data = JSON.parse(/<script id="affianco-rendered" type="application\/json">([^<]*)<\/script>/.exec(drawn)![1]!) as { light?: { offline: string[] } };
    expect(data.light?.offline).toEqual(['/assets/app-2.js', '/assets/runtime-2.js', '/assets/library-page-2.js', '/assets/lesson-page-2.js']);
    const plan = shell('/piano', { markup: '<h1>x</h1>', lang: 'it', answers: {}, kind: 'plan' });
    expect(preloads(plan)).toContain('/assets/app-2.js');
    expect(plan).not.toContain('"light"');
  });
});
