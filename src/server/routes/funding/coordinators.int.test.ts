import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, fundingCall, fundingImport, fundingInvitation, fundingRule } from '../../../db/schema/index.js';
import { startJobRunner } from '../../../jobs/runner.js';
import { seedDemoFundingRules } from '../../../services/funding/seed-demo-rules.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { seedSnapshotCalls } from '../../../test/funding-snapshot.js';

let t: TTestApp;
let deskA: string;
let deskB: string;
const cookies: Record<'coordA' | 'coordB' | 'angelA' | 'owner' | 'admin', string> = { coordA: '', coordB: '', angelA: '', owner: '', admin: '' };
const biz: Record<'fits' | 'noAteco' | 'otherSector' | 'tooBig' | 'otherDesk', string> = { fits: '', noAteco: '', otherSector: '', tooBig: '', otherDesk: '' };
let ownerEmail = '';
let snapshotIds: Map<string, string>;

/** A call open for decades from now, for shops (ATECO 47) of Lombardia, micro and small. */
const goodCall = (overrides: Record<string, unknown> = {}) => ({
  title: 'Voucher vetrine digitali Milano',
  opensOn: '2026-01-01',
  closesOn: '2099-12-31',
  regions: ['03'],
  sizes: ['micro', 'small'],
  ateco: ['47'],
  kinds: ['grant'],
  areas: ['ecommerce'],
  amounts: { grantMin: 1000, grantMax: 5000 },
  link: 'https://www.mi.camcom.it/voucher',
  ...overrides,
});

async function ownCallCount(sportelloId: string) {
  const [row] = await t.db.select({ n: count() }).from(fundingCall).where(eq(fundingCall.sportelloId, sportelloId));
  return row!.n;
}

function postCsv(path: string, csv: string, cookie: string) {
  return Promise.resolve(t.app.request(`${TEST_BASE_URL}${path}`, { method: 'POST', headers: { origin: TEST_BASE_URL, cookie, 'content-type': 'text/csv; charset=utf-8' }, body: csv }));
}

beforeAll(async () => {
  t = await createTestApp();
  deskA = (await makeSportello(t.db, ['015'])).id;
  deskB = (await makeSportello(t.db, ['058'])).id;
  const coordA = await makeUser(t.db);
  const coordB = await makeUser(t.db);
  const admin = await makeUser(t.db, { isAdmin: true });
  const owner = await makeUser(t.db);
  ownerEmail = owner.email;
  await addMember(t.db, coordA.id, deskA, 'coordinator');
  await addMember(t.db, coordB.id, deskB, 'coordinator');
  const angel = await makeAngel(t.db, deskA);
  const make = async (facts: Partial<typeof business.$inferInsert>, sportelloId = deskA, comune = '015146') => {
    const row = await makeBusiness(t.db, owner.id, sportelloId, comune);
    await t.db.update(business).set(facts).where(eq(business.id, row.id));
    return row.id;
  };
  biz.fits = await make({ name: 'Merceria Rossi', atecoCode: '47.71.10', employees: 3, annualTurnoverEur: 200_000 });
  biz.noAteco = await make({ name: 'Bottega Bianchi', employees: 2, annualTurnoverEur: 90_000 });
  biz.otherSector = await make({ name: 'Trattoria Verdi', atecoCode: '56.10.11', employees: 4, annualTurnoverEur: 300_000 });
  biz.tooBig = await make({ name: 'Grande Magazzino', atecoCode: '47.19.10', employees: 300, annualTurnoverEur: 80_000_000 });
  biz.otherDesk = await make({ name: 'Negozio Romano', atecoCode: '47.71.10', employees: 3, annualTurnoverEur: 200_000 }, deskB, '058091');
  cookies.coordA = await t.signIn(coordA.email);
  cookies.coordB = await t.signIn(coordB.email);
  cookies.angelA = await t.signIn(angel.email);
  cookies.owner = await t.signIn(owner.email);
  cookies.admin = await t.signIn(admin.email);
  snapshotIds = await seedSnapshotCalls(t.db);
});
afterAll(() => t.close());

describe('own calls', () => {
  let callId = '';

  it('a coordinator adds, reads, changes and lists their sportello’s call', async () => {
    const created = await t.call('POST', `/api/sportelli/${deskA}/funding/calls`, { cookie: cookies.coordA, body: goodCall() });
    expect(created.status, await created.clone().text()).toBe(201);
    const view = (await created.json()) as { id: string; code: string; closesDay: string; input: Record<string, unknown> };
    callId = view.id;
    expect(view.closesDay).toBe('2099-12-31');
    expect(view.input.title).toBe('Voucher vetrine digitali Milano');
    const [row] = await t.db.select().from(fundingCall).where(eq(fundingCall.id, callId));
    expect(row).toMatchObject({ source: 'sportello', sportelloId: deskA });

    const patched = await t.call('PATCH', `/api/sportelli/${deskA}/funding/calls/${callId}`, { cookie: cookies.coordA, body: { title: 'Voucher vetrine digitali 2027' } });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { title: string; code: string }).title).toBe('Voucher vetrine digitali 2027');

    const list = (await (await t.call('GET', `/api/sportelli/${deskA}/funding/calls`, { cookie: cookies.coordA })).json()) as { items: { id: string }[] };
    expect(list.items.map((c) => c.id)).toEqual([callId]);
    expect((await t.call('GET', `/api/sportelli/${deskA}/funding/calls/${callId}`, { cookie: cookies.admin })).status).toBe(200);
  });

  it('hides another sportello’s calls (404) and refuses angels, entrepreneurs and visitors', async () => {
    expect((await t.call('GET', `/api/sportelli/${deskA}/funding/calls`, { cookie: cookies.coordB })).status).toBe(404);
    expect((await t.call('GET', `/api/sportelli/${deskA}/funding/calls/${callId}`, { cookie: cookies.coordB })).status).toBe(404);
    // Through their own sportello's address the call is not theirs either.
    expect((await t.call('GET', `/api/sportelli/${deskB}/funding/calls/${callId}`, { cookie: cookies.coordB })).status).toBe(404);
    expect((await t.call('PATCH', `/api/sportelli/${deskB}/funding/calls/${callId}`, { cookie: cookies.coordB, body: { title: 'Preso' } })).status).toBe(404);
    expect((await t.call('DELETE', `/api/sportelli/${deskB}/funding/calls/${callId}`, { cookie: cookies.coordB })).status).toBe(404);
    expect((await t.call('POST', `/api/sportelli/${deskA}/funding/calls`, { cookie: cookies.coordB, body: goodCall() })).status).toBe(404);
    expect((await t.call('POST', `/api/sportelli/${deskA}/funding/calls`, { cookie: cookies.angelA, body: goodCall() })).status).toBe(403);
    expect((await t.call('GET', `/api/sportelli/${deskA}/funding/calls`, { cookie: cookies.owner })).status).toBe(404);
    expect((await t.call('GET', `/api/sportelli/${deskA}/funding/calls`)).status).toBe(401);
    expect(await ownCallCount(deskA)).toBe(1);
  });

  it('refuses bad data field by field and stores nothing', async () => {
    const before = await ownCallCount(deskA);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ opensOn: '2027-03-01', closesOn: '2027-02-01' }, 'closesOn', /chiusura viene prima/],
      [{ amounts: { grantMax: -5 } }, 'amounts.grantMax', /negativo/],
      [{ amounts: { grantMin: 9000, grantMax: 5000 } }, 'amounts.grantMin', /più alto del massimo/],
      [{ areas: [] }, 'areas', /almeno un bisogno/],
    ];
    for (const [overrides, field, message] of cases) {
      const res = await t.call('POST', `/api/sportelli/${deskA}/funding/calls`, { cookie: cookies.coordA, body: goodCall(overrides) });
      expect(res.status).toBe(422);
      const body = (await res.json()) as { code: string; errors: { field: string; message: string }[] };
      expect(body.code).toBe('funding.invalid_call');
      expect(body.errors.find((e) => e.field === field)?.message).toMatch(message);
    }
    const patched = await t.call('PATCH', `/api/sportelli/${deskA}/funding/calls/${callId}`, { cookie: cookies.coordA, body: { opensOn: '2100-01-01' } });
    expect(patched.status).toBe(422);
    const [row] = await t.db.select({ opensDay: fundingCall.opensDay }).from(fundingCall).where(eq(fundingCall.id, callId));
    expect(row!.opensDay).toBe('2026-01-01');
    expect(await ownCallCount(deskA)).toBe(before);
  });

  it('lists the qualifying businesses: eligible first, then to verify with the missing fact; none of another sportello', async () => {
    const res = await t.call('GET', `/api/sportelli/${deskA}/funding/calls/${callId}/businesses`, { cookie: cookies.coordA });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; verdict: string; missing: string[]; questions: string[] }[] };
    expect(body.items.map((b) => [b.id, b.verdict])).toEqual([
      [biz.fits, 'eligible'],
      [biz.noAteco, 'to_verify'],
    ]);
    expect(body.items[1]!.missing).toEqual(['atecoCode']);
    expect(body.items[1]!.questions.join(' ')).toMatch(/ATECO/);
    expect((await t.call('GET', `/api/sportelli/${deskA}/funding/calls/${callId}/businesses`, { cookie: cookies.coordB })).status).toBe(404);
    expect((await t.call('GET', `/api/sportelli/${deskB}/funding/calls/${callId}/businesses`, { cookie: cookies.coordB })).status).toBe(404);
    expect((await t.call('GET', `/api/sportelli/${deskA}/funding/calls/${callId}/businesses`, { cookie: cookies.angelA })).status).toBe(403);
  });

  it('invites each qualifying business once, by e-mail to its people, through the job queue', async () => {
    const first = await t.call('POST', `/api/sportelli/${deskA}/funding/calls/${callId}/invitations`, { cookie: cookies.coordA, body: { businessIds: [biz.fits, biz.otherSector, biz.otherDesk] } });
    expect(first.status).toBe(200);
    const outcomes = ((await first.json()) as { items: { businessId: string; outcome: string }[] }).items;
    expect(outcomes).toEqual([
      expect.objectContaining({ businessId: biz.fits, outcome: 'invited' }),
      expect.objectContaining({ businessId: biz.otherSector, outcome: 'not_qualifying' }),
      expect.objectContaining({ businessId: biz.otherDesk, outcome: 'not_qualifying' }),
    ]);
    const again = await t.call('POST', `/api/sportelli/${deskA}/funding/calls/${callId}/invitations`, { cookie: cookies.coordA, body: { businessIds: [biz.fits] } });
    expect(((await again.json()) as { items: { outcome: string; message: string }[] }).items[0]).toMatchObject({ outcome: 'already_invited', message: 'Già invitato.' });
    expect((await t.call('POST', `/api/sportelli/${deskA}/funding/calls/${callId}/invitations`, { cookie: cookies.coordB, body: { businessIds: [biz.fits] } })).status).toBe(404);
    expect(await t.db.select().from(fundingInvitation).where(eq(fundingInvitation.callId, callId))).toHaveLength(1);

    const listed = (await (await t.call('GET', `/api/sportelli/${deskA}/funding/calls/${callId}/businesses`, { cookie: cookies.coordA })).json()) as { items: { id: string; invited: boolean }[] };
    expect(listed.items.find((b) => b.id === biz.fits)?.invited).toBe(true);

    const jobs = await startJobRunner(t.database.url, { db: t.db, mailer: t.deps.mailer, logger: t.deps.logger, baseUrl: TEST_BASE_URL }, { pollInterval: 100 });
    try {
      const mail = await t.mailbox.waitFor(ownerEmail, (m) => m.subject.startsWith('Un bando per'));
      expect(mail.subject).toBe('Un bando per Merceria Rossi: Voucher vetrine digitali 2027');
      expect(mail.text).toContain(`${TEST_BASE_URL}/bandi/`);
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      await jobs.stop();
    }
    expect(t.mailbox.messages.filter((m) => m.to === ownerEmail && m.subject.startsWith('Un bando per'))).toHaveLength(1);
  });

  it('withdraws a call', async () => {
    expect((await t.call('DELETE', `/api/sportelli/${deskA}/funding/calls/${callId}`, { cookie: cookies.coordA })).status).toBe(200);
    expect((await t.call('GET', `/api/sportelli/${deskA}/funding/calls/${callId}`, { cookie: cookies.coordA })).status).toBe(404);
  });
});

describe('the CSV import of own calls', () => {
  const header = 'Codice;Titolo;Apertura;Chiusura;Regioni;Dimensioni;ATECO;Tipo_aiuto;Bisogni;Aiuto_min;Aiuto_max';
  const rowA = 'v-1;Voucher export;2026-02-01;2099-06-30;03;micro,piccola;tutti;contributo;market_research;;10.000';
  const rowB = 'v-2;Prestito verde;2026-03-01;;nazionale;tutte;47;prestito;green;;';

  it('adds, then finds unchanged, then changed, and records each run', async () => {
    const first = await postCsv(`/api/sportelli/${deskB}/funding/calls/import`, `${header}\n${rowA}\n${rowB}\n`, cookies.coordB);
    expect(first.status, await first.clone().text()).toBe(200);
    expect(await first.json()).toMatchObject({ added: 2, changed: 0, unchanged: 0 });
    const again = await postCsv(`/api/sportelli/${deskB}/funding/calls/import`, `${header}\n${rowA}\n${rowB}\n`, cookies.coordB);
    expect(await again.json()).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    const form = new FormData();
    form.set('file', new File([`${header}\n${rowA.replace('Voucher export', 'Voucher export 2027')}\n`], 'bandi.csv', { type: 'text/csv' }));
    const multipart = await Promise.resolve(t.app.request(`${TEST_BASE_URL}/api/sportelli/${deskB}/funding/calls/import`, { method: 'POST', headers: { origin: TEST_BASE_URL, cookie: cookies.coordB }, body: form }));
    expect(await multipart.json()).toMatchObject({ added: 0, changed: 1, unchanged: 0 });
    const runs = await t.db.select().from(fundingImport).where(eq(fundingImport.sportelloId, deskB));
    expect(runs).toHaveLength(3);
    expect(runs.every((r) => r.source === 'sportello')).toBe(true);
    expect(runs.find((r) => r.fileName === 'bandi.csv')).toMatchObject({ changed: 1 });
    const [rolling] = await t.db.select().from(fundingCall).where(and(eq(fundingCall.sportelloId, deskB), eq(fundingCall.title, 'Prestito verde')));
    expect(rolling).toMatchObject({ national: true, closing: 'unknown', atecoPrefixes: ['47'] });
    const [grant] = await t.db.select().from(fundingCall).where(and(eq(fundingCall.sportelloId, deskB), eq(fundingCall.title, 'Voucher export 2027')));
    expect(grant).toMatchObject({ grantMax: 10_000, sizes: ['micro', 'small'] });
  });

  it('refuses a file with a broken row whole, naming row and column, and stores nothing', async () => {
    const calls = await ownCallCount(deskB);
    const runs = (await t.db.select().from(fundingImport).where(eq(fundingImport.sportelloId, deskB))).length;
    const broken = 'v-3;Bando rotto;2026-05-01;2026-04-01;03;tutte;tutti;contributo;finance;;';
    const res = await postCsv(`/api/sportelli/${deskB}/funding/calls/import`, `${header}\nv-9;Nuovo;2026-01-01;2099-01-01;03;tutte;tutti;contributo;finance;;\n${broken}\nv-4;Negativo;;;03;tutte;tutti;contributo;finance;-5;\n`, cookies.coordB);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; errors: { field: string; message: string }[] };
    expect(body.code).toBe('funding.import_refused');
    expect(body.errors.map((e) => e.message)).toEqual(['riga 3, campo Chiusura: La data di chiusura viene prima della data di apertura.', 'riga 4, campo Aiuto_min: L’aiuto minimo: un importo non può essere negativo.']);
    expect(await ownCallCount(deskB)).toBe(calls);
    expect(await t.db.select().from(fundingImport).where(eq(fundingImport.sportelloId, deskB))).toHaveLength(runs);
    const unknownColumn = await postCsv(`/api/sportelli/${deskB}/funding/calls/import`, 'Codice;Titolo;Scadenza\nx;Y;2026-01-01\n', cookies.coordB);
    expect(((await unknownColumn.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('riga 1, campo Scadenza: Non conosciamo la colonna "Scadenza".');
  });

  it('is the coordinators’ own: another sportello 404, an angel 403, XML 415', async () => {
    expect((await postCsv(`/api/sportelli/${deskB}/funding/calls/import`, `${header}\n${rowA}\n`, cookies.coordA)).status).toBe(404);
    expect((await postCsv(`/api/sportelli/${deskA}/funding/calls/import`, `${header}\n${rowA}\n`, cookies.angelA)).status).toBe(403);
    const xml = await Promise.resolve(t.app.request(`${TEST_BASE_URL}/api/sportelli/${deskB}/funding/calls/import`, { method: 'POST', headers: { origin: TEST_BASE_URL, cookie: cookies.coordB, 'content-type': 'application/xml' }, body: '<a/>' }));
    expect(xml.status).toBe(415);
  });
});

describe('curated rules', () => {
  const sabatini = () => snapshotIds.get('52')!;
  const source = 'https://www.mimit.gov.it/index.php/it/incentivi/agevolazioni-per-gli-investimenti-delle-pmi-in-beni-strumentali-nuova-sabatini';

  it('the network admin writes national rules; a coordinator only their sportello’s', async () => {
    const national = await t.call('POST', `/api/funding/calls/${sabatini()}/rules`, { cookie: cookies.admin, body: { rule: { fact: 'minYearsInBusiness', value: 1, sourceUrl: source } } });
    expect(national.status, await national.clone().text()).toBe(201);
    expect((await t.call('POST', `/api/funding/calls/${sabatini()}/rules`, { cookie: cookies.coordA, body: { rule: { fact: 'maxEmployees', value: 249, sourceUrl: source } } })).status).toBe(404);
    const own = await t.call('POST', `/api/funding/calls/${sabatini()}/rules`, { cookie: cookies.coordA, body: { sportelloId: deskA, rule: { fact: 'legalForms', value: ['srl', 'snc'], sourceUrl: source } } });
    expect(own.status).toBe(201);
    const ownRule = (await own.json()) as { id: string };
    expect((await t.call('POST', `/api/funding/calls/${sabatini()}/rules`, { cookie: cookies.coordB, body: { sportelloId: deskA, rule: { fact: 'maxEmployees', value: 9, sourceUrl: source } } })).status).toBe(404);
    expect((await t.call('POST', `/api/funding/calls/${sabatini()}/rules`, { cookie: cookies.owner, body: { sportelloId: deskA, rule: { fact: 'maxEmployees', value: 9, sourceUrl: source } } })).status).toBe(404);

    const seenByA = (await (await t.call('GET', `/api/funding/calls/${sabatini()}/rules?sportelloId=${deskA}`, { cookie: cookies.coordA })).json()) as { items: { sportelloId: string | null }[] };
    expect(seenByA.items.map((r) => r.sportelloId)).toEqual([null, deskA]);
    const seenByB = (await (await t.call('GET', `/api/funding/calls/${sabatini()}/rules?sportelloId=${deskB}`, { cookie: cookies.coordB })).json()) as { items: unknown[] };
    expect(seenByB.items).toHaveLength(1);
    expect((await t.call('DELETE', `/api/funding/calls/${sabatini()}/rules/${ownRule.id}`, { cookie: cookies.coordB })).status).toBe(404);
    expect((await t.call('DELETE', `/api/funding/calls/${sabatini()}/rules/${ownRule.id}`, { cookie: cookies.coordA })).status).toBe(200);
  });

  it('needs an https source for every rule', async () => {
    for (const rule of [{ fact: 'maxEmployees', value: 9 }, { fact: 'maxEmployees', value: 9, sourceUrl: 'http://www.mimit.gov.it/x' }]) {
      const res = await t.call('POST', `/api/funding/calls/${sabatini()}/rules`, { cookie: cookies.admin, body: { rule } });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('rule.sourceUrl');
    }
  });

  it('the demo rules land on the three real calls with their official links, once', async () => {
    await t.db.delete(fundingRule);
    expect(await seedDemoFundingRules(t.db)).toBe(3);
    expect(await seedDemoFundingRules(t.db)).toBe(0);
    const rows = await t.db.select().from(fundingRule);
    expect(rows.map((r) => r.callId).sort()).toEqual([snapshotIds.get('52'), snapshotIds.get('148'), snapshotIds.get('3494')].sort());
    expect(rows.find((r) => r.callId === snapshotIds.get('148'))!.sourceUrl).toBe('https://www.mimit.gov.it/index.php/it/incentivi/fondo-di-garanzia-per-le-pmi');
  });
});
