import { z } from '@hono/zod-openapi';
import { FUNNEL_BREAKDOWNS, FUNNEL_STEPS } from '../../../domain/insights/types.js';
import type { TPeriodProblem } from '../../../domain/insights/period.js';
import type { TLocale } from '../../../shared/locale.js';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

export const ZInsightsQuery = z.object({
  sportelloId: z.string().uuid().optional().openapi({ description: 'One sportello; leave out for the whole network (network admin only)' }),
  from: day.openapi({ example: '2026-01-01', description: 'First Rome day, included (default: 364 days before `to`)' }),
  to: day.openapi({ example: '2026-12-31', description: 'Last Rome day, included (default: today in Rome); at most 732 days in all' }),
});

export const ZFunnelQuery = ZInsightsQuery.extend({
  by: z.enum(FUNNEL_BREAKDOWNS).default('none').openapi({ description: 'Breakdown: none, sportello, angel (first assigned), area (of the first ascolto), sector (ATECO division)' }),
});

export const ZImpactQuery = ZInsightsQuery;

const ZScope = z.union([
  z.object({ kind: z.literal('sportello'), sportelloId: z.string(), name: z.string() }),
  z.object({ kind: z.literal('network') }),
]);
const ZPeriod = z.object({ from: z.string(), to: z.string() });

const ZStep = z.object({
  step: z.enum(FUNNEL_STEPS),
  count: z.number().int().openapi({ description: 'Cases that reached this step and every one before it' }),
  reached: z.number().int().openapi({ description: 'Cases that reached this step at all' }),
  conversion: z.number().nullable().openapi({ description: 'count ÷ previous count (0–1)' }),
  shareOfContacts: z.number().nullable(),
  medianDaysFromPrevious: z.number().nullable(),
});
const ZGroup = z.object({ key: z.string().nullable(), label: z.string().nullable(), steps: z.array(ZStep) });

export const ZFunnel = z
  .object({
    scope: ZScope,
    period: ZPeriod,
    by: z.enum(FUNNEL_BREAKDOWNS),
    total: ZGroup,
    groups: z.array(ZGroup),
    groupsOmitted: z.number().int(),
    computedAt: z.string(),
  })
  .openapi('InsightsFunnel');

const ZSpread = z.union([
  z.object({ isSuppressed: z.literal(false), n: z.number().int(), median: z.number(), q1: z.number(), q3: z.number() }),
  z.object({ isSuppressed: z.literal(true) }).openapi({ description: 'Fewer than 5: nothing shown ("meno di 5")' }),
]);

export const ZImpact = z
  .object({
    scope: ZScope,
    period: ZPeriod,
    checkups: z.object({
      compared: z.number().int().nullable(),
      sections: z.array(z.object({ section: z.string(), kind: z.enum(['area', 'dimension', 'overall']), change: ZSpread })),
    }),
    goals: z.array(z.object({ kind: z.string(), reached: z.number().int(), set: z.number().int() })),
    hours: z.object({ hoursLogged: z.number(), plansWithHours: z.number().int(), engagements: z.number().int(), engagementHours: z.number(), engagementHoursPackaged: z.number() }),
    satisfaction: z.object({ rating: ZSpread, mean: z.number().nullable(), distribution: z.array(z.number().int()).nullable(), meetingsHeld: z.number().int() }),
    computedAt: z.string(),
  })
  .openapi('InsightsImpact');

const PERIOD_MESSAGES: Record<TPeriodProblem['code'], Record<TLocale, string>> = {
  invalid_day: { it: 'Scrivi un giorno che esiste, come 2026-03-31.', en: 'Write a day that exists, like 2026-03-31.' },
  from_after_to: { it: 'Il giorno di inizio viene dopo quello di fine.', en: 'The first day comes after the last one.' },
  too_long: { it: 'Il periodo è troppo lungo: al massimo due anni.', en: 'The period is too long: two years at most.' },
};

export function periodMessage(code: TPeriodProblem['code'], locale: TLocale): string {
  return PERIOD_MESSAGES[code][locale];
}
