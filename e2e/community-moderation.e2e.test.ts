/// <reference lib="dom" />
import { eq, inArray } from 'drizzle-orm';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TDatabase } from '../src/db/client.js';
import { communityModerationLog, communityPost, sportello, user } from '../src/db/schema/index.js';
import { makeCommunityPost, makeCommunityThread } from '../src/services/community/moderation/community-fixtures.js';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

// Three ordinary people (no role in a sportello): the threshold is three of them.
const REPORTERS = ['caseificio@demo.affianco.it', 'agriturismo@demo.affianco.it', 'forno@demo.affianco.it'];
const AUTHOR = 'scarpe@demo.affianco.it';
const COORDINATOR = 'coord.bari@demo.affianco.it';
const TEXT = 'Chi fa domande così non dovrebbe aprire un negozio.';

let app: Awaited<ReturnType<typeof startTestApp>>;
let database: TDatabase;
let browser: Browser;
let replyId: string;

beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
  database = openDatabase(app.databaseUrl, { max: 2 });
  const db = database.db;
  const people = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, [AUTHOR, 'forno@demo.affianco.it']));
  const idOf = (email: string) => people.find((p) => p.email === email)!.id;
  const [bari] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-bari'));
  // The thread services are built elsewhere: the thread is written straight to the tables.
  const { thread } = await makeCommunityThread(db, { authorUserId: idOf('forno@demo.affianco.it'), sportelloId: bari!.id, regionCode: '16', title: 'Come porto clienti nuovi in bottega?' });
  replyId = (await makeCommunityPost(db, { threadId: thread.id, position: 1, authorUserId: idOf(AUTHOR), text: TEXT })).id;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await database?.close();
  await app?.close();
});

describe('reports hide a post, the coordinator restores it, at 360 px', () => {
  it('three people report a reply, it is hidden pending review, the coordinator restores it from the queue with a reason', { timeout: 180_000 }, async () => {
    const contexts: BrowserContext[] = [];
    try {
      for (const [i, email] of REPORTERS.entries()) {
        const ctx = await newContext(browser, app.baseUrl, MOBILE);
        contexts.push(ctx);
        const page = await ctx.newPage();
        await signInAs(page, app.baseUrl, email);
        const res = await ctx.request.post(`${app.baseUrl}/api/community/posts/${replyId}/reports`, { data: { reason: 'rude' }, headers: { origin: app.baseUrl } });
        expect(res.status()).toBe(201);
        expect(((await res.json()) as { isHidden: boolean }).isHidden).toBe(i === REPORTERS.length - 1);
      }
      const [hidden] = await database.db.select().from(communityPost).where(eq(communityPost.id, replyId));
      expect([hidden!.pendingReview, hidden!.hiddenAt !== null]).toEqual([true, true]);

      const coordCtx = await newContext(browser, app.baseUrl, MOBILE);
      contexts.push(coordCtx);
      const coordinator = await coordCtx.newPage();
      await signInAs(coordinator, app.baseUrl, COORDINATOR);
      await coordinator.goto('/comunita/moderazione');
      await visible(coordinator.getByRole('heading', { name: 'Moderazione della comunità' }));
      const item = coordinator.locator('.moderation-queue > li', { hasText: TEXT });
      await visible(item);
      await visible(item.getByText('3 segnalazioni'));
      await visible(item.getByText('Nascosto dalle segnalazioni: aspetta te'));
      await expectNoAxeViolations(coordinator, 'moderation queue');
      await expectNoSideScroll(coordinator, 'moderation queue 360');
      expectNoCspViolations(coordinator, 'moderation queue');
      await screenshot(coordinator, 'community-moderation-360-01-queue');

      await item.getByRole('button', { name: 'Ripristina' }).click();
      // A reason is required: the field says so and nothing is sent.
      await item.getByRole('button', { name: 'Ripristina il messaggio' }).click();
      await visible(item.getByText('Scrivi il motivo: lo legge chi ha scritto.'));
      await item.getByLabel('Motivo').fill('Il tono è duro, ma non offende nessuno.');
      await expectNoAxeViolations(coordinator, 'moderation reason form');
      await item.getByRole('button', { name: 'Ripristina il messaggio' }).click();
      await visible(coordinator.getByText('Messaggio ripristinato.'));
      await visible(coordinator.getByText('Nessun messaggio da guardare. Bene così.'));
      await visible(coordinator.locator('.moderation-log').getByText('Ripristinato'));
      await screenshot(coordinator, 'community-moderation-360-02-restored');

      const [restored] = await database.db.select().from(communityPost).where(eq(communityPost.id, replyId));
      expect([restored!.pendingReview, restored!.hiddenAt, restored!.hiddenReason]).toEqual([false, null, null]);
      const log = await database.db.select({ action: communityModerationLog.action }).from(communityModerationLog).where(eq(communityModerationLog.postId, replyId));
      expect(log.map((l) => l.action).sort()).toEqual(['auto_hide', 'restore']);
    } finally {
      for (const ctx of contexts) await ctx.close();
    }
  });
});
