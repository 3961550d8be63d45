/* Affianco service worker: the app opens on a phone with no signal.
 * - hashed /assets/*: cache first (their names change with their content);
 * - page navigations: network first, then the app shell kept from the last visit (a plan page
 *   the server drew is never kept as the shell: it holds one person's plan);
 * - GET /api/me, GET /api/plans (the plans one follows) and GET /api/businesses/{id}/plan:
 *   network first, then the last copy.
 * - a lesson page (/lezioni/{slug}, /lezioni/en/{slug}), its GET /api/lessons/{slug} answer and its
 *   poster: network first, then the copy kept when it was last opened (the page asks for it to be
 *   kept, at most 30 lessons, ADR 023), so an angel can show it in a farm with no signal.
 * Everything else (other API calls, every POST/PATCH) goes straight to the network:
 * changes made offline wait in the page's own outbox, never here. */
const VERSION = 'v2';
const SHELL = `affianco-shell-${VERSION}`;
const ASSETS = `affianco-assets-${VERSION}`;
const API = `affianco-api-${VERSION}`;
const LESSONS = 'affianco-lessons-v1';
const SHELL_URL = '/';
const PRECACHE = ['/', '/early-requests.js', '/manifest.webmanifest', '/favicon.svg', '/icon-192.png', '/icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const keep = new Set([SHELL, ASSETS, API, LESSONS]);
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('affianco-') && !keep.has(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const isCachedApi = (url) => url.pathname === '/api/me' || url.pathname === '/api/plans' || /^\/api\/businesses\/[^/]+\/plan$/.test(url.pathname);

/* Lessons: pages under /lezioni that are not the editor's or the reader's own lists. */
const isLessonPage = (url) => /^\/lezioni\/(en\/)?[a-z0-9-]+\/?$/.test(url.pathname) && !/^\/lezioni\/(scrivi|modifica|revisione|mie)\/?$/.test(url.pathname);
const isLessonApi = (url) => /^\/api\/lessons\/[a-z0-9-]+$/.test(url.pathname);
const lessonPageOfApi = (url) => (url.searchParams.get('language') === 'en' ? '/lezioni/en/' : '/lezioni/') + url.pathname.split('/').pop();

/* Keeps an opened lesson (its page, its answer, its poster) and forgets those beyond the page's list. */
async function keepLesson(data) {
  const cache = await caches.open(LESSONS);
  const sameOrigin = (u) => typeof u === 'string' && new URL(u, self.location.origin).origin === self.location.origin;
  const urls = [data.page, data.api, data.poster].filter(sameOrigin);
  await Promise.all(
    urls.map((u) =>
      fetch(u, { credentials: 'same-origin' })
        .then((res) => (res.ok ? cache.put(new URL(u, self.location.origin).href, res) : undefined))
        .catch(() => undefined),
    ),
  );
  if (!Array.isArray(data.keep)) return;
  const kept = new Set(data.keep);
  const keys = await cache.keys();
  await Promise.all(
    keys.map((request) => {
      const url = new URL(request.url);
      const page = isLessonPage(url) ? url.pathname : isLessonApi(url) ? lessonPageOfApi(url) : null;
      return page && !kept.has(page) ? cache.delete(request) : undefined;
    }),
  );
}

/* The kept copy says so on <html data-kept-copy>: the page tells the reader it is the phone's copy. */
async function markedAsKept(res) {
  const html = (await res.text()).replace(/<html\b/i, '<html data-kept-copy');
  return new Response(html, { status: res.status, statusText: res.statusText, headers: res.headers });
}

/* A lesson page: the network's when there is signal (kept when the server drew it), else the kept copy, else the shell. */
async function lessonPage(request) {
  const cache = await caches.open(LESSONS);
  const key = new URL(request.url);
  key.search = '';
  try {
    const res = await fetch(request);
    if (res.ok && res.headers.has('x-affianco-rendered') && (await cache.match(key.href))) await cache.put(key.href, res.clone());
    // The server is up but its database away (503): the lesson kept on the phone reads as offline.
    if (res.status === 503) {
      const kept = await cache.match(key.href);
      if (kept) return markedAsKept(kept);
    }
    return res;
  } catch (err) {
    const kept = await cache.match(key.href);
    if (kept) return markedAsKept(kept);
    const shell = await caches.open(SHELL).then((c) => c.match(SHELL_URL));
    if (shell) return shell;
    throw err;
  }
}

/* The page sends the assets it loaded before this worker took over, so they work offline too;
 * and the answers a page drawn by the server came with, which never passed through here. */
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'cache-assets' && Array.isArray(data.urls)) {
    const urls = data.urls.filter((u) => typeof u === 'string' && new URL(u, self.location.origin).origin === self.location.origin && new URL(u, self.location.origin).pathname.startsWith('/assets/'));
    event.waitUntil(caches.open(ASSETS).then((cache) => Promise.all(urls.map((u) => cache.match(u).then((hit) => hit || cache.add(u).catch(() => undefined))))));
  } else if (data.type === 'keep-lesson') {
    event.waitUntil(keepLesson(data));
  } else if (data.type === 'keep-answers' && data.answers && typeof data.answers === 'object') {
    const kept = Object.entries(data.answers)
      .map(([path, value]) => [new URL(path, self.location.origin), value])
      .filter(([url]) => url.origin === self.location.origin && isCachedApi(url));
    const json = (value) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
    event.waitUntil(caches.open(API).then((cache) => Promise.all(kept.map(([url, value]) => cache.put(url.href, json(value))))));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) cache.put(request, res.clone());
  return res;
}

async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName);
  try {
    const res = await fetch(request);
    // A page the server drew holds one person's plan: it is not the app shell every page opens with.
    if (res.ok && !res.headers.has('x-affianco-rendered')) await cache.put(key || request, res.clone());
    // Signed out: the last copy must not outlive the session (/api/me then answers null, kept as such).
    else if (res.status === 401 || res.status === 403) await cache.delete(key || request);
    return res;
  } catch (err) {
    const hit = await cache.match(key || request);
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname === '/early-requests.js') {
    // Named in the app shell: kept beside it, so that the shell opens with no signal.
    event.respondWith(networkFirst(request, SHELL));
  } else if (request.mode === 'navigate' && isLessonPage(url)) {
    event.respondWith(lessonPage(request));
  } else if (isLessonApi(url) || (url.pathname.startsWith('/api/library/files/') && !request.headers.has('range'))) {
    // (A video's ranged requests pass straight through: only whole files, posters, are kept.)
    // Kept only for lessons the page asked to keep: the rest passes through.
    event.respondWith(
      fetch(request).catch((err) =>
        caches
          .open(LESSONS)
          .then((cache) => cache.match(request.url))
          .then((hit) => {
            if (hit) return hit;
            throw err;
          }),
      ),
    );
  } else if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) {
    // Every page is the same app shell; keep one copy of it. An API address opened as a page
    // (a lesson's template or video, /api/docs) is not a page: it must never become the shell.
    event.respondWith(networkFirst(request, SHELL, SHELL_URL));
  } else if (isCachedApi(url)) {
    event.respondWith(networkFirst(request, API));
  }
});
