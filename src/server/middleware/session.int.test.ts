import { eq } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { session } from '../../db/schema/index.js';
import { createSecondInstance, createTestApp, type TTestApp } from '../../test/app.js';
import { addMember, makeBusiness, makeSportello, makeUser } from '../../test/factories.js';

// Two app instances on one database: whatever one of them changes, the other must see at once.
let a: TTestApp;
let b: ReturnType<typeof createSecondInstance>;
beforeAll(async () => {
  a = await createTestApp();
  b = createSecondInstance(a);
});
afterAll(async () => {
  await b.close();
  await a.close();
});

const DAY = 86_400_000;
const tokenOf = (cookie: string) => decodeURIComponent(/better-auth\.session_token=([^;]+)/.exec(cookie)![1]!).split('.')[0]!;

describe('the signed-in actor, resolved on every request', () => {
  it('signing out on one instance ends the session on the other at once', async () => {
    const { email } = await makeUser(a.db);
    const cookie = await a.signIn(email);
    expect((await b.call('GET', '/api/meetings', { cookie })).status).toBe(200);
    expect((await a.call('POST', '/api/auth/sign-out', { cookie, body: {} })).status).toBe(200);
    expect((await b.call('GET', '/api/meetings', { cookie })).status).toBe(401);
    expect((await a.call('GET', '/api/meetings', { cookie })).status).toBe(401);
  });

  it('a member removed on one instance loses the sportello on the other at once', async () => {
    const desk = await makeSportello(a.db, []);
    const lead = await makeUser(a.db);
    const other = await makeUser(a.db);
    await addMember(a.db, lead.id, desk.id, 'coordinator');
    const removed = await addMember(a.db, other.id, desk.id, 'coordinator');
    const leadCookie = await a.signIn(lead.email);
    const otherCookie = await a.signIn(other.email);
    expect((await b.call('GET', `/api/sportelli/${desk.id}/members`, { cookie: otherCookie })).status).toBe(200);
    expect((await a.call('DELETE', `/api/sportelli/${desk.id}/members/${removed.id}`, { cookie: leadCookie })).status).toBe(204);
    expect((await b.call('GET', `/api/sportelli/${desk.id}/members`, { cookie: otherCookie })).status).toBe(404);
    expect((await a.call('GET', `/api/sportelli/${desk.id}/members`, { cookie: otherCookie })).status).toBe(404);
  });

  it('sees an owned business the moment it is added, with no cache in between', async () => {
    const owner = await makeUser(a.db);
    const cookie = await a.signIn(owner.email);
    const biz = await makeBusiness(a.db, owner.id, null);
    expect((await b.call('GET', `/api/businesses/${biz.id}`, { cookie })).status).toBe(200);
  });

  it('refuses a session past its expiresAt, and better-auth deletes it', async () => {
    const { email } = await makeUser(a.db);
    const cookie = await a.signIn(email);
    await a.db.update(session).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(session.token, tokenOf(cookie)));
    expect((await b.call('GET', '/api/meetings', { cookie })).status).toBe(401);
    expect(await a.db.select().from(session).where(eq(session.token, tokenOf(cookie)))).toHaveLength(0);
  });

  it('extends a session due for its daily refresh, as better-auth does', async () => {
    const { email } = await makeUser(a.db);
    const cookie = await a.signIn(email);
    // Signed in 2 days ago with 30-day sessions: more than updateAge (1 day) has passed.
    await a.db.update(session).set({ expiresAt: new Date(Date.now() + 28 * DAY) }).where(eq(session.token, tokenOf(cookie)));
    expect((await b.call('GET', '/api/meetings', { cookie })).status).toBe(200);
    const [row] = await a.db.select({ expiresAt: session.expiresAt }).from(session).where(eq(session.token, tokenOf(cookie)));
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it('refuses a cookie whose signature is not the server’s', async () => {
    const { email } = await makeUser(a.db);
    const cookie = await a.signIn(email);
    const token = tokenOf(cookie);
    const forged = `better-auth.session_token=${encodeURIComponent(`${token}.${'A'.repeat(43)}=`)}`;
    expect((await b.call('GET', '/api/meetings', { cookie: forged })).status).toBe(401);
    expect((await b.call('GET', '/api/meetings', { cookie: `better-auth.session_token=${token}` })).status).toBe(401);
  });

  it('costs one database round trip for the session and the actor (better-auth and four reads before)', async () => {
    const { email } = await makeUser(a.db);
    const cookie = await a.signIn(email);
    const pool = a.database.pool;
    const texts: string[] = [];
    const original = pool.query.bind(pool);
    // Counts what reaches the pool during one request that reads nothing else.
    pool.query = ((config: string | pg.QueryConfig, ...rest: unknown[]) => {
      texts.push(typeof config === 'string' ? config : config.text);
      return (original as (...args: unknown[]) => unknown)(config, ...rest);
    }) as typeof pool.query;
    try {
      expect((await a.call('GET', '/api/meetings', { cookie })).status).toBe(200);
    } finally {
      pool.query = original;
    }
    // The session with its user, memberships and businesses, then the route's own read.
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/from session s join "user" u/);
  });
});
