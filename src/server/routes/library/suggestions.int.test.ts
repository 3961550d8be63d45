import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { makeLesson } from '../../../test/lessons.js';

let t: TTestApp;
let bizId: string;
let ownerEmail: string;
const cookies: Record<'owner' | 'angel' | 'otherAngel' | 'coordinator' | 'otherCoordinator', string> = { owner: '', angel: '', otherAngel: '', coordinator: '', otherCoordinator: '' };

type TList = { items: { id: string; lesson: { slug: string; title: string }; note: string | null; suggestedBy: { name: string } | null }[]; abilities: { suggest: boolean; dismiss: boolean } };
const path = () => `/api/businesses/${bizId}/lesson-suggestions`;
const suggest = (who: keyof typeof cookies | null, body: unknown) => t.call('POST', path(), { cookie: who ? cookies[who] : undefined, body });
const list = async (who: keyof typeof cookies) => (await (await t.call('GET', path(), { cookie: cookies[who] })).json()) as TList;

beforeAll(async () => {
  t = await createTestApp();
  const bari = await makeSportello(t.db, ['072']);
  const lecce = await makeSportello(t.db, ['075']);
  const owner = await makeUser(t.db);
  const biz = await makeBusiness(t.db, owner.id, bari.id, '072006');
  bizId = biz.id;
  ownerEmail = owner.email;
  const angel = await makeAngel(t.db, bari.id, { comuneIstat: '072006' });
  await t.db.insert(assignment).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: bari.id });
  const otherAngel = await makeAngel(t.db, bari.id, { comuneIstat: '072006' });
  const coordinator = await makeUser(t.db, { name: 'Carla Coordinatrice' });
  await addMember(t.db, coordinator.id, bari.id, 'coordinator');
  const otherCoordinator = await makeUser(t.db);
  await addMember(t.db, otherCoordinator.id, lecce.id, 'coordinator');
  cookies.owner = await t.signIn(owner.email);
  cookies.angel = await t.signIn(angel.email);
  cookies.otherAngel = await t.signIn(otherAngel.email);
  cookies.coordinator = await t.signIn(coordinator.email);
  cookies.otherCoordinator = await t.signIn(otherCoordinator.email);
  await makeLesson(t.db, { slug: 'fatti-trovare-sulle-mappe', title: 'Fatti trovare sulle mappe', areas: ['communication'] });
  await makeLesson(t.db, { slug: 'il-tuo-cliente-tipo', title: 'Il tuo cliente tipo', areas: ['marketing'] });
  await makeLesson(t.db, { slug: 'lezione-in-bozza', status: 'draft' });
});
afterAll(() => t.close());

describe('suggesting a lesson to a business, role by role', () => {
  it('lets the assigned angel suggest a published lesson with a note, and the entrepreneur read it', async () => {
    const res = await suggest('angel', { lessonSlug: 'fatti-trovare-sulle-mappe', note: 'Partiamo da qui.' });
    expect(res.status).toBe(201);
    const mine = await list('owner');
    expect(mine.items.map((i) => [i.lesson.slug, i.lesson.title, i.note, i.suggestedBy?.name])).toEqual([['fatti-trovare-sulle-mappe', 'Fatti trovare sulle mappe', 'Partiamo da qui.', 'Angela Prova']]);
    expect(mine.abilities).toEqual({ suggest: false, dismiss: true });
    expect((await list('angel')).abilities).toEqual({ suggest: true, dismiss: false });
    const mail = await t.mailbox.waitFor(ownerEmail);
    expect(mail.subject).toBe('Angela Prova ti suggerisce una lezione');
    expect(mail.text).toContain('«Fatti trovare sulle mappe»');
    expect(mail.text).toContain('«Partiamo da qui.»');
  });

  it('keeps one suggestion per lesson: asked again, the note is updated', async () => {
    const again = await suggest('angel', { lessonSlug: 'fatti-trovare-sulle-mappe', note: 'Prima di tutto questa.' });
    expect(again.status).toBe(200);
    const items = (await list('owner')).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.note).toBe('Prima di tutto questa.');
    // Only a new suggestion is mailed: a changed note is not news worth a second mail.
    expect(t.mailbox.messages.filter((m) => m.to === ownerEmail)).toHaveLength(1);
  });

  it('lets the sportello’s coordinator suggest too', async () => {
    expect((await suggest('coordinator', { lessonSlug: 'il-tuo-cliente-tipo' })).status).toBe(201);
    expect((await list('coordinator')).items.map((i) => i.lesson.slug)).toEqual(['il-tuo-cliente-tipo', 'fatti-trovare-sulle-mappe']);
  });

  it('hides the business from another angel and another sportello’s coordinator (404), refuses the entrepreneur (403) and a visitor (401)', async () => {
    for (const who of ['otherAngel', 'otherCoordinator'] as const) {
      expect((await suggest(who, { lessonSlug: 'il-tuo-cliente-tipo' })).status).toBe(404);
      expect((await t.call('GET', path(), { cookie: cookies[who] })).status).toBe(404);
    }
    const own = await suggest('owner', { lessonSlug: 'il-tuo-cliente-tipo' });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { code: string }).code).toBe('policy.forbidden');
    expect((await suggest(null, { lessonSlug: 'il-tuo-cliente-tipo' })).status).toBe(401);
    expect((await t.call('GET', path())).status).toBe(401);
  });

  it('refuses a lesson that is not published, and a note that is too long, next to the field, changing nothing', async () => {
    const before = (await list('owner')).items;
    for (const slug of ['lezione-in-bozza', 'non-esiste']) {
      const res = await suggest('angel', { lessonSlug: slug });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'lessonSlug', message: 'unknown_lesson' }]);
    }
    const long = await suggest('angel', { lessonSlug: 'il-tuo-cliente-tipo', note: 'x'.repeat(281) });
    expect(long.status).toBe(422);
    expect(((await long.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('note');
    expect((await list('owner')).items).toEqual(before);
  });

  it('lets the entrepreneur hide a suggestion, and nobody else', async () => {
    const [first] = (await list('owner')).items;
    const hide = (who: keyof typeof cookies) => t.call('DELETE', `${path()}/${first!.id}`, { cookie: cookies[who] });
    expect((await hide('angel')).status).toBe(403);
    expect((await hide('otherCoordinator')).status).toBe(404);
    expect((await hide('owner')).status).toBe(200);
    expect((await hide('owner')).status).toBe(200);
    expect((await list('owner')).items.map((i) => i.id)).not.toContain(first!.id);
    expect((await t.call('DELETE', `${path()}/${crypto.randomUUID()}`, { cookie: cookies.owner })).status).toBe(404);
  });
});
