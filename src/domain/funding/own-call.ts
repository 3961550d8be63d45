import { z } from 'zod';
import { AREAS } from '../../shared/areas.js';
import type { TOwnCallProblem } from '../../shared/funding-messages.js';
import { findDivision } from '../geo/ateco.js';
import { ALL_REGION_CODES, findRegion } from './regions.js';
import { readRomeDateTime } from './rome-day.js';
import { FUNDING_KINDS, LEGAL_FORMS, SIZE_CLASSES, type TCall, type TCallAmounts } from './types.js';

/**
 * Our own calls format: a sportello's call (a chamber's voucher, a local fund) and the
 * CLI's `--calls` file `{"calls":[…]}`. docs/funding.md describes every field.
 */

const ZDay = z.string().refine((s) => readRomeDateTime(s) !== null, 'not a date (YYYY-MM-DD)');
const ZAmount = z.number().nullable().optional();

export const ZCuratedRule = z.discriminatedUnion('fact', [
  z.object({ fact: z.literal('foundedBefore'), value: z.iso.date(), sourceUrl: z.url() }),
  z.object({ fact: z.literal('foundedAfter'), value: z.iso.date(), sourceUrl: z.url() }),
  z.object({ fact: z.literal('minYearsInBusiness'), value: z.number().int().min(0).max(200), sourceUrl: z.url() }),
  z.object({ fact: z.literal('maxYearsInBusiness'), value: z.number().int().min(0).max(200), sourceUrl: z.url() }),
  z.object({ fact: z.literal('legalForms'), value: z.array(z.enum(LEGAL_FORMS)).min(1), sourceUrl: z.url() }),
  z.object({ fact: z.literal('maxEmployees'), value: z.number().int().min(0), sourceUrl: z.url() }),
]);

export const ZOwnCall = z.object({
  id: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(20_000).default(''),
  link: z.url({ protocol: /^https?$/ }).nullable().default(null),
  /** YYYY-MM-DD (a day in Italy) or an ISO date-time; null when not stated. */
  opensOn: ZDay.nullable().default(null),
  closesOn: ZDay.nullable().default(null),
  /** Without a closing date: `rolling` (a sportello, until the funds run out) or `unknown` (the default). */
  closing: z.enum(['rolling', 'unknown']).optional(),
  /** "national", or ISTAT two-digit region codes. */
  regions: z.union([z.literal('national'), z.array(z.string()).min(1)]),
  /** Six-digit ISTAT comune codes the call is limited to; absent for the whole region. */
  comuni: z.array(z.string().regex(/^\d{6}$/, 'six digits')).optional(),
  sizes: z.union([z.literal('all'), z.array(z.enum(SIZE_CLASSES)).min(1)]),
  /** "all", or ATECO code prefixes ("56.10", "55"). */
  ateco: z.union([z.literal('all'), z.array(z.string()).min(1)]),
  kinds: z.array(z.enum(FUNDING_KINDS)),
  /** Our areas of need (PRODUCT.md); at least one. */
  areas: z.array(z.enum(AREAS)),
  amounts: z.object({ spendingMin: ZAmount, spendingMax: ZAmount, grantMin: ZAmount, grantMax: ZAmount }).optional(),
  grantingBody: z.string().trim().max(300).nullable().optional(),
  rules: z.array(ZCuratedRule).default([]),
});

export type TOwnCallInput = z.input<typeof ZOwnCall>;
export type TOwnCall = z.output<typeof ZOwnCall>;

export const ZOwnCallsFile = z.object({ calls: z.array(z.unknown()) });

export type TReadOwnCallResult = { ok: true; call: TCall } | { ok: false; problems: TOwnCallProblem[] };

function shapeProblems(error: z.ZodError): TOwnCallProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const isMissing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    const isTooLong = issue.code === 'too_big' && (issue as { origin?: string }).origin === 'string';
    const isEmpty = issue.code === 'too_small' && (issue as { origin?: string }).origin === 'string';
    return { field, code: isMissing || isEmpty ? 'required' : isTooLong ? 'too_long' : 'invalid' };
  });
}

function checkAmounts(amounts: Partial<TCallAmounts> | undefined): TOwnCallProblem[] {
  const problems: TOwnCallProblem[] = [];
  for (const [key, value] of Object.entries(amounts ?? {})) {
    if (typeof value === 'number' && value < 0) problems.push({ field: `amounts.${key}`, code: 'negative_amount' });
  }
  for (const [min, max] of [['spendingMin', 'spendingMax'], ['grantMin', 'grantMax']] as const) {
    const low = amounts?.[min];
    const high = amounts?.[max];
    if (typeof low === 'number' && typeof high === 'number' && low >= 0 && low > high) problems.push({ field: `amounts.${min}`, code: 'min_above_max' });
  }
  return problems;
}

const ATECO_CODE = /^\d{2}(\.\d{1,2}){0,2}$/;

function checkMeaning(call: TOwnCall): TOwnCallProblem[] {
  const problems: TOwnCallProblem[] = [];
  const opens = call.opensOn ? readRomeDateTime(call.opensOn)! : null;
  const closes = call.closesOn ? readRomeDateTime(call.closesOn)! : null;
  if (opens && closes && closes.day < opens.day) problems.push({ field: 'closesOn', code: 'closes_before_opens' });
  if (call.regions !== 'national') {
    call.regions.forEach((code, i) => {
      if (!findRegion(code)) problems.push({ field: `regions.${i}`, code: 'unknown_region', value: code });
    });
  }
  if (call.ateco !== 'all') {
    call.ateco.forEach((code, i) => {
      if (!ATECO_CODE.test(code.trim()) || !findDivision(code)) problems.push({ field: `ateco.${i}`, code: 'unknown_ateco', value: code });
    });
  }
  if (!call.kinds.length) problems.push({ field: 'kinds', code: 'no_kind' });
  if (!call.areas.length) problems.push({ field: 'areas', code: 'no_purpose' });
  problems.push(...checkAmounts(call.amounts));
  return problems;
}

function toCall(call: TOwnCall, raw: unknown): TCall {
  const opens = call.opensOn ? readRomeDateTime(call.opensOn) : null;
  const closes = call.closesOn ? readRomeDateTime(call.closesOn) : null;
  const isNational = call.regions === 'national';
  const amount = (value: number | null | undefined) => (typeof value === 'number' && value > 0 ? value : null);
  return {
    id: call.id,
    source: 'sportello',
    title: call.title,
    description: call.description,
    link: call.link,
    opensOn: opens?.instant ?? null,
    closesOn: closes?.instant ?? null,
    opensDay: opens?.day ?? null,
    closesDay: closes?.day ?? null,
    closing: closes ? 'date' : (call.closing ?? 'unknown'),
    closingNote: null,
    national: isNational,
    regions: isNational ? [...ALL_REGION_CODES] : [...new Set(call.regions as string[])].sort(),
    abroad: false,
    comuni: call.comuni?.length ? { istat: [...new Set(call.comuni)].sort(), unmatched: [] } : 'all',
    sizes: call.sizes === 'all' ? 'all' : SIZE_CLASSES.filter((s) => (call.sizes as string[]).includes(s)),
    ateco: call.ateco === 'all' ? 'all' : call.ateco.map((c) => c.trim()),
    atecoVersion: call.ateco === 'all' ? null : '2025',
    kinds: [...new Set(call.kinds)],
    areas: [...new Set(call.areas)],
    amounts: {
      spendingMin: amount(call.amounts?.spendingMin),
      spendingMax: amount(call.amounts?.spendingMax),
      grantMin: amount(call.amounts?.grantMin),
      grantMax: amount(call.amounts?.grantMax),
    },
    grantingBody: call.grantingBody ?? null,
    curatedRules: call.rules,
    raw,
  };
}

/**
 * A sportello's own call, checked field by field (dates in order, amounts not negative and
 * min ≤ max, at least one purpose and one kind, regions and ATECO codes that exist), and
 * turned into a TCall. Problems carry codes; ownCallProblemText says them in it/en.
 *
 * @example
 *   readOwnCall({ id: 'v1', title: 'Voucher', closesOn: '2026-01-10', opensOn: '2026-02-01', ... });
 *   // { ok: false, problems: [{ field: 'closesOn', code: 'closes_before_opens' }] }
 */
export function readOwnCall(input: unknown): TReadOwnCallResult {
  const parsed = ZOwnCall.safeParse(input);
  if (!parsed.success) return { ok: false, problems: shapeProblems(parsed.error) };
  const problems = checkMeaning(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, call: toCall(parsed.data, input) };
}

/**
 * A file of our own calls, `{"calls":[…]}`: every call checked, ids unique; problems'
 * fields start with `calls.N.`. A refusal refuses the whole file.
 *
 * @example readOwnCallsFile({ calls: [call1, call2] }); // { ok: true, calls: [TCall, TCall] }
 */
export function readOwnCallsFile(input: unknown): { ok: true; calls: TCall[] } | { ok: false; problems: TOwnCallProblem[] } {
  const file = ZOwnCallsFile.safeParse(input);
  if (!file.success) return { ok: false, problems: [{ field: 'calls', code: 'required' }] };
  const calls: TCall[] = [];
  const problems: TOwnCallProblem[] = [];
  const ids = new Set<string>();
  file.data.calls.forEach((item, i) => {
    const read = readOwnCall(item);
    if (!read.ok) {
      problems.push(...read.problems.map((p) => ({ ...p, field: `calls.${i}.${p.field}` })));
      return;
    }
    if (ids.has(read.call.id)) problems.push({ field: `calls.${i}.id`, code: 'duplicate_id', value: read.call.id });
    ids.add(read.call.id);
    calls.push(read.call);
  });
  return problems.length ? { ok: false, problems } : { ok: true, calls };
}
