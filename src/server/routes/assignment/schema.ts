import { z } from '@hono/zod-openapi';
import { AREAS } from '../../../shared/areas.js';

const ZPerson = z.object({ userId: z.string(), name: z.string(), comuneName: z.string() });
const ZRequest = z.object({ id: z.string(), name: z.string(), comuneName: z.string() });

export const ZAssignAllPreview = z
  .object({
    sportelloId: z.string(),
    totalCost: z.number().openapi({ description: 'Sum of the proposed pairs’ costs (needs mismatch + distance + load, docs/assignment.md)' }),
    counts: z.object({ requests: z.number().int(), angels: z.number().int(), pairs: z.number().int(), unassigned: z.number().int() }),
    pairs: z.array(
      z.object({
        business: ZRequest,
        angel: ZPerson,
        cost: z.number(),
        coverage: z.number().openapi({ description: 'Share of the business’s weighted needs the angel’s skills cover, 0..1' }),
        covered: z.array(z.enum(AREAS)),
        uncovered: z.array(z.enum(AREAS)),
        isInPerson: z.boolean(),
        distanceKm: z.number().nullable(),
        load: z.object({ activeCases: z.number().int(), capacity: z.number().int(), after: z.number().int() }),
        alternatives: z
          .array(z.object({ angel: ZPerson, cost: z.number(), coverage: z.number(), isInPerson: z.boolean(), distanceKm: z.number().nullable() }))
          .openapi({ description: 'Other angels the hard rules allow for this business, cheapest first' }),
      }),
    ),
    unassigned: z.array(z.object({ business: ZRequest, reason: z.string(), reasonText: z.string() })),
    angels: z.array(ZPerson.extend({ capacity: z.number().int(), activeCases: z.number().int(), proposed: z.number().int(), isAvailable: z.boolean() })),
  })
  .openapi('AssignAllPreview');

export const ZAssignAllConfirm = z
  .strictObject({
    pairs: z
      .array(z.strictObject({ businessId: z.uuid(), angelUserId: z.string().min(1).max(64) }))
      .min(1)
      .max(2000),
  })
  .openapi('AssignAllConfirm');

export const ZAssignAllConfirmed = z
  .object({ assigned: z.array(z.object({ businessId: z.string(), angelUserId: z.string() })), reason: z.string() })
  .openapi('AssignAllConfirmed');

const ZCaseload = z.object({
  userId: z.string(),
  name: z.string(),
  comuneName: z.string(),
  capacity: z.number().int(),
  isPaused: z.boolean(),
  activeCases: z.number().int(),
  meetingsThisMonth: z.number().int().openapi({ description: 'Meetings not cancelled starting this calendar month (Europe/Rome)' }),
  overdueActions: z.number().int(),
  lastActivityAt: z.string().nullable(),
  businesses: z.array(
    z.object({ id: z.string(), name: z.string(), comuneName: z.string(), startedAt: z.string(), reason: z.string().nullable(), overdueActions: z.number().int(), lastActivityAt: z.string().nullable() }),
  ),
});

export const ZCaseloads = z.object({ items: z.array(ZCaseload) }).openapi('Caseloads');
export const ZOwnCaseload = ZCaseload.nullable().openapi('OwnCaseload');

export const ZMoveBusiness = z
  .strictObject({ businessId: z.uuid(), angelUserId: z.string().min(1).max(64), reason: z.string().trim().min(5).max(500) })
  .openapi('MoveBusiness');

export const ZExportQuery = z.object({ format: z.enum(['json', 'csv', 'xlsx']).optional() });
