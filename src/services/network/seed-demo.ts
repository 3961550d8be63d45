import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { angelProfile, appSetting, availabilityRule, business, comune, membership, sportello, sportelloProvince } from '../../db/schema/index.js';
import { projectPath } from '../../config/paths.js';
import { createUserWithPassword } from '../auth/create-user.js';
import { seedDemoInsights } from '../insights/seed-demo-insights.js';
import { seedDemoAssignAll } from '../assignment/seed-demo-assign-all.js';
import { seedDemoThreads } from '../community/threads/seed-demo-threads.js';
import { seedDemoFunding } from '../funding/seed-demo-funding.js';
import { seedDemoFundingRules } from '../funding/seed-demo-rules.js';
import { seedDemoInbox } from '../inbox/seed-demo-inbox.js';
import { seedDemoAuthoring } from '../library/authoring/seed-demo-lessons.js';
import { createFileStore } from '../library/files/file-store.js';
import { seedDemoMedia } from '../library/files/seed-demo-media.js';
import { fingerprintLessonDir, importLessonDir } from '../library/import-lessons.js';
import { seedDemoLessonLinks } from '../library/seed-demo-lesson-links.js';
import { DEMO_PLAN, seedDemoPlan, seedDemoPlanCall } from '../plans/seed-demo-plan.js';
import { seedDemoTraps } from '../traps/seed-demo-traps.js';
import { seedDemoSolutions } from '../solutions/seed-demo-solutions.js';
import { createBusiness } from './businesses.js';
import { DEMO_ADMIN, DEMO_ANGEL_PROFILES, DEMO_BUSINESSES, DEMO_MEMBERS, DEMO_PASSWORD, DEMO_SPORTELLI, DEMO_WEEKLY_HOURS } from './demo-data.js';
import { ensureNetwork } from './ensure-network.js';

/**
 * Puts the demo network in place. Each item is found by its natural key (slug,
 * e-mail, name) before it is created, so running it again adds only what is missing.
 * With `filesDir` (DATA_DIR/files), the lessons' demo video and templates are stored there too.
 */
export async function seedDemo(db: TDb, onStep: (label: string) => void = () => {}, options: { filesDir?: string } = {}): Promise<void> {
  const networkId = await ensureNetwork(db);
  const sportelloIds = new Map<string, string>();
  for (const desk of DEMO_SPORTELLI) {
    await db
      .insert(sportello)
      .values({ networkId, slug: desk.slug, name: desk.name, email: desk.email, phone: desk.phone, address: desk.address })
      .onConflictDoNothing();
    const [row] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, desk.slug));
    sportelloIds.set(desk.slug, row!.id);
    await db
      .insert(sportelloProvince)
      .values(desk.provinces.map((provinceCode) => ({ sportelloId: row!.id, networkId, provinceCode })))
      .onConflictDoNothing();
    onStep(desk.name);
  }

  // Hashed once, and only if an account is missing; every demo account has the same public password.
  let hashed: Promise<string> | undefined;
  const passwordHash = () => (hashed ??= hashPassword(DEMO_PASSWORD));
  await createUserWithPassword(db, { ...DEMO_ADMIN, password: DEMO_PASSWORD, passwordHash, isAdmin: true });
  onStep(DEMO_ADMIN.email);
  for (const member of DEMO_MEMBERS) {
    const { id } = await createUserWithPassword(db, { email: member.email, name: member.name, password: DEMO_PASSWORD, passwordHash });
    await db.insert(membership).values({ userId: id, sportelloId: sportelloIds.get(member.sportello)!, role: member.role }).onConflictDoNothing();
    const angel = DEMO_ANGEL_PROFILES[member.email as keyof typeof DEMO_ANGEL_PROFILES];
    if (angel) await seedAngelProfile(db, id, sportelloIds.get(member.sportello)!, angel);
    onStep(member.email);
  }

  for (const item of DEMO_BUSINESSES) {
    const { id: ownerId } = await createUserWithPassword(db, { email: item.owner, name: item.ownerName, password: DEMO_PASSWORD, passwordHash });
    const [existing] = await db.select({ id: business.id }).from(business).where(eq(business.name, item.name));
    if (!existing) await createBusiness(db, ownerId, { name: item.name, comuneIstat: item.comune, atecoDivision: item.ateco, employees: item.employees });
    onStep(item.name);
  }

  // Open requests at Sportello Milano, so "Assegna tutte" has something to propose.
  await seedDemoAssignAll(db);
  // A newcomer signed in as the angel or the baker sees a relaunch plan under way.
  await seedDemoPlan(db);
  onStep(DEMO_PLAN.business);
  // A year of past journeys in Milano, so the funnel and the impact have something to show.
  await seedDemoInsights(db);

  // The method library's lessons, written for the project (resources/lessons), published. Every
  // start seeds: checking 36 lessons costs ~150 ms, so they are read again only when the files changed.
  const folder = projectPath('resources', 'lessons');
  const fingerprint = await fingerprintLessonDir(folder);
  const [seen] = await db.select({ value: appSetting.value }).from(appSetting).where(eq(appSetting.key, DEMO_LESSONS_KEY));
  if (seen?.value !== fingerprint) {
    const lessons = await importLessonDir(db, folder);
    if (!lessons.isApplied) throw new Error(`demo lessons refused: ${lessons.files.filter((f) => f.outcome === 'refused').map((f) => f.file).join(', ')}`);
    await db.insert(appSetting).values({ key: DEMO_LESSONS_KEY, value: fingerprint }).onConflictDoUpdate({ target: appSetting.key, set: { value: fingerprint } });
  }
  // Bari's angel writes lessons; Bari's coordinator has a lesson to review.
  await seedDemoAuthoring(db);
  // Lessons where people need them: one plan action links a lesson, the angel suggests another.
  await seedDemoLessonLinks(db);
  // A few community discussions: one solved, one question waiting for days, one story.
  await seedDemoThreads(db);
  // "Attenzione a": six warnings linked to lessons and plan areas, and an ascolto that speaks of one.
  await seedDemoTraps(db);
  onStep('lessons');

  // The real national catalogue of incentives (Incentivi.gov.it, 12 July 2025) and the demo businesses' facts.
  await seedDemoFunding(db);
  // Curated rules on three real calls (Nuova Sabatini, Fondo di Garanzia PMI, Lazio Fondo Piccolo Credito).
  await seedDemoFundingRules(db);
  // The bakery's plan has an action about a real call (the Fondo di Garanzia per le PMI).
  await seedDemoPlanCall(db);
  onStep('funding');
  // The Milano inbox: requests waiting, taken, archived, a duplicate, one passed on by Bari.
  await seedDemoInbox(db);
  // Fifteen vetted solutions (issue 16), one used in the bakery's plan with its outcome and review.
  await seedDemoSolutions(db);

  // The demo video of "Il sito a 99 euro" and the six templates (resources/media, resources/templates).
  if (options.filesDir) await seedDemoMedia(db, createFileStore(options.filesDir));
}

/** app_setting key: the fingerprint of the lesson folder last imported by the demo seed. */
const DEMO_LESSONS_KEY = 'demo_lessons_fingerprint';

/** How many steps `seedDemo` reports, for progress bars. */
export const DEMO_STEPS = DEMO_SPORTELLI.length + 1 + DEMO_MEMBERS.length + DEMO_BUSINESSES.length + 3;

async function seedAngelProfile(db: TDb, userId: string, sportelloId: string, angel: (typeof DEMO_ANGEL_PROFILES)[keyof typeof DEMO_ANGEL_PROFILES]) {
  const [place] = await db.select({ lat: comune.lat, lon: comune.lon }).from(comune).where(eq(comune.istat, angel.comune));
  const inserted = await db
    .insert(angelProfile)
    .values({
      userId,
      sportelloId,
      status: 'qualified',
      skills: [...angel.skills],
      sectors: [...angel.sectors],
      baseComuneIstat: angel.comune,
      lat: place!.lat,
      lon: place!.lon,
      radiusKm: angel.radiusKm,
      modes: [...angel.modes],
      languages: [...angel.languages],
      capacity: angel.capacity,
      presentation: angel.presentation,
      whatsappPhone: angel.whatsapp,
      isWhatsappAllowed: angel.whatsapp !== null,
      decisionReason: 'Profilo dimostrativo.',
      reviewedAt: new Date(),
    })
    .onConflictDoNothing()
    .returning({ userId: angelProfile.userId });
  if (inserted.length) await db.insert(availabilityRule).values(DEMO_WEEKLY_HOURS.map((h) => ({ ...h, angelUserId: userId })));
}
