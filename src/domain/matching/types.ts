/**
 * Businesses and angels as matching sees them (/work/shared/cases/MATCHING.md): only what the
 * hard rules and the ordering read, so the same shapes serve the CLI, the case files and the
 * services that load them from the database.
 */
import { z } from 'zod';
import { AREAS, isArea, type TArea } from '../../shared/areas.js';

export const MATCH_MODES = ['in_person', 'remote', 'any'] as const;
export const ANGEL_MODES = ['in_person', 'remote'] as const;

export const ZMatchLocation = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** Two digits, as in ATECO 2025 ("56"); a longer code would hide which division is meant. */
const ZDivision = z.string().regex(/^\d{2}$/, 'an ATECO division: two digits, e.g. "56"');

/**
 * Needs by area. A record over any string, checked key by key, so a misspelt area is reported
 * at its own path ("business.needs.marketingg") rather than as a bare "invalid key".
 */
const ZNeeds = z
  .record(z.string(), z.number().min(0).max(1))
  .superRefine((needs, ctx) => {
    for (const key of Object.keys(needs)) {
      if (!isArea(key)) ctx.addIssue({ code: 'custom', path: [key], message: `not an area of need; use one of ${AREAS.join(', ')}` });
    }
  })
  .transform((needs) => needs as Partial<Record<TArea, number>>);

/** "it", "de", "en"…: compared without regard to case. */
const ZLanguage = z.string().trim().min(2).max(16);

export const ZMatchBusiness = z.object({
  id: z.string().min(1),
  location: ZMatchLocation,
  ateco: ZDivision,
  /** Area slug → weight 0..1; areas left out weigh nothing. */
  needs: ZNeeds,
  mode: z.enum(MATCH_MODES),
  language: ZLanguage,
});

export const ZMatchAngel = z.object({
  id: z.string().min(1),
  location: ZMatchLocation,
  /** How far the angel travels for an in-person meeting, as the crow flies. */
  radiusKm: z.number().min(0).finite(),
  skills: z.array(z.enum(AREAS)),
  sectors: z.array(ZDivision),
  modes: z.array(z.enum(ANGEL_MODES)),
  languages: z.array(ZLanguage),
  capacity: z.number().int().min(0),
  activeCases: z.number().int().min(0),
  available: z.boolean(),
});

export const ZMatchExpect = z.object({
  top: z.string().optional(),
  topIn: z.array(z.string()).optional(),
  excluded: z.array(z.string()).optional(),
  count: z.number().int().min(0).optional(),
});

export const ZMatchCase = z
  .object({
    name: z.string().optional(),
    business: ZMatchBusiness,
    angels: z.array(ZMatchAngel),
    expect: ZMatchExpect.optional(),
  })
  .superRefine((value, ctx) => {
    // Two angels with one id would make the answer ambiguous ("which a1?").
    const seen = new Set<string>();
    value.angels.forEach((angel, i) => {
      if (seen.has(angel.id)) ctx.addIssue({ code: 'custom', path: ['angels', i, 'id'], message: `duplicate angel id "${angel.id}"` });
      seen.add(angel.id);
    });
  });

export const ZMatchCases = z.object({ about: z.string().optional(), cases: z.array(ZMatchCase) });

/** A matching input file: one case, or `{ cases: [...] }`. */
export const ZMatchFile = z.union([ZMatchCases, ZMatchCase]);

export type TMatchLocation = z.infer<typeof ZMatchLocation>;
export type TMatchBusiness = z.infer<typeof ZMatchBusiness>;
export type TMatchAngel = z.infer<typeof ZMatchAngel>;
export type TMatchExpect = z.infer<typeof ZMatchExpect>;
export type TMatchCase = z.infer<typeof ZMatchCase>;
export type TMatchCases = z.infer<typeof ZMatchCases>;
export type TMatchFile = z.infer<typeof ZMatchFile>;
export type TMatchMode = (typeof MATCH_MODES)[number];
export type TMatchLocale = 'it' | 'en';

export interface TReasonCode {
  /** Stable code for clients that write their own words. */
  code: 'covers_needs' | 'knows_sector' | 'nearby' | 'remote' | 'also_remote' | 'caseload' | 'speaks_language';
  params: Record<string, string | number | string[]>;
}

/** One proposed angel, best first in a ranking. */
export interface TMatch {
  angelId: string;
  /** 0..1, two decimals; never higher than the score of the angel ranked above. */
  score: number;
  /** Plain words, one per reason, in the requested locale. */
  reasons: string[];
  /** Kilometres to the business (one decimal) for an in-person match; null when met remotely. */
  distanceKm: number | null;
  reasonCodes: TReasonCode[];
}

export interface TRankOptions {
  /** How many angels to propose at most (default 5). */
  limit?: number;
  /** Language of the reasons (default 'it'). */
  locale?: TMatchLocale;
}
