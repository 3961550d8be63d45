import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp } from '../test/app.js';
import { addMember, makeBusiness, makeSportello, makeUser } from '../test/factories.js';

/**
 * Every resource type, seen from the wrong side: a coordinator of sportello A
 * against sportello B, and an entrepreneur against someone else's business.
 * Each attempt must answer 404 and leave B exactly as it was.
 */
let t: TTestApp;
let coordA: string;
let angelA: string;
let ownerA: string;
const b = { sportelloId: '', membershipId: '', invitationId: '', businessId: '' };
let snapshotOfB: string;

async function snapshot() {
  const coordBCookie = await t.signIn('coord.b@example.test');
  const parts = await Promise.all(
    [`/api/sportelli/${b.sportelloId}`, `/api/sportelli/${b.sportelloId}/members`, `/api/sportelli/${b.sportelloId}/invitations`, `/api/sportelli/${b.sportelloId}/businesses`, `/api/businesses/${b.businessId}`].map(
      async (path) => (await t.call('GET', path, { cookie: coordBCookie })).text(),
    ),
  );
  return parts.join('\n');
}

beforeAll(async () => {
  t = await createTestApp();
  const deskA = await makeSportello(t.db, ['015']);
  const deskB = await makeSportello(t.db, ['072']);
  b.sportelloId = deskB.id;

  const cA = await makeUser(t.db);
  await addMember(t.db, cA.id, deskA.id, 'coordinator');
  coordA = await t.signIn(cA.email);
  const aA = await makeUser(t.db);
  await addMember(t.db, aA.id, deskA.id, 'angel');
  angelA = await t.signIn(aA.email);
  const oA = await makeUser(t.db);
  await makeBusiness(t.db, oA.id, deskA.id, '015146');
  ownerA = await t.signIn(oA.email);

  const cB = await makeUser(t.db, { email: 'coord.b@example.test' });
  b.membershipId = (await addMember(t.db, cB.id, deskB.id, 'coordinator')).id;
  const coordB = await t.signIn(cB.email);
  const inv = await t.call('POST', `/api/sportelli/${deskB.id}/invitations`, { cookie: coordB, body: { email: 'invitato.b@example.test', role: 'angel' } });
  b.invitationId = ((await inv.json()) as { id: string }).id;
  const oB = await makeUser(t.db);
  b.businessId = (await makeBusiness(t.db, oB.id, deskB.id, '072006')).id;
  snapshotOfB = await snapshot();
});
afterAll(() => t.close());

const attacks = () => [
  ['GET', `/api/sportelli/${b.sportelloId}`, undefined],
  ['PUT', `/api/sportelli/${b.sportelloId}/provinces`, { provinceCodes: ['091'] }],
  ['GET', `/api/sportelli/${b.sportelloId}/members`, undefined],
  ['DELETE', `/api/sportelli/${b.sportelloId}/members/${b.membershipId}`, undefined],
  ['GET', `/api/sportelli/${b.sportelloId}/invitations`, undefined],
  ['POST', `/api/sportelli/${b.sportelloId}/invitations`, { email: 'intruso@example.test', role: 'coordinator' }],
  ['DELETE', `/api/sportelli/${b.sportelloId}/invitations/${b.invitationId}`, undefined],
  ['GET', `/api/sportelli/${b.sportelloId}/businesses`, undefined],
  ['GET', `/api/businesses/${b.businessId}`, undefined],
  ['PATCH', `/api/businesses/${b.businessId}`, { name: 'Preso!' }],
] as const;

describe.each([
  ['coordinator of A', () => coordA],
  ['angel of A', () => angelA],
  ['entrepreneur of A', () => ownerA],
])('%s against sportello B', (_who, cookie) => {
  it('gets 404 for every resource of B and changes nothing', async () => {
    for (const [method, path, body] of attacks()) {
      const res = await t.call(method, path, { cookie: cookie(), body });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect(await snapshot()).toBe(snapshotOfB);
  });
});

describe('network-wide resources', () => {
  it('are closed to everyone but admins', async () => {
    for (const cookie of [coordA, angelA, ownerA]) {
      expect((await t.call('GET', '/api/admin/sportelli', { cookie })).status).toBe(404);
      expect((await t.call('POST', '/api/admin/sportelli', { cookie, body: { name: 'X', slug: 'x-y' } })).status).toBe(404);
      expect((await t.call('GET', '/api/admin/mail', { cookie })).status).toBe(404);
    }
  });

  it('ask visitors to sign in', async () => {
    for (const [method, path, body] of attacks()) {
      expect((await t.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
    // "Who am I?" is not a private resource: a visitor is told they are nobody, without an error.
    const me = await t.call('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toBeNull();
  });
});
