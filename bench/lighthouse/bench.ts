// Lighthouse mobile performance of each main page, signed in where the page needs it: the
// compiled server (`npm start`'s, ADR 018) in its own process on a fresh embedded DATA_DIR with
// the demo data, Lighthouse's default mobile form factor with simulated throttling, performance
// only, RUNS runs per page in rounds that alternate the pages, medians. Peer in the same run: the
// landing page, which the issue measured at 99.
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DEMO_PASSWORD } from '../../src/services/network/demo-data.js';
import { startCompiledServer } from '../support/compiled-server.js';
import { signInOverHttp } from '../../src/test/http.js';

const RUNS = Number(process.env.RUNS ?? 3);
const ONLY = process.env.PAGES?.split(',');

const server = await startCompiledServer({ builds: ['scripts/ensure-web-build.mjs', 'scripts/ensure-server-build.mjs'] });
const { url } = server;

const signIn = (who: string) => signInOverHttp(url, `${who}@demo.affianco.it`, DEMO_PASSWORD);
async function api<T>(cookie: string, method: string, apiPath: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}${apiPath}`, {
    method,
    headers: { cookie, origin: url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${apiPath} answered ${res.status}`);
  return (await res.json()) as T;
}
type TMe = { memberships: { sportelloId: string; role: string }[]; businesses: { id: string; name: string }[] };

const coordinator = await signIn('coord.milano');
const angel = await signIn('angel.milano');
const baker = await signIn('forno');
const bakery = (await api<TMe>(baker, 'GET', '/api/me')).businesses[0]!;
const sportelloId = (await api<TMe>(coordinator, 'GET', '/api/me')).memberships.find((m) => m.role === 'coordinator')!.sportelloId;

// The demo has no check-up: the baker answers one (the middle option of each question) and submits it.
type TQuestionnaire = { questions: { id: string; options: { id: string }[] }[] };
const questionnaire = await api<TQuestionnaire>(baker, 'GET', '/api/checkup/questionnaire');
const checkup = await api<{ id: string }>(baker, 'POST', `/api/businesses/${bakery.id}/checkups`);
const answers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, q.options[Math.floor(q.options.length / 2)]!.id]));
await api(baker, 'POST', `/api/checkups/${checkup.id}/submit`, { answers });

// The demo thread with the most replies: the longest page a shared link opens.
const threads = await api<{ items: { slug: string; replyCount: number }[] }>(baker, 'GET', '/api/community/threads?tab=latest&page=1');
const threadPath = `/comunita/${threads.items.sort((a, b) => b.replyCount - a.replyCount)[0]!.slug}`;

// Two demo solutions side by side, as a shared comparison opens.
const catalogue = await api<{ items: { id: string }[] }>(baker, 'GET', '/api/solutions');
const comparePath = `/soluzioni/confronta?${catalogue.items.slice(0, 2).map((item) => `id=${item.id}`).join('&')}`;

const pages: { name: string; path: string; cookie?: string }[] = [
  { name: 'peer: landing /', path: '/' },
  { name: 'ascolto /ascolto', path: '/ascolto' },
  { name: 'plan /piano/{bakery} (angel)', path: `/piano/${bakery.id}`, cookie: angel },
  { name: 'check-up report /check-up/{id} (owner)', path: `/check-up/${checkup.id}`, cookie: baker },
  { name: 'angel area /angel', path: '/angel', cookie: angel },
  { name: 'sportello /sportelli/{id} (coordinator)', path: `/sportelli/${sportelloId}`, cookie: coordinator },
  { name: 'entrepreneur home /impresa', path: '/impresa', cookie: baker },
  // Drawn by the server for everyone (ADR 023): a visitor, as a shared link opens them.
  { name: 'library /lezioni', path: '/lezioni' },
  { name: 'lesson /lezioni/{slug}', path: '/lezioni/vendi-il-tuo-latte' },
  { name: 'community /comunita', path: '/comunita' },
  { name: 'thread /comunita/{slug}', path: threadPath },
  { name: 'thread /comunita/{slug} (signed in, reply form)', path: threadPath, cookie: baker },
  // The vetted solutions and the traps (issue 16), drawn by the server for everyone.
  { name: 'solutions /soluzioni', path: '/soluzioni' },
  { name: 'solution /soluzioni/{slug}', path: '/soluzioni/scheda-sulle-mappe' },
  { name: 'solutions compare /soluzioni/confronta', path: comparePath },
  { name: 'traps /attenzione', path: '/attenzione' },
  { name: 'trap /attenzione/{slug}', path: '/attenzione/contratto-pos-48-mesi' },
].filter((p) => !ONLY || ONLY.some((o) => p.name.includes(o)));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
type TRun = { score: number; tbt: number; lcp: number; fcp: number };
const SAVE_DIR = process.env.SAVE_DIR;

/** One Lighthouse run of `page`; a run Lighthouse itself reports as failed (no paint seen, a protocol timeout) is run again, at most twice. */
async function audit(page: (typeof pages)[number]) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(`${url}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
    });
    const lhr = result!.lhr;
    if (!lhr.runtimeError && lhr.categories.performance?.score !== null) {
      if (SAVE_DIR) fs.writeFileSync(path.join(SAVE_DIR, `${page.path.replace(/[^a-z0-9]+/gi, '_')}-${Date.now()}.json`), JSON.stringify(lhr));
      return lhr;
    }
    console.log(`  ${page.path}: Lighthouse failed (${lhr.runtimeError?.code ?? 'no score'}), attempt ${attempt}`);
    if (attempt === 3) throw new Error(`Lighthouse failed three times on ${page.path}`);
  }
}
const results = new Map<string, TRun[]>();
try {
  for (let run = 0; run < RUNS; run++) {
    // Pages alternate within each round, so load from elsewhere on the machine falls on all of them.
    for (const page of pages) {
      const lhr = await audit(page);
      const final = lhr.finalDisplayedUrl;
      if (new URL(final).pathname !== new URL(page.path, url).pathname) throw new Error(`${page.path} ended on ${final}`);
      const value = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
      const entry = { score: Math.round((lhr.categories.performance?.score ?? 0) * 100), tbt: value('total-blocking-time'), lcp: value('largest-contentful-paint'), fcp: value('first-contentful-paint') };
      results.set(page.name, [...(results.get(page.name) ?? []), entry]);
      console.log(`  run ${run + 1} ${page.name}: ${entry.score} (TBT ${entry.tbt} ms, LCP ${entry.lcp} ms, FCP ${entry.fcp} ms)`);
    }
  }
} finally {
  await chrome.kill();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`Lighthouse ${RUNS} runs per page, mobile, simulated throttling; medians:`);
for (const [name, runs] of results) {
  console.log(
    `${name}: ${median(runs.map((r) => r.score))} (runs ${runs.map((r) => r.score).join(', ')}); TBT ${median(runs.map((r) => r.tbt))} ms, LCP ${median(runs.map((r) => r.lcp))} ms, FCP ${median(runs.map((r) => r.fcp))} ms`,
  );
}

await server.stop();
