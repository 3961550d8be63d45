import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, cookieFrom, type TTestApp } from '../../../test/app.js';
import { addMember, makeSportello, makeUser } from '../../../test/factories.js';
import { firstLink } from '../../../test/smtp.js';

let t: TTestApp;
let adminCookie: string;
let coordCookie: string;
let sportelloId: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await makeUser(t.db, { isAdmin: true });
  adminCookie = await t.signIn(admin.email);
  const desk = await makeSportello(t.db, ['098']);
  sportelloId = desk.id;
  const coord = await makeUser(t.db, { name: 'Chiara Coord' });
  await addMember(t.db, coord.id, desk.id, 'coordinator');
  coordCookie = await t.signIn(coord.email);
});
afterAll(() => t.close());

describe('finding the sportello of a comune', () => {
  it('routes Lodi (098031) to the sportello serving province 098', async () => {
    const res = await t.call('GET', '/api/sportelli/lookup?comune=098031');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ comune: { istat: '098031', name: 'Lodi' }, sportello: { id: sportelloId } });
  });

  it('says plainly when nobody serves a province yet', async () => {
    const res = await t.call('GET', '/api/sportelli/lookup?comune=040012');
    expect(await res.json()).toMatchObject({ comune: { name: 'Forlì' }, sportello: null });
  });

  it('refuses a malformed or unknown comune code', async () => {
    expect((await t.call('GET', '/api/sportelli/lookup?comune=abc')).status).toBe(422);
    expect((await t.call('GET', '/api/sportelli/lookup?comune=999999')).status).toBe(404);
  });
});

describe('network admin', () => {
  it('opens a sportello and lists it with its member count', async () => {
    const res = await t.call('POST', '/api/admin/sportelli', { cookie: adminCookie, body: { name: 'Sportello Forlì', slug: 'forli', email: 'forli@example.test' } });
    expect(res.status).toBe(201);
    const list = (await (await t.call('GET', '/api/admin/sportelli', { cookie: adminCookie })).json()) as { items: { slug: string; memberCount: number }[] };
    expect(list.items.find((s) => s.slug === 'forli')).toMatchObject({ memberCount: 0 });
  });

  it('refuses a duplicate slug and bad fields with messages per field, storing nothing', async () => {
    const dup = await t.call('POST', '/api/admin/sportelli', { cookie: adminCookie, body: { name: 'Altro', slug: 'forli' } });
    expect(dup.status).toBe(409);
    const bad = await t.call('POST', '/api/admin/sportelli', { cookie: adminCookie, body: { name: '', slug: 'Not A Slug!', email: 'nope', extra: 1 } });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['email', 'extra', 'name', 'slug']);
    expect(body.errors.find((e) => e.field === 'email')?.message).toContain('e-mail');
  });

  it('is refused to a coordinator (404, nothing revealed)', async () => {
    expect((await t.call('GET', '/api/admin/sportelli', { cookie: coordCookie })).status).toBe(404);
    expect((await t.call('GET', '/api/admin/mail', { cookie: coordCookie })).status).toBe(404);
  });

  it('reads the mail log', async () => {
    const res = await t.call('GET', '/api/admin/mail', { cookie: adminCookie });
    expect(res.status).toBe(200);
  });
});

describe('provinces served', () => {
  it('lets the coordinator set them and refuses a province another sportello serves', async () => {
    const other = await makeSportello(t.db, ['015']);
    const ok = await t.call('PUT', `/api/sportelli/${sportelloId}/provinces`, { cookie: coordCookie, body: { provinceCodes: ['098', '108'] } });
    expect(ok.status).toBe(200);
    const taken = await t.call('PUT', `/api/sportelli/${sportelloId}/provinces`, { cookie: coordCookie, body: { provinceCodes: ['098', '015'] } });
    expect(taken.status).toBe(409);
    const detail = (await (await t.call('GET', `/api/sportelli/${sportelloId}`, { cookie: coordCookie })).json()) as { sportello: { provinces: { code: string }[] }; abilities: Record<string, boolean> };
    expect(detail.sportello.provinces.map((p) => p.code).sort()).toEqual(['098', '108']);
    expect(detail.abilities).toEqual({ update: true, manageMembers: true, invite: true });
    expect(other.id).not.toBe(sportelloId);
  });
});

describe('invitations', () => {
  it('invites an angel by e-mail; the invitee signs up and accepts', async () => {
    const invite = await t.call('POST', `/api/sportelli/${sportelloId}/invitations`, { cookie: coordCookie, body: { email: 'nuovo.angel@example.test', role: 'angel' } });
    expect(invite.status).toBe(201);
    const mail = await t.mailbox.waitFor('nuovo.angel@example.test');
    expect(mail.text).toContain('Chiara Coord');
    const token = firstLink(mail.text).split('/invito/')[1]!;

    const preview = await t.call('GET', `/api/invitations/${token}`);
    expect(await preview.json()).toMatchObject({ role: 'angel', email: 'nuovo.angel@example.test' });

    const pending = (await (await t.call('GET', `/api/sportelli/${sportelloId}/invitations`, { cookie: coordCookie })).json()) as { items: { email: string }[] };
    expect(pending.items.map((i) => i.email)).toContain('nuovo.angel@example.test');

    const signUp = await t.call('POST', '/api/auth/sign-up/email', { body: { name: 'Nuovo Angel', email: 'nuovo.angel@example.test', password: 'password-lunga-123' } });
    const cookie = cookieFrom(signUp);
    const accept = await t.call('POST', `/api/invitations/${token}/accept`, { cookie });
    expect(accept.status).toBe(200);
    const mine = (await (await t.call('GET', '/api/me', { cookie })).json()) as { memberships: { sportelloId: string; role: string }[] };
    expect(mine.memberships).toEqual([expect.objectContaining({ sportelloId, role: 'angel' })]);
    // Used once.
    expect((await t.call('POST', `/api/invitations/${token}/accept`, { cookie })).status).toBe(404);
  });

  it('refuses an invitation accepted by another account', async () => {
    await t.call('POST', `/api/sportelli/${sportelloId}/invitations`, { cookie: coordCookie, body: { email: 'giusto@example.test', role: 'coordinator' } });
    const token = firstLink((await t.mailbox.waitFor('giusto@example.test')).text).split('/invito/')[1]!;
    const intruder = await makeUser(t.db);
    const res = await t.call('POST', `/api/invitations/${token}/accept`, { cookie: await t.signIn(intruder.email) });
    expect(res.status).toBe(403);
  });

  it('revokes a pending invitation', async () => {
    const created = (await (await t.call('POST', `/api/sportelli/${sportelloId}/invitations`, { cookie: coordCookie, body: { email: 'revoca@example.test', role: 'angel' } })).json()) as { id: string };
    const token = firstLink((await t.mailbox.waitFor('revoca@example.test')).text).split('/invito/')[1]!;
    expect((await t.call('DELETE', `/api/sportelli/${sportelloId}/invitations/${created.id}`, { cookie: coordCookie })).status).toBe(204);
    expect((await t.call('GET', `/api/invitations/${token}`)).status).toBe(404);
  });

  it('refuses bad invitation input and stores nothing', async () => {
    const before = ((await (await t.call('GET', `/api/sportelli/${sportelloId}/invitations`, { cookie: coordCookie })).json()) as { items: unknown[] }).items.length;
    for (const body of [{}, { email: 'x', role: 'angel' }, { email: 'a@example.test', role: 'boss' }, { email: 'a@example.test', role: 'angel', sportelloId: 'x' }, { email: `${'a'.repeat(300)}@x.it`, role: 'angel' }]) {
      const res = await t.call('POST', `/api/sportelli/${sportelloId}/invitations`, { cookie: coordCookie, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    const after = ((await (await t.call('GET', `/api/sportelli/${sportelloId}/invitations`, { cookie: coordCookie })).json()) as { items: unknown[] }).items.length;
    expect(after).toBe(before);
  });
});

describe('businesses', () => {
  it('routes a new business to the sportello of its comune and keeps HTML as plain text', async () => {
    const owner = await makeUser(t.db);
    const cookie = await t.signIn(owner.email);
    const res = await t.call('POST', '/api/businesses', {
      cookie,
      body: { name: "<script>alert(1)</script> Bar'; drop table business;--", comuneIstat: '098031', atecoDivision: '56', employees: 3 },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; name: string; sportelloId: string };
    expect(created.sportelloId).toBe(sportelloId);
    expect(created.name).toContain('<script>');
    const listed = (await (await t.call('GET', `/api/sportelli/${sportelloId}/businesses`, { cookie: coordCookie })).json()) as { items: { id: string }[] };
    expect(listed.items.map((b) => b.id)).toContain(created.id);
  });

  it('refuses an unknown comune', async () => {
    const owner = await makeUser(t.db);
    const res = await t.call('POST', '/api/businesses', { cookie: await t.signIn(owner.email), body: { name: 'Bar', comuneIstat: '000000' } });
    expect(res.status).toBe(422);
  });
});

describe('account', () => {
  it('keeps the language per user and answers errors in it', async () => {
    const u = await makeUser(t.db);
    const cookie = await t.signIn(u.email);
    const res = await t.call('PATCH', '/api/me', { cookie, body: { locale: 'en' } });
    expect(((await res.json()) as { user: { locale: string } }).user.locale).toBe('en');
    const err = await t.call('PATCH', '/api/me', { cookie, body: { locale: 'fr' } });
    expect(err.status).toBe(422);
    expect(((await err.json()) as { detail: string }).detail).toBe('Some data is not valid. Check the marked fields.');
  });
});
