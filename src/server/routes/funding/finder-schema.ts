import { z } from '@hono/zod-openapi';
import { FUNDING_KINDS, LEGAL_FORMS } from '../../../domain/funding/types.js';
import { AREAS } from '../../../shared/areas.js';

const ZDay = z.string().openapi({ example: '2025-12-31', description: 'A day in Italy (Europe/Rome), YYYY-MM-DD' });

/** The filters of "Bandi per te" and of the try; all optional. */
export const ZFinderFilters = z.object({
  kind: z.enum(FUNDING_KINDS).optional().openapi({ description: 'Only calls giving this kind of help' }),
  minAmount: z.coerce.number().int().min(0).max(1_000_000_000).optional().openapi({ description: 'The most a call grants is at least this, in euro', example: 10000 }),
  closingWithin: z.coerce.number().int().min(0).max(366).optional().openapi({ description: 'Dated calls closing from today to this many days on', example: 30 }),
  territory: z.enum(['region', 'national']).optional().openapi({ description: 'Only the calls of the region, or only national ones' }),
  verdict: z.enum(['eligible', 'to_verify', 'not_eligible']).optional(),
  recent: z.enum(['true', 'false']).optional().openapi({ description: '"true" adds the calls closed in the last 120 days' }),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const ZTryQuery = ZFinderFilters.extend({
  comune: z
    .string()
    .regex(/^\d{6}$/)
    .openapi({ description: 'Six-digit ISTAT code of the comune', example: '058091' }),
  ateco: z
    .string()
    .trim()
    .regex(/^\d{2}(\.\d{1,2}){0,2}$/)
    .optional()
    .openapi({ description: 'ATECO code or division, as on the chamber of commerce record', example: '56.10' }),
  size: z
    .union([z.enum(['micro', 'small', 'medium']), z.coerce.number().int().min(0).max(1_000_000)])
    .optional()
    .openapi({ description: 'micro, small, medium, or persons employed', example: 'micro' }),
});

export const ZFollowParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  callId: z.uuid().openapi({ param: { name: 'callId', in: 'path' } }),
});

const ZReason = z.object({ code: z.string(), ok: z.boolean().nullable(), text: z.string() });

export const ZFinderItem = z
  .object({
    callId: z.uuid(),
    slug: z.string().openapi({ description: 'The public page: /bandi/{slug}' }),
    title: z.string(),
    verdict: z.enum(['eligible', 'to_verify', 'not_eligible']),
    status: z.enum(['open', 'upcoming', 'closed', 'unknown']),
    reasons: z.array(ZReason),
    missing: z.array(z.string()).openapi({ description: 'Facts the business could give to settle a to_verify' }),
    closing: z.enum(['date', 'rolling', 'unknown']),
    opensDay: ZDay.nullable(),
    closesDay: ZDay.nullable(),
    closingSoon: z.boolean().openapi({ description: '"Chiude presto": closes within 14 days' }),
    kinds: z.array(z.enum(FUNDING_KINDS)),
    areas: z.array(z.enum(AREAS)),
    amounts: z.object({ spendingMin: z.number().nullable(), spendingMax: z.number().nullable(), grantMin: z.number().nullable(), grantMax: z.number().nullable() }),
    grantingBody: z.string().nullable(),
    fit: z.number().int(),
    isFollowed: z.boolean().optional(),
  })
  .openapi('FundingFinderItem');

export const ZAttribution = z
  .object({
    source: z.string().openapi({ example: 'Incentivi.gov.it – MIMIT' }),
    licence: z.string().openapi({ example: 'IODL 2.0' }),
    licenceUrl: z.string(),
    snapshotDate: ZDay.nullable(),
  })
  .openapi('FundingAttribution');

const ZFinderResultFields = {
  today: ZDay,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.object({ eligible: z.number().int(), to_verify: z.number().int(), not_eligible: z.number().int() }),
  items: z.array(ZFinderItem),
  attribution: ZAttribution,
};

export const ZTryResult = z.object(ZFinderResultFields).openapi('FundingTryResult');

export const ZFundingFactsShape = z.object({
  atecoCode: z.string().nullable(),
  employees: z.number().int().nullable(),
  annualTurnoverEur: z.number().nullable(),
  balanceSheetEur: z.number().nullable(),
  foundedOn: ZDay.nullable(),
  legalForm: z.string().nullable(),
});

export const ZBusinessFinderResult = z
  .object({
    ...ZFinderResultFields,
    business: z.object({ id: z.uuid(), name: z.string(), comuneIstat: z.string(), regionCode: z.string().nullable(), needs: z.array(z.enum(AREAS)), facts: ZFundingFactsShape }),
    following: z.array(z.object({ callId: z.uuid(), slug: z.string(), title: z.string(), closing: z.enum(['date', 'rolling', 'unknown']), closesDay: ZDay.nullable() })),
  })
  .openapi('FundingForBusiness');

/** The facts an entrepreneur adds; checked in the service (checkFundingFacts) for plain field messages. */
export const ZFundingFactsBody = z
  .object({
    atecoCode: z.string().max(20).nullable().optional().openapi({ example: '56.10.11' }),
    annualTurnoverEur: z.number().nullable().optional().openapi({ example: 180000 }),
    balanceSheetEur: z.number().nullable().optional(),
    foundedOn: z.string().max(20).nullable().optional().openapi({ example: '2019-03-15' }),
    legalForm: z.string().max(40).nullable().optional().openapi({ example: 'srl', description: LEGAL_FORMS.join(', ') }),
  })
  .strict()
  .openapi('FundingFactsUpdate');

export const ZFundingFacts = z
  .object({
    atecoCode: z.string().nullable(),
    annualTurnoverEur: z.number().nullable(),
    balanceSheetEur: z.number().nullable(),
    foundedOn: ZDay.nullable(),
    legalForm: z.string().nullable(),
  })
  .openapi('FundingFacts');
