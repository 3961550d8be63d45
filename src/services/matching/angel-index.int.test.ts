import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TRunningServer } from '../../server/start.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { makeAngel, makeBusiness, makeSportello, makeUser, TEST_PASSWORD } from '../../test/factories.js';
import { signInOverHttp } from '../../test/http.js';

let t: TTestDatabase;
let a: TRunningServer;
let b: TRunningServer;
beforeAll(async () => {
  t = await createTestDatabase();
  const logger = pino({ level: 'silent' });
  const start = () => startServer({ databaseUrl: t.url, port: 0, host: '127.0.0.1', logger, runJobs: false });
  [a, b] = await Promise.all([start(), start()]);
});
afterAll(async () => {
  await a.close();
  await b.close();
  await t.drop();
});

const signIn = (server: TRunningServer, email: string) => signInOverHttp(server.url, email, TEST_PASSWORD);

describe('the matching index across app instances', () => {
  it('an angel who pauses on one instance disappears from the proposals of the other, without a restart', async () => {
    const desk = await makeSportello(t.db, ['098']);
    const angel = await makeAngel(t.db, desk.id, { comuneIstat: '098031' });
    const owner = await makeUser(t.db);
    const biz = await makeBusiness(t.db, owner.id, desk.id, '098031');
    const ownerOnB = await signIn(b, owner.email);
    const proposals = async () => ((await (await fetch(`${b.url}/api/businesses/${biz.id}/matches`, { headers: { cookie: ownerOnB } })).json()) as { items: { angel: { userId: string } }[] }).items.map((i) => i.angel.userId);
    expect(await proposals()).toContain(angel.id);

    const angelOnA = await signIn(a, angel.email);
    const paused = await fetch(`${a.url}/api/angels/me/pause`, { method: 'POST', headers: { cookie: angelOnA, 'content-type': 'application/json', origin: a.url }, body: JSON.stringify({ isPaused: true }) });
    expect(paused.status).toBe(200);
    await expect.poll(proposals, { timeout: 5000 }).not.toContain(angel.id);
  });
});
