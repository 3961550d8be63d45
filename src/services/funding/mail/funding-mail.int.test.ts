import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, fundingFollow, fundingSubscriber } from '../../../db/schema/index.js';
import { readCallsText } from '../../../domain/funding/read-calls-text.js';
import type { TCall } from '../../../domain/funding/types.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../../../test/app.js';
import { makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { SNAPSHOT_FILE } from '../../../test/funding-snapshot.js';
import { saveCalls } from '../call-store.js';
import { loadFundingGeography } from '../check-calls.js';
import { sendFundingAlerts } from './send-alerts.js';
import { sendFundingDigests } from './send-digests.js';

let t: TTestApp;
let ownerEmail: string;
let ownerId: string;
let businessId: string;
let openingId: string;

const deps = () => ({ db: t.db, mailer: t.deps.mailer, baseUrl: TEST_BASE_URL });

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['015']);
  const owner = await makeUser(t.db, { name: 'Lucia' });
  ownerEmail = owner.email;
  ownerId = owner.id;
  const biz = await makeBusiness(t.db, owner.id, desk.id, '015146');
  businessId = biz.id;
  await t.db.update(business).set({ atecoCode: '47.72.10', employees: 3, annualTurnoverEur: 200_000, balanceSheetEur: 100_000, foundedOn: '2010-01-01', legalForm: 'srl' }).where(eq(business.id, biz.id));

  // A real national call for every size and sector, given the dates each case needs.
  const { comuni } = await loadFundingGeography();
  const read = readCallsText(fs.readFileSync(SNAPSHOT_FILE, 'utf8'), { comuni });
  if (!read.ok) throw new Error('snapshot unreadable');
  const base = read.calls.find((c) => c.national && c.sizes === 'all' && c.ateco === 'all' && c.curatedRules.length === 0)!;
  const dated = (id: string, title: string, opensDay: string, closesDay: string): TCall => ({ ...base, id, title, opensDay, closesDay, closing: 'date', raw: { ...(base.raw as object), ID_Incentivo: id } });
  const saved = await saveCalls(t.db, [dated('t-1', 'Voucher vetrine 2026', '2026-12-01', '2026-12-20'), dated('t-2', 'Fondo botteghe 2027', '2026-11-01', '2027-02-28')]);
  openingId = saved.ids.get('t-1')!;
  await t.db.insert(fundingFollow).values({ businessId, callId: openingId, userId: ownerId, createdAt: new Date('2026-11-20T10:00:00Z') });
});
afterAll(() => t.close());

describe('alerts of a followed call', () => {
  it('says it opens once, even when two instances run at once, and not again the next day', async () => {
    const counts = await Promise.all([sendFundingAlerts(deps(), '2026-12-01'), sendFundingAlerts(deps(), '2026-12-01')]);
    expect(counts[0]! + counts[1]!).toBe(1);
    const [mail] = await Promise.all([t.mailbox.waitFor(ownerEmail, (m) => m.subject.startsWith('È aperto'))]);
    expect(mail.subject).toBe('È aperto: Voucher vetrine 2026');
    expect(mail.text).toContain('Chiude il 20 dicembre 2026.');
    expect(mail.text).toContain(`${TEST_BASE_URL}/bandi/voucher-vetrine-2026-t-1`);
    expect(mail.headers['list-unsubscribe']).toContain('/api/funding/unsubscribe/');
    expect(mail.text).toContain('Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(await sendFundingAlerts(deps(), '2026-12-02')).toBe(0);
  });

  it('reminds with the days left, counted with the plural rules, 14 and 3 days before', async () => {
    expect(await sendFundingAlerts(deps(), '2026-12-05')).toBe(0);
    expect(await sendFundingAlerts(deps(), '2026-12-10')).toBe(1);
    const ten = await t.mailbox.waitFor(ownerEmail, (m) => m.subject.startsWith('Mancano'));
    expect(ten.subject).toBe('Mancano 10 giorni: Voucher vetrine 2026');
    expect(ten.text).toContain('chiude il 20 dicembre 2026. Mancano 10 giorni.');
    expect(await sendFundingAlerts(deps(), '2026-12-11')).toBe(0);
    expect(await sendFundingAlerts(deps(), '2026-12-19')).toBe(1);
    const last = await t.mailbox.waitFor(ownerEmail, (m) => m.subject.startsWith('Ultimi'));
    expect(last.subject).toBe('Ultimi giorni, manca 1 giorno: Voucher vetrine 2026');
    expect(last.text).toContain('Manca 1 giorno.');
    expect(await sendFundingAlerts(deps(), '2026-12-20')).toBe(0);
  });
});

describe('the weekly digest and the one-click unsubscribe', () => {
  it('lists the new calls that fit once a week, then nothing after a one-click unsubscribe', async () => {
    const now = new Date();
    expect(await Promise.all([sendFundingDigests(deps(), '2026-12-07', now), sendFundingDigests(deps(), '2026-12-07', now)]).then((c) => c[0]! + c[1]!)).toBe(1);
    const digest = await t.mailbox.waitFor(ownerEmail, (m) => m.subject.includes('bandi nuovi'));
    expect(digest.subject).toBe('2 bandi nuovi per Bottega di prova');
    expect(digest.text).toContain('sono usciti 2 bandi che possono andare bene per Bottega di prova');
    expect(digest.text).toContain('Voucher vetrine 2026');
    expect(digest.text).toContain(`${TEST_BASE_URL}/bandi/fondo-botteghe-2027-t-2`);

    const [{ token }] = (await t.db.select({ token: fundingSubscriber.unsubscribeToken }).from(fundingSubscriber).where(eq(fundingSubscriber.userId, ownerId))) as [{ token: string }];
    const ask = await t.app.request(`${TEST_BASE_URL}/api/funding/unsubscribe/${token}`, { headers: { accept: 'text/html' } });
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('<form method="post"');
    // A mail program's one-click: POST without a browser's Origin.
    const click = await t.app.request(`${TEST_BASE_URL}/api/funding/unsubscribe/${token}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(click.status).toBe(200);
    const [settings] = await t.db.select().from(fundingSubscriber).where(eq(fundingSubscriber.userId, ownerId));
    expect(settings).toMatchObject({ digest: false, alerts: false });

    await t.db.update(fundingSubscriber).set({ lastDigestAt: null }).where(eq(fundingSubscriber.userId, ownerId));
    expect(await sendFundingDigests(deps(), '2026-12-14', now)).toBe(0);
    const unknown = await t.app.request(`${TEST_BASE_URL}/api/funding/unsubscribe/${'x'.repeat(32)}`, { method: 'POST' });
    expect(unknown.status).toBe(404);
  });

  it('lets a signed-in person turn each mail back on', async () => {
    const cookie = await t.signIn(ownerEmail);
    const put = await t.call('PUT', '/api/me/funding-mail', { cookie, body: { digest: true } });
    expect(await put.json()).toEqual({ digest: true, alerts: false });
    const bad = await t.call('PUT', '/api/me/funding-mail', { cookie, body: { digest: 'yes' } });
    expect(bad.status).toBe(422);
    expect(await (await t.call('GET', '/api/me/funding-mail', { cookie })).json()).toEqual({ digest: true, alerts: false });
    expect((await t.call('GET', '/api/me/funding-mail')).status).toBe(401);
  });
});
