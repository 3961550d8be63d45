import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { lesson, sportello, trapLink, trapWarning } from '../../db/schema/index.js';
import type { TActor } from '../../domain/network/actor.js';
import { cleanCues } from '../../domain/traps/detect.js';
import { can } from '../../policy/index.js';
import type { TArea } from '../../shared/areas.js';
import { AppError, messageFor } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';

export type TTrapRow = typeof trapWarning.$inferSelect;

/** What a warning is written with (POST /api/traps, PATCH /api/traps/{id}); lines as arrays. */
export interface TTrapInput {
  slug: string;
  title: string;
  summary: string;
  recognise: string[];
  askBefore: string[];
  ifSigned: string[];
  cues: string[];
  areas: TArea[];
  sportelloId: string | null;
  links: { lessons: string[]; solutions: string[]; planAreas: TArea[] };
}

/** One warning as the API gives it: lines as lists, its links, and what the reader may do with it. */
export interface TTrapView {
  id: string;
  slug: string;
  title: string;
  summary: string;
  recognise: string[];
  askBefore: string[];
  ifSigned: string[];
  cues: string[];
  areas: TArea[];
  status: 'proposed' | 'published';
  sportello: { id: string; name: string } | null;
  lessons: { slug: string; title: string }[];
  solutions: string[];
  planAreas: TArea[];
  publishedAt: string | null;
  updatedAt: string;
  canEdit: boolean;
  canPublish: boolean;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const joinLines = (list: readonly string[]) => list.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');

const resourceOf = (row: Pick<TTrapRow, 'sportelloId' | 'authorUserId' | 'status'>) => ({ type: 'trap' as const, sportelloId: row.sportelloId, authorUserId: row.authorUserId, status: row.status });

/** The warnings with their links and sportello names, in the order given. */
async function present(db: TDb, rows: TTrapRow[], actor: TActor | null): Promise<TTrapView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const links = await db.select().from(trapLink).where(inArray(trapLink.trapId, ids)).orderBy(asc(trapLink.targetKey));
  const lessonSlugs = [...new Set(links.filter((l) => l.targetKind === 'lesson').map((l) => l.targetKey))];
  const lessonTitles = new Map<string, string>();
  if (lessonSlugs.length) {
    const found = await db
      .select({ slug: lesson.slug, title: lesson.title })
      .from(lesson)
      .where(and(inArray(lesson.slug, lessonSlugs), eq(lesson.status, 'published'), eq(lesson.language, 'it')));
    for (const l of found) lessonTitles.set(l.slug, l.title);
  }
  const sportelloIds = [...new Set(rows.map((r) => r.sportelloId).filter((s): s is string => s !== null))];
  const names = new Map<string, string>();
  if (sportelloIds.length) for (const s of await db.select({ id: sportello.id, name: sportello.name }).from(sportello).where(inArray(sportello.id, sportelloIds))) names.set(s.id, s.name);
  return rows.map((row) => {
    const own = links.filter((l) => l.trapId === row.id);
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      recognise: lines(row.recognise),
      askBefore: lines(row.askBefore),
      ifSigned: lines(row.ifSigned),
      cues: row.cues,
      areas: row.areas as TArea[],
      status: row.status,
      sportello: row.sportelloId ? { id: row.sportelloId, name: names.get(row.sportelloId) ?? '' } : null,
      // A lesson retired since it was linked is left out rather than linked to a missing page.
      lessons: own.filter((l) => l.targetKind === 'lesson' && lessonTitles.has(l.targetKey)).map((l) => ({ slug: l.targetKey, title: lessonTitles.get(l.targetKey)! })),
      solutions: own.filter((l) => l.targetKind === 'solution').map((l) => l.targetKey),
      planAreas: own.filter((l) => l.targetKind === 'plan_area').map((l) => l.targetKey as TArea),
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      canEdit: can(actor, 'trap.edit', resourceOf(row)),
      canPublish: row.status === 'proposed' && can(actor, 'trap.publish', resourceOf(row)),
    };
  });
}

/**
 * The published warnings, national first then by title; narrowed to those a lesson links
 * (`lesson` slug) or that link one of a plan's areas (`planAreas`).
 */
export async function listPublishedTraps(db: TDb, actor: TActor | null, filter: { lesson?: string; planAreas?: TArea[] } = {}): Promise<TTrapView[]> {
  const conditions = [eq(trapWarning.status, 'published')];
  if (filter.lesson) {
    conditions.push(inArray(trapWarning.id, db.select({ id: trapLink.trapId }).from(trapLink).where(and(eq(trapLink.targetKind, 'lesson'), eq(trapLink.targetKey, filter.lesson)))));
  }
  if (filter.planAreas?.length) {
    conditions.push(inArray(trapWarning.id, db.select({ id: trapLink.trapId }).from(trapLink).where(and(eq(trapLink.targetKind, 'plan_area'), inArray(trapLink.targetKey, filter.planAreas)))));
  }
  const rows = await db
    .select()
    .from(trapWarning)
    .where(and(...conditions))
    .orderBy(sql`${trapWarning.sportelloId} is not null`, asc(trapWarning.title));
  return present(db, rows, actor);
}

/** Published warnings that may be read for a request of this sportello: the national ones and its own. */
export async function listTrapsForScope(db: TDb, sportelloId: string | null): Promise<TTrapRow[]> {
  const scope = sportelloId ? or(isNull(trapWarning.sportelloId), eq(trapWarning.sportelloId, sportelloId)) : isNull(trapWarning.sportelloId);
  return db.select().from(trapWarning).where(and(eq(trapWarning.status, 'published'), scope)).orderBy(asc(trapWarning.title));
}

/** One warning by its address; a proposal only for its author and its scope's managers, else 404. */
export async function getTrapBySlug(db: TDb, slug: string, actor: TActor | null): Promise<TTrapView> {
  const [row] = await db.select().from(trapWarning).where(eq(trapWarning.slug, slug));
  if (!row || (row.status !== 'published' && !can(actor, 'trap.read', resourceOf(row)))) throw new AppError('resource.not_found', 404);
  return (await present(db, [row], actor))[0]!;
}

/** Proposals the actor may see (their own and those they publish) and the published warnings they may edit, newest first. */
export async function listManagedTraps(db: TDb, actor: TActor): Promise<TTrapView[]> {
  const coordinated = actor.memberships.filter((m) => m.role === 'coordinator').map((m) => m.sportelloId);
  const rows = await db
    .select()
    .from(trapWarning)
    .where(
      actor.isAdmin
        ? undefined
        : or(eq(trapWarning.authorUserId, actor.userId), coordinated.length ? inArray(trapWarning.sportelloId, coordinated) : sql`false`),
    )
    .orderBy(desc(trapWarning.updatedAt))
    .limit(500);
  return present(db, rows, actor);
}

async function loadForUpdate(db: Parameters<Parameters<TDb['transaction']>[0]>[0], id: string): Promise<TTrapRow> {
  const [row] = await db.select().from(trapWarning).where(eq(trapWarning.id, id)).for('update');
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

/** Checks the links against what exists (lessons published); writes them all again. */
async function writeLinks(tx: TTx, trapId: string, links: TTrapInput['links'], locale: TLocale) {
  const lessons = [...new Set(links.lessons)];
  if (lessons.length) {
    const found = new Set((await tx.selectDistinct({ slug: lesson.slug }).from(lesson).where(and(inArray(lesson.slug, lessons), eq(lesson.status, 'published')))).map((l) => l.slug));
    const missing = lessons.map((slug, i) => ({ slug, i })).filter(({ slug }) => !found.has(slug));
    if (missing.length) throw new AppError('trap.unknown_lesson', 422, missing.map(({ i }) => ({ field: `links.lessons.${i}`, message: messageFor('trap.unknown_lesson', locale) })));
  }
  await tx.delete(trapLink).where(eq(trapLink.trapId, trapId));
  const values = [
    ...lessons.map((targetKey) => ({ trapId, targetKind: 'lesson' as const, targetKey })),
    ...[...new Set(links.solutions)].map((targetKey) => ({ trapId, targetKind: 'solution' as const, targetKey })),
    ...[...new Set(links.planAreas)].map((targetKey) => ({ trapId, targetKind: 'plan_area' as const, targetKey })),
  ];
  if (values.length) await tx.insert(trapLink).values(values);
}

function fields(input: TTrapInput) {
  return {
    slug: input.slug,
    title: input.title.trim(),
    summary: input.summary.trim(),
    recognise: joinLines(input.recognise),
    askBefore: joinLines(input.askBefore),
    ifSigned: joinLines(input.ifSigned),
    cues: cleanCues(input.cues),
    areas: [...new Set(input.areas)],
  };
}

async function refuseTakenSlug(tx: TTx, slug: string, exceptId: string | null, locale: TLocale) {
  const [other] = await tx.select({ id: trapWarning.id }).from(trapWarning).where(eq(trapWarning.slug, slug));
  if (other && other.id !== exceptId) throw new AppError('trap.slug_taken', 409, [{ field: 'slug', message: messageFor('trap.slug_taken', locale) }]);
}

/**
 * A new warning, proposed by its author; a coordinator writing in their own scope may publish
 * it at once (`publish`). Warning and links are stored together or not at all.
 */
export async function createTrap(db: TDb, input: TTrapInput, actor: TActor, options: { publish: boolean; locale: TLocale }): Promise<TTrapView> {
  const publish = options.publish && can(actor, 'trap.publish', { type: 'trap', sportelloId: input.sportelloId, authorUserId: actor.userId, status: 'proposed' });
  const row = await db.transaction(async (tx) => {
    await refuseTakenSlug(tx, input.slug, null, options.locale);
    const now = new Date();
    const [created] = await tx
      .insert(trapWarning)
      .values({ ...fields(input), sportelloId: input.sportelloId, authorUserId: actor.userId, status: publish ? 'published' : 'proposed', publishedAt: publish ? now : null, publishedBy: publish ? actor.userId : null })
      .returning();
    await writeLinks(tx, created!.id, input.links, options.locale);
    return created!;
  });
  return (await present(db, [row], actor))[0]!;
}

/** Changes a warning's text, cues and links (not its scope); allowed by the policy, else 404 / 403. */
export async function updateTrap(db: TDb, id: string, input: Omit<TTrapInput, 'sportelloId'>, actor: TActor, locale: TLocale): Promise<TTrapView> {
  const row = await db.transaction(async (tx) => {
    const current = await loadForUpdate(tx, id);
    assertMay(actor, 'trap.edit', current);
    await refuseTakenSlug(tx, input.slug, id, locale);
    const [updated] = await tx
      .update(trapWarning)
      .set({ ...fields({ ...input, sportelloId: current.sportelloId }), updatedAt: new Date() })
      .where(eq(trapWarning.id, id))
      .returning();
    await writeLinks(tx, id, input.links, locale);
    return updated!;
  });
  return (await present(db, [row], actor))[0]!;
}

/** Publishes a proposal: the scope's coordinators, or the network admin for a national warning. */
export async function publishTrap(db: TDb, id: string, actor: TActor): Promise<TTrapView> {
  const row = await db.transaction(async (tx) => {
    const current = await loadForUpdate(tx, id);
    assertMay(actor, 'trap.publish', current);
    if (current.status === 'published') throw new AppError('trap.already_published', 409);
    const now = new Date();
    const [updated] = await tx.update(trapWarning).set({ status: 'published', publishedAt: now, publishedBy: actor.userId, updatedAt: now }).where(eq(trapWarning.id, id)).returning();
    return updated!;
  });
  return (await present(db, [row], actor))[0]!;
}

/** 404 for a warning the actor may not even read, 403 for one they read but may not change. */
function assertMay(actor: TActor, permission: 'trap.edit' | 'trap.publish', row: TTrapRow) {
  if (can(actor, permission, resourceOf(row))) return;
  throw can(actor, 'trap.read', resourceOf(row)) ? new AppError('policy.forbidden', 403) : new AppError('resource.not_found', 404);
}

/** The published warnings' addresses for the sitemap, with the day each last changed. */
export async function listTrapsForSitemap(db: TDb): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.select({ slug: trapWarning.slug, updatedAt: trapWarning.updatedAt }).from(trapWarning).where(eq(trapWarning.status, 'published')).orderBy(asc(trapWarning.slug));
}
