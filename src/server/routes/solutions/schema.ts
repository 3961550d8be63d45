import { z } from '@hono/zod-openapi';
import { AREAS } from '../../../shared/areas.js';
import { SECTOR_CHOICES } from '../../../shared/plain-sectors.js';
import { MAX_COMPARED, PRICE_PART_KINDS } from '../../../shared/solution-cost.js';

const SECTORS = SECTOR_CHOICES.map((s) => s.id) as [string, ...string[]];
const ZLang = z.enum(['it', 'en']).optional().openapi({ description: "The words' language; the reader's own by default" });
const ZWords = z.strictObject({ it: z.string().trim().min(1).max(4000), en: z.string().trim().max(4000).nullish() }).openapi({ description: 'Italian always, English when written' });
const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(120);

export const ZSlugParams = z.object({ slug: ZSlug.openapi({ param: { name: 'slug', in: 'path' }, example: 'prenotazioni-online-semplici' }) });
export const ZIdParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const ZReviewParams = z.object({ reviewId: z.uuid().openapi({ param: { name: 'reviewId', in: 'path' } }) });
export const ZActionParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'The plan' }), actionId: z.uuid().openapi({ param: { name: 'actionId', in: 'path' } }) });
export const ZPlanParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'The plan' }) });
export const ZLangQuery = z.strictObject({ lang: ZLang });
export const ZListQuery = z.strictObject({ lang: ZLang, need: z.enum(AREAS).optional(), sector: z.enum(SECTORS).optional() });
export const ZCompareQuery = z.strictObject({
  lang: ZLang,
  id: z
    .union([z.uuid(), z.array(z.uuid())])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.uuid()).min(1).max(20))
    .openapi({ description: `Two or three solutions (at most ${MAX_COMPARED})` }),
});

const ZPortabilityItem = z.strictObject({ can: z.enum(['yes', 'partly', 'no', 'unknown']), format: z.string().trim().max(120).nullish() });
const ZPortability = z.strictObject({ customers: ZPortabilityItem, products: ZPortabilityItem, invoices: ZPortabilityItem });

const ZPricePartIn = z.strictObject({
  kind: z.enum(PRICE_PART_KINDS),
  // Sign and size are checked by pricePartsProblems, which names the field in plain words.
  amount: z.number().nullish(),
  percent: z.number().nullish(),
  introMonths: z.number().int().nullish(),
  introAmount: z.number().nullish(),
  label: ZWords.nullish(),
  sourceText: z.string().trim().min(1).max(500).openapi({ description: 'Where the price comes from, in words' }),
  sourceUrl: z.url().max(500).nullish(),
  asOf: z.iso.date().openapi({ description: 'The day the price refers to' }),
  isExample: z.boolean().default(false),
});

export const ZSolutionBody = z
  .strictObject({
    slug: ZSlug,
    name: z.string().trim().min(1).max(120),
    provider: z.string().trim().min(1).max(120),
    summary: ZWords,
    whatItDoes: ZWords,
    notFor: ZWords,
    areas: z.array(z.enum(AREAS)).min(1).max(12),
    sectors: z.array(z.enum(SECTORS)).max(40).default([]),
    dataLocation: z.enum(['eu', 'non_eu', 'unknown']),
    dataNote: ZWords.nullish(),
    hoursPerWeek: z.number().min(0).max(80),
    minimumMonths: z.number().int().min(0).max(120),
    noticeDays: z.number().int().min(0).max(730),
    exitCosts: ZWords.nullish(),
    portability: ZPortability,
    alternativeSlugs: z.array(ZSlug).max(10).default([]),
    sportelloId: z.uuid().nullable().openapi({ description: 'Null: the national catalogue' }),
    status: z.enum(['proposed', 'published']).default('proposed').openapi({ description: "An angel's solution is always 'proposed'" }),
    parts: z.array(ZPricePartIn).max(20),
  })
  .openapi('SolutionInput');

const ZPriceRow = z.object({
  kind: z.enum(PRICE_PART_KINDS),
  amount: z.number().nullable(),
  percent: z.number().nullable(),
  introMonths: z.number().nullable(),
  introAmount: z.number().nullable(),
  label: z.string().nullable(),
  sourceText: z.string(),
  sourceUrl: z.string().nullable(),
  asOf: z.string(),
  isExample: z.boolean(),
});

export const ZSolutionSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    provider: z.string(),
    summary: z.string(),
    areas: z.array(z.string()),
    sectors: z.array(z.string()),
    dataLocation: z.enum(['eu', 'non_eu', 'unknown']),
    hoursPerWeek: z.number(),
    minimumMonths: z.number(),
    usedBy: z.number().int().openapi({ description: 'Businesses whose plan has an action using it' }),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
    parts: z.array(ZPriceRow),
    status: z.enum(['proposed', 'published']),
    sportelloName: z.string().nullable(),
  })
  .openapi('SolutionSummary');

export const ZSolutionList = z.object({ items: z.array(ZSolutionSummary), total: z.number().int() }).openapi('SolutionList');

export const ZSolutionView = ZSolutionSummary.extend({
  whatItDoes: z.string(),
  notFor: z.string(),
  dataNote: z.string().nullable(),
  noticeDays: z.number(),
  exitCosts: z.string().nullable(),
  portability: ZPortability,
  alternatives: z.array(z.object({ slug: z.string(), name: z.string(), summary: z.string() })),
  warnings: z.array(z.object({ slug: z.string(), title: z.string() })).openapi({ description: 'The published "Attenzione a" warnings that link it (/attenzione/{slug})' }),
  outcomes: z.object({ went_well: z.number().int(), mixed: z.number().int(), went_badly: z.number().int() }),
  reviews: z.array(
    z.object({
      id: z.uuid(),
      authorId: z.string(),
      authorName: z.string().nullable(),
      role: z.enum(['angel', 'entrepreneur']),
      rating: z.number().int(),
      text: z.string(),
      usedFor: z.string().nullable(),
      createdAt: z.string(),
      tie: z.object({ providerName: z.string(), what: z.string(), kind: z.string() }).nullable().openapi({ description: "The author's declared tie to the provider" }),
    }),
  ),
  updatedAt: z.string(),
}).openapi('SolutionView');

export const ZCompareResult = z.object({ items: z.array(ZSolutionSummary) }).openapi('SolutionComparison');

export const ZReviewBody = z
  .strictObject({
    businessId: z.uuid(),
    planActionId: z.uuid().nullish(),
    rating: z.number().int().min(1).max(5),
    text: z.string().trim().min(1).max(4000),
    tiedToProvider: z.boolean().openapi({ description: 'Do you work for this provider or earn from it?' }),
    tie: z.strictObject({ what: z.string().trim().max(300), kind: z.enum(['owns', 'works_for', 'earns_from']) }).nullish(),
  })
  .openapi('SolutionReviewInput');
export const ZReviewPatch = z.strictObject({ rating: z.number().int().min(1).max(5).optional(), text: z.string().trim().min(1).max(4000).optional() });
export const ZHideBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });
export const ZReviewOut = z.object({ id: z.uuid(), rating: z.number(), text: z.string(), hidden: z.boolean() }).openapi('SolutionReview');

export const ZTieBody = z.strictObject({ providerName: z.string().trim().min(1).max(120), what: z.string().trim().min(1).max(300), kind: z.enum(['owns', 'works_for', 'earns_from']) });
export const ZTie = z.object({ id: z.uuid(), providerName: z.string(), what: z.string(), kind: z.enum(['owns', 'works_for', 'earns_from']), declaredAt: z.string() }).openapi('ProviderTie');
export const ZTieList = z.object({ items: z.array(ZTie) });
export const ZUserParams = z.object({ userId: z.string().min(1).max(100).openapi({ param: { name: 'userId', in: 'path' } }) });

export const ZLinkBody = z.strictObject({ solutionId: z.uuid().nullable() });
export const ZOutcomeBody = z.strictObject({ outcome: z.enum(['went_well', 'mixed', 'went_badly']), note: z.string().trim().max(500).nullish() });
/** A plan action's link to a catalogue solution, and how it went once done. */
export const ZSolutionLink = z.object({ actionId: z.uuid(), solutionId: z.uuid().nullable(), slug: z.string(), name: z.string(), status: z.string(), outcome: z.string().nullable() });
export const ZPlanLinks = z.object({ items: z.array(ZSolutionLink) });

const ZTieKind = z.enum(['owns', 'works_for', 'earns_from']);
export const ZViewerPart = z
  .object({
    canEdit: z.boolean(),
    uses: z.array(z.object({ businessId: z.uuid(), businessName: z.string(), actions: z.array(z.object({ id: z.uuid(), title: z.string() })), myReviewId: z.uuid().nullable() })).openapi({ description: "The businesses the viewer may review it for (as their angel or their people), with the plan actions that used it" }),
    myReviews: z.array(z.object({ id: z.uuid(), businessId: z.uuid(), rating: z.number().int(), text: z.string(), isHidden: z.boolean() })),
    tie: z.object({ providerName: z.string(), what: z.string(), kind: ZTieKind }).nullable().openapi({ description: "The viewer's declared tie to the provider: shown and required on the review form" }),
    moderation: z.object({ canHide: z.array(z.uuid()), hidden: z.array(z.object({ id: z.uuid(), text: z.string(), reason: z.string(), hiddenAt: z.string() })) }),
  })
  .openapi('SolutionViewerPart');

export const ZManageList = z
  .object({
    scopes: z.array(z.object({ id: z.uuid().nullable(), name: z.string().nullable(), canPublish: z.boolean() })).openapi({ description: 'Where the person may propose (id null: the national catalogue), and whether they publish there' }),
    items: z.array(
      z.object({
        id: z.uuid(),
        slug: z.string(),
        name: z.string(),
        provider: z.string(),
        status: z.enum(['proposed', 'published']),
        sportelloName: z.string().nullable(),
        authorName: z.string().nullable(),
        updatedAt: z.string(),
        canEdit: z.boolean(),
      }),
    ),
  })
  .openapi('SolutionManageList');
