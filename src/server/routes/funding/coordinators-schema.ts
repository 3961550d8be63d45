import { z } from '@hono/zod-openapi';
import { LEGAL_FORMS } from '../../../domain/funding/types.js';

export const ZSportelloParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const ZOwnCallParams = ZSportelloParam.extend({ callId: z.uuid().openapi({ param: { name: 'callId', in: 'path' } }) });
export const ZCallParam = z.object({ callId: z.uuid().openapi({ param: { name: 'callId', in: 'path' } }) });
export const ZRuleParams = ZCallParam.extend({ ruleId: z.uuid().openapi({ param: { name: 'ruleId', in: 'path' } }) });

/**
 * A call in our own calls format (docs/funding.md, "Our own calls format"); checked by the
 * domain's readOwnCall, whose field messages a refusal carries (422 `funding.invalid_call`).
 */
export const ZOwnCallBody = z
  .record(z.string(), z.unknown())
  .openapi('OwnCallInput', {
    description: 'Our own calls format: id (optional, generated), title, description, link, opensOn, closesOn, closing, regions, comuni, sizes, ateco, kinds, areas, amounts, grantingBody',
    example: { title: 'Voucher digitale 2027', opensOn: '2027-01-15', closesOn: '2027-03-31', regions: ['03'], sizes: 'all', ateco: 'all', kinds: ['grant'], areas: ['ecommerce'], amounts: { grantMax: 5000 } },
  });

export const ZOwnCall = z
  .object({
    id: z.uuid(),
    code: z.string(),
    slug: z.string(),
    title: z.string(),
    opensDay: z.string().nullable(),
    closesDay: z.string().nullable(),
    closing: z.string(),
    national: z.boolean(),
    regions: z.array(z.string()),
    kinds: z.array(z.string()),
    areas: z.array(z.string()),
    updatedAt: z.string(),
    input: z.record(z.string(), z.unknown()),
  })
  .openapi('OwnCall');

export const ZOwnCallList = z.object({ items: z.array(ZOwnCall) }).openapi('OwnCallList');

export const ZImportResult = z.object({ importId: z.uuid(), added: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }).openapi('OwnCallsImport');

const ZHttpsUrl = z.url({ protocol: /^https$/ }).max(2000);

/** A curated rule: a fact the bando states in prose, with the https page it comes from. */
export const ZCuratedRule = z
  .discriminatedUnion('fact', [
    z.strictObject({ fact: z.literal('foundedBefore'), value: z.iso.date(), sourceUrl: ZHttpsUrl }),
    z.strictObject({ fact: z.literal('foundedAfter'), value: z.iso.date(), sourceUrl: ZHttpsUrl }),
    z.strictObject({ fact: z.literal('minYearsInBusiness'), value: z.number().int().min(0).max(200), sourceUrl: ZHttpsUrl }),
    z.strictObject({ fact: z.literal('maxYearsInBusiness'), value: z.number().int().min(0).max(200), sourceUrl: ZHttpsUrl }),
    z.strictObject({ fact: z.literal('legalForms'), value: z.array(z.enum(LEGAL_FORMS)).min(1), sourceUrl: ZHttpsUrl }),
    z.strictObject({ fact: z.literal('maxEmployees'), value: z.number().int().min(0).max(1_000_000), sourceUrl: ZHttpsUrl }),
  ])
  .openapi('CuratedRule');

export const ZAddRule = z
  .strictObject({
    /** null or absent: a national rule (the network admin's); a sportello's: its coordinators'. */
    sportelloId: z.uuid().nullable().default(null),
    rule: ZCuratedRule,
  })
  .openapi('AddCuratedRule', { example: { sportelloId: null, rule: { fact: 'maxEmployees', value: 249, sourceUrl: 'https://www.mimit.gov.it/index.php/it/incentivi/fondo-di-garanzia-per-le-pmi' } } });

export const ZRulesQuery = z.object({ sportelloId: z.uuid().optional().openapi({ description: 'Also the rules of this sportello (its coordinators); absent: national ones only (admin)' }) });

export const ZRuleView = z.object({ id: z.uuid(), callId: z.uuid(), sportelloId: z.uuid().nullable(), rule: ZCuratedRule, sourceUrl: z.string(), createdAt: z.string() }).openapi('CuratedRuleView');
export const ZRuleList = z.object({ items: z.array(ZRuleView) }).openapi('CuratedRuleList');

export const ZQualifyingList = z
  .object({
    call: z.object({ id: z.uuid(), title: z.string(), slug: z.string(), closesDay: z.string().nullable() }),
    items: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        comuneName: z.string(),
        verdict: z.enum(['eligible', 'to_verify']),
        missing: z.array(z.string()),
        questions: z.array(z.string()),
        invited: z.boolean(),
        hasContact: z.boolean(),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('QualifyingBusinesses');

export const ZInvite = z.strictObject({ businessIds: z.array(z.uuid()).min(1).max(1000) }).openapi('InviteBusinesses');

export const ZInviteResult = z
  .object({
    items: z.array(z.object({ businessId: z.uuid(), outcome: z.enum(['invited', 'already_invited', 'not_qualifying', 'no_email']), message: z.string() })),
    invited: z.number().int(),
  })
  .openapi('InviteBusinessesResult');
