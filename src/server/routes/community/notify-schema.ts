import { z } from '@hono/zod-openapi';

export const ZThreadSlugParam = z.object({ slug: z.string().min(1).max(200).openapi({ example: 'come-trovo-clienti-nuovi' }) });
export const ZFollowState = z.object({ following: z.boolean() }).openapi('CommunityFollowState');

export const ZNotificationParam = z.object({ id: z.uuid() });
export const ZInboxQuery = z.object({ cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page' }) });
export const ZNotification = z
  .object({
    id: z.uuid(),
    kind: z.enum(['reply', 'mention', 'solved', 'moderation', 'offer', 'offer_free', 'escalated']).or(z.string()),
    createdAt: z.string(),
    isRead: z.boolean(),
    thread: z.object({ slug: z.string(), title: z.string() }).nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('CommunityNotification');
export const ZInbox = z.object({ items: z.array(ZNotification), nextCursor: z.string().nullable(), unreadCount: z.number().int() }).openapi('CommunityInbox');
export const ZUnreadCount = z.object({ unreadCount: z.number().int() }).openapi('CommunityUnreadCount');
export const ZOk = z.object({ ok: z.literal(true) });

export const ZEmailMode = z.enum(['each', 'daily', 'off']);
export const ZMailSettings = z.object({ emailMode: ZEmailMode }).openapi('CommunityMailSettings');

export const ZTokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/) });

export const ZOfferParam = z.object({ id: z.uuid() });
export const ZOffer = z
  .object({
    id: z.uuid(),
    sportelloId: z.uuid(),
    state: z.string(),
    thread: z.object({ slug: z.string(), title: z.string(), area: z.string() }),
    waitingHours: z.number().int(),
    isAreaMatch: z.boolean(),
    isMine: z.boolean(),
    takenUntil: z.string().nullable(),
  })
  .openapi('CommunityOffer');
export const ZOffers = z.object({ items: z.array(ZOffer) }).openapi('CommunityOffers');
export const ZTaken = z.object({ takenUntil: z.string() }).openapi('CommunityOfferTaken');

export const ZSportelloParam = z.object({ id: z.uuid() });
export const ZQueue = z
  .object({
    items: z.array(
      z.object({
        thread: z.object({ slug: z.string(), title: z.string(), area: z.string() }),
        createdAt: z.string(),
        waitingHours: z.number().int(),
        offer: z.object({ id: z.uuid(), state: z.string(), takenByName: z.string().nullable(), takenUntil: z.string().nullable(), escalatedAt: z.string().nullable() }).nullable(),
      }),
    ),
  })
  .openapi('CommunityUnansweredQueue');
