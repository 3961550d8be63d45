// The plan page of a big plan (50 goals, 500 actions, 200 log entries) in Debian's Chromium at
// 360 px with the CPU throttled 4x (a mid-range phone): time from navigation to the 500th
// action on screen. Peer in the same run: the same page without throttling.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { chromium } from 'playwright-core';
import { openDatabase } from '../../src/db/client.js';
import { assignment, plan, planAction, planGoal, planLogEntry } from '../../src/db/schema/index.js';
import { startEmbeddedPostgres } from '../../src/db/embedded/supervisor.js';
import { startServer } from '../../src/server/start.js';
import { bootstrapDatabase } from '../../src/services/system/bootstrap-database.js';
import { makeAngel, makeBusiness, makeSportello, makeUser, TEST_PASSWORD } from '../../src/test/factories.js';
import { signInOverHttp } from '../../src/test/http.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-'));
fs.chmodSync(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: dir });
await bootstrapDatabase(pgServer.url, { seedDemo: false });
const { db, close } = openDatabase(pgServer.url);
const server = await startServer({ databaseUrl: pgServer.url, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), runJobs: false, authLimits: { signIn: 1000, magicLink: 1000 } });

const desk = await makeSportello(db, ['098']);
const owner = await makeUser(db);
const biz = await makeBusiness(db, owner.id, desk.id, '098031');
const angel = await makeAngel(db, desk.id);
await db.insert(assignment).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id });
const [p] = await db.insert(plan).values({ businessId: biz.id }).returning();
const goals = await db
  .insert(planGoal)
  .values(Array.from({ length: 50 }, (_, i) => ({ planId: p!.id, title: `Obiettivo ${i + 1}`, indicatorName: 'clienti', unit: 'clienti', baseline: 10, target: 30, current: 10 + (i % 20), byDate: '2027-06-30' })))
  .returning();
await db.insert(planAction).values(Array.from({ length: 500 }, (_, i) => ({ planId: p!.id, goalId: goals[i % 50]!.id, title: `Azione ${i + 1}`, owner: i % 2 ? ('angel' as const) : ('entrepreneur' as const), dueDate: '2027-01-15', status: (['todo', 'doing', 'done', 'blocked'] as const)[i % 4] })));
await db.insert(planLogEntry).values(Array.from({ length: 200 }, (_, i) => ({ planId: p!.id, date: '2026-10-01', mode: 'phone' as const, durationMinutes: 30, notes: `Incontro ${i + 1}`, decisions: 'Proviamo', nextSteps: ['Chiamare il fornitore'], hours: 0.5 })));

const cookie = await signInOverHttp(server.url, angel.email, TEST_PASSWORD);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

async function measure(throttle: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'it-IT' });
    const [name, value] = cookie.split('; ').find((c) => c.includes('session_token'))!.split('=');
    await context.addCookies([{ name: name!, value: value!, url: server.url }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const t0 = Date.now();
    await page.goto(`${server.url}/piano/${biz.id}`);
    await page.locator('.action-item').nth(499).waitFor({ state: 'attached', timeout: 60_000 });
    times.push(Date.now() - t0);
    await context.close();
  }
  return times;
}

const throttled = await measure(4);
const plain = await measure(1);
const show = (xs: number[]) => `${xs.map((x) => `${x} ms`).join(', ')} (median ${[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]} ms)`;
console.log(`plan page, 50 goals / 500 actions / 200 log entries, 360 px, CPU 4x slower: ${show(throttled)}`);
console.log(`peer: the same page without throttling: ${show(plain)}`);

await browser.close();
await server.close();
await close();
await pgServer.stop();
fs.rmSync(dir, { recursive: true, force: true });
