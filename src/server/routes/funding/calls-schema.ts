import { z } from '@hono/zod-openapi';
import { FUNDING_KINDS } from '../../../domain/funding/types.js';
import { AREAS } from '../../../shared/areas.js';
import { REGIONS } from '../../../shared/regions.js';

const ZDay = z.iso.date().openapi({ example: '2025-07-12' });
const ZLang = z.enum(['it', 'en']).optional().openapi({ description: "The words' language; the reader's own by default" });
const ZOn = ZDay.optional().openapi({ description: 'The day (Europe/Rome) to say open or closed for; today by default' });

export const ZCallParams = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(120)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'voucher-digitale-1579' }),
});

export const ZCallQuery = z.strictObject({ lang: ZLang, on: ZOn });

export const ZCallListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().openapi({ description: 'Words in the title', example: 'digitale' }),
  kind: z.enum(FUNDING_KINDS).optional(),
  region: z
    .enum(REGIONS.map((r) => r.code) as [string, ...string[]])
    .optional()
    .openapi({ description: 'ISTAT region code: calls for that region and national ones', example: '16' }),
  area: z.enum(AREAS).optional(),
  closingWithin: z.coerce.number().int().min(0).max(366).optional().openapi({ description: 'Only calls closing within this many days' }),
  includeClosed: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .openapi({ description: 'Closed calls too, after the others' }),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  lang: ZLang,
  on: ZOn,
});

const ZStatus = z.enum(['open', 'upcoming', 'closed', 'rolling', 'unknown']);

export const ZAttribution = z
  .object({
    source: z.string().openapi({ example: 'Incentivi.gov.it – MIMIT' }),
    licence: z.string().nullable().openapi({ example: 'IODL 2.0' }),
    licenceUrl: z.string().nullable().openapi({ example: 'https://www.dati.gov.it/iodl/2.0/' }),
    snapshotDate: z.string().nullable().openapi({ example: '2025-07-12' }),
  })
  .openapi('FundingAttribution');

const ZSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  source: z.enum(['incentivi', 'sportello']),
  sportelloName: z.string().nullable(),
  grantingBody: z.string().nullable(),
  kinds: z.array(z.enum(FUNDING_KINDS)),
  areas: z.array(z.string()),
  national: z.boolean(),
  regions: z.array(z.string()),
  opensDay: z.string().nullable(),
  closesDay: z.string().nullable(),
  closing: z.enum(['date', 'rolling', 'unknown']),
  status: ZStatus,
  closesSoon: z.boolean().openapi({ description: 'The closing day is 0 to 14 days away' }),
  daysLeft: z.number().int().nullable(),
  grantMax: z.number().nullable(),
  closesText: z.string(),
});

export const ZCallPage = z
  .object({ items: z.array(ZSummary), page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int(), total: z.number().int(), today: z.string(), attribution: ZAttribution })
  .openapi('FundingCallPage');

export const ZCallView = ZSummary.extend({
  description: z.object({ what: z.string(), who: z.string().nullable(), offers: z.string().nullable() }).openapi({ description: "The portal's three parts: Cos'è, A chi si rivolge, Cosa prevede" }),
  link: z.string().nullable(),
  who: z.object({ sizes: z.string(), territory: z.array(z.string()), sectors: z.array(z.string()), subjects: z.array(z.string()) }),
  howMuch: z.object({
    grant: z.string(),
    spending: z.string(),
    grantMin: z.number().nullable(),
    grantMax: z.number().nullable(),
    spendingMin: z.number().nullable(),
    spendingMax: z.number().nullable(),
  }),
  kindsText: z.array(z.string()),
  dates: z.object({ opensOn: z.string().nullable(), closesOn: z.string().nullable(), opensText: z.string().nullable(), closesText: z.string(), note: z.string().nullable() }),
  rules: z.array(z.object({ text: z.string(), sourceUrl: z.string() })),
  missingSince: z.string().nullable(),
  updatedAt: z.string(),
  today: z.string(),
  attribution: ZAttribution,
}).openapi('FundingCall');
