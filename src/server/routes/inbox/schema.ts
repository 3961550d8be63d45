import { z } from '@hono/zod-openapi';
import { INBOX_STATUSES } from '../../../domain/inbox/status.js';
import { AREAS } from '../../../shared/areas.js';
import { ZProblem } from '../../openapi-helpers.js';
import { ZExportFormatQuery } from '../../export/respond-with-table.js';

export const ZInboxStatus = z.enum(INBOX_STATUSES).openapi({ description: 'new: nuova; taken: presa in carico; assigned: assegnata; accompanied: in affiancamento; concluded: conclusa; archived: archiviata' });

export const ZInboxQuery = z.object({
  status: z.union([ZInboxStatus, z.enum(['open', 'all'])]).optional().openapi({ description: 'One status, `open` (default) or `all`' }),
  area: z.enum(AREAS).optional(),
  sectorId: z.string().min(1).max(64).optional(),
  comuneIstat: z.string().regex(/^\d{6}$/).optional(),
  angelUserId: z.string().min(1).max(64).optional(),
  order: z.enum(['newest', 'oldest']).optional().openapi({ description: 'newest first (default) or longest-waiting first' }),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

/** The list's filters, for the export (no cursor or page size: the whole selection). */
export const ZInboxExportQuery = ZInboxQuery.omit({ cursor: true, limit: true }).extend(ZExportFormatQuery.shape);

export const ZInboxItem = z
  .object({
    id: z.uuid(),
    createdAt: z.string(),
    comuneIstat: z.string(),
    comuneName: z.string(),
    sectorId: z.string().nullable(),
    businessName: z.string().nullable(),
    businessId: z.string().nullable(),
    chosenAreas: z.array(z.string()),
    contactKind: z.enum(['account', 'callback']),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    status: ZInboxStatus,
    workingDaysWaiting: z.number().int().openapi({ description: 'Working days (Italy, Europe/Rome) from arrival to the first answer, or to now' }),
    isOverdue: z.boolean().openapi({ description: 'Still new after more than 3 working days' }),
    takenAt: z.string().nullable(),
    takenByName: z.string().nullable(),
    angel: z.object({ userId: z.string(), name: z.string() }).nullable(),
    transfer: z.object({ reason: z.string(), fromSportelloName: z.string().nullable() }).nullable().openapi({ description: 'Why another sportello passed it here' }),
  })
  .openapi('InboxItem');

export const ZInboxPage = z.object({ items: z.array(ZInboxItem), nextCursor: z.string().nullable() }).openapi('InboxPage');

export const ZInboxRequest = ZInboxItem.extend({
  text: z.string(),
  proposedAreas: z.array(z.object({ area: z.string(), score: z.number(), evidence: z.array(z.string()) })),
  atecoDivision: z.string().nullable(),
  employees: z.number().nullable(),
  archiveReason: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  closedAt: z.string().nullable(),
  links: z.object({ tel: z.string().nullable(), whatsapp: z.string().nullable(), mail: z.string().nullable() }),
  notes: z.array(z.object({ id: z.string(), text: z.string(), createdAt: z.string(), authorName: z.string().nullable() })),
  transfers: z.array(z.object({ id: z.string(), reason: z.string(), createdAt: z.string(), byName: z.string().nullable(), fromSportelloName: z.string().nullable(), toSportelloName: z.string().nullable() })),
  mergedRequests: z.array(z.object({ id: z.string(), createdAt: z.string() })),
  duplicates: z.array(z.object({ id: z.string(), createdAt: z.string(), contactName: z.string().nullable(), businessName: z.string().nullable(), comuneName: z.string(), reasons: z.array(z.string()) })),
}).openapi('InboxRequest');

export const ZInboxFacets = z
  .object({
    counts: z.object({ open: z.number().int(), new: z.number().int() }),
    angels: z.array(z.object({ userId: z.string(), name: z.string() })),
    sportelli: z.array(z.object({ id: z.string(), name: z.string() })).openapi({ description: 'Where a request can be passed' }),
    comuni: z.array(z.object({ istat: z.string(), name: z.string() })).openapi({ description: 'Comuni of the sportello’s provinces' }),
  })
  .openapi('InboxFacets');

export const ZInboxSuggestions = z
  .object({
    scope: z.enum(['sportello', 'network']),
    items: z.array(
      z.object({
        angel: z.object({ userId: z.string(), name: z.string(), initials: z.string(), comuneName: z.string(), presentation: z.string(), modes: z.array(z.string()), languages: z.array(z.string()) }),
        score: z.number(),
        reasons: z.array(z.string()),
        distanceKm: z.number().nullable(),
      }),
    ),
  })
  .openapi('InboxSuggestions');

const text = (max: number) => z.string().trim().min(1).max(max);
export const ZNoteBody = z.strictObject({ text: text(4000) }).openapi('InboxNote');
export const ZArchiveBody = z.strictObject({ reason: text(500) }).openapi('InboxArchive');
export const ZAssignBody = z.strictObject({ angelUserId: z.string().min(1).max(64), reason: z.string().trim().max(500).optional() }).openapi('InboxAssign');
export const ZTransferBody = z.strictObject({ toSportelloId: z.uuid(), reason: z.string().trim().min(5).max(1000) }).openapi('InboxTransfer');
export const ZMergeBody = z.strictObject({ otherId: z.uuid() }).openapi('InboxMerge');
export const ZBusinessResult = z.object({ businessId: z.string(), invited: z.boolean(), request: ZInboxRequest }).openapi('InboxBusinessCreated');

export const problem409 = { description: 'Not possible in the request’s current state', content: { 'application/problem+json': { schema: ZProblem } } };
