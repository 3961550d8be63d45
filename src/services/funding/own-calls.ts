import crypto from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { fundingCall } from '../../db/schema/index.js';
import { readOwnCall } from '../../domain/funding/own-call.js';
import type { TCall } from '../../domain/funding/types.js';
import { AppError } from '../../shared/errors.js';
import { ownCallProblemText, type TOwnCallProblem } from '../../shared/funding-messages.js';
import type { TLocale } from '../../shared/locale.js';
import { externalIdOf, saveCalls } from './call-store.js';

type TCallRow = typeof fundingCall.$inferSelect;

/** A sportello's own call as the coordinators' page shows and edits it. */
export interface TOwnCallView {
  id: string;
  /** The sportello's own code for it (unique in the sportello). */
  code: string;
  slug: string;
  title: string;
  opensDay: string | null;
  closesDay: string | null;
  closing: string;
  national: boolean;
  regions: string[];
  kinds: string[];
  areas: string[];
  updatedAt: string;
  /** What the coordinator wrote (our own calls format, docs/funding.md), for the edit form. */
  input: Record<string, unknown>;
}

/** The own call of a row, as shown; `input` is what was saved, in the own calls format. */
export function presentOwnCall(row: TCallRow): TOwnCallView {
  const call = row.call as TCall;
  return {
    id: row.id,
    code: call.id,
    slug: row.slug,
    title: row.title,
    opensDay: row.opensDay,
    closesDay: row.closesDay,
    closing: row.closing,
    national: row.national,
    regions: row.regions,
    kinds: row.kinds,
    areas: row.areas,
    updatedAt: row.updatedAt.toISOString(),
    input: (row.raw && typeof row.raw === 'object' ? row.raw : {}) as Record<string, unknown>,
  };
}

/** A refusal of a call's data, each problem beside its field, in the reader's language. */
export function invalidCall(problems: readonly TOwnCallProblem[], locale: TLocale): AppError {
  return new AppError(
    'funding.invalid_call',
    422,
    problems.map((p) => ({ field: p.field, message: ownCallProblemText(p, locale) })),
  );
}

/**
 * The sportello's own calls, the nearest closing first (no closing day last), then by title.
 * @example const calls = await listOwnCalls(db, sportelloId);
 */
export async function listOwnCalls(db: TDb, sportelloId: string): Promise<TOwnCallView[]> {
  const rows = await db
    .select()
    .from(fundingCall)
    .where(and(eq(fundingCall.source, 'sportello'), eq(fundingCall.sportelloId, sportelloId)))
    .orderBy(sql`${fundingCall.closesDay} asc nulls last`, asc(fundingCall.title));
  return rows.map(presentOwnCall);
}

/**
 * One own call of the sportello; another sportello's call, or an imported one, is not found.
 * @example const row = await getOwnCallRow(db, sportelloId, callId);
 */
export async function getOwnCallRow(db: TDb, sportelloId: string, callId: string): Promise<TCallRow> {
  const [row] = await db
    .select()
    .from(fundingCall)
    .where(and(eq(fundingCall.id, callId), eq(fundingCall.source, 'sportello'), eq(fundingCall.sportelloId, sportelloId)));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

/** A short code for a call written in the form without one ("b-3f9a2c"). */
function newCode(): string {
  return `b-${crypto.randomBytes(4).toString('hex')}`;
}

async function codeTaken(db: TDb, sportelloId: string, code: string): Promise<boolean> {
  const externalId = externalIdOf({ id: code, source: 'sportello' }, sportelloId);
  const [row] = await db
    .select({ id: fundingCall.id })
    .from(fundingCall)
    .where(and(eq(fundingCall.source, 'sportello'), eq(fundingCall.externalId, externalId)));
  return Boolean(row);
}

/**
 * Adds a call of the sportello's own, checked with the own calls format (dates in order, amounts
 * not negative and min ≤ max, at least one purpose); a refusal stores nothing.
 *
 * @example const view = await createOwnCall(db, { sportelloId, input: { title: 'Voucher', … }, by: userId, locale: 'it' });
 */
export async function createOwnCall(db: TDb, options: { sportelloId: string; input: Record<string, unknown>; by: string | null; locale: TLocale }): Promise<TOwnCallView> {
  const input = { ...options.input, id: typeof options.input.id === 'string' && options.input.id.trim() ? options.input.id.trim() : newCode() };
  const read = readOwnCall(input);
  if (!read.ok) throw invalidCall(read.problems, options.locale);
  if (await codeTaken(db, options.sportelloId, read.call.id)) throw invalidCall([{ field: 'id', code: 'duplicate_id', value: read.call.id }], options.locale);
  const { ids } = await db.transaction((tx) => saveCalls(tx, [read.call], { sportelloId: options.sportelloId, createdBy: options.by }));
  const id = ids.get(externalIdOf(read.call, options.sportelloId))!;
  return presentOwnCall(await getOwnCallRow(db, options.sportelloId, id));
}

/**
 * Changes an own call: the fields sent replace those saved (its code stays), and the whole call
 * is checked again; a refusal changes nothing.
 *
 * @example await updateOwnCall(db, { sportelloId, callId, patch: { closesOn: '2027-03-31' }, by, locale: 'it' });
 */
export async function updateOwnCall(db: TDb, options: { sportelloId: string; callId: string; patch: Record<string, unknown>; by: string; locale: TLocale }): Promise<TOwnCallView> {
  const row = await getOwnCallRow(db, options.sportelloId, options.callId);
  const before = presentOwnCall(row);
  const { id: _ignored, ...patch } = options.patch;
  const input = { ...before.input, ...patch, id: before.code };
  const read = readOwnCall(input);
  if (!read.ok) throw invalidCall(read.problems, options.locale);
  await db.transaction((tx) => saveCalls(tx, [read.call], { sportelloId: options.sportelloId, createdBy: row.createdBy ?? options.by }));
  return presentOwnCall(await getOwnCallRow(db, options.sportelloId, options.callId));
}

/**
 * Withdraws an own call (its rules, follows and invitations go with it).
 * @example await deleteOwnCall(db, sportelloId, callId);
 */
export async function deleteOwnCall(db: TDb, sportelloId: string, callId: string): Promise<void> {
  const row = await getOwnCallRow(db, sportelloId, callId);
  await db.delete(fundingCall).where(eq(fundingCall.id, row.id));
}
