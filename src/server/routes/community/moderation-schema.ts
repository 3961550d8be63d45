import { z } from '@hono/zod-openapi';
import { REASON_MAX, REASON_MIN, REPORT_NOTE_MAX, REPORT_REASONS, SILENCE_MAX_HOURS, SILENCE_MIN_HOURS, SLOW_MODE_MAX_SECONDS, SLOW_MODE_MIN_SECONDS } from '../../../domain/community/moderation.js';
import { AREAS } from '../../../shared/areas.js';

const uuidParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });
export const ZPostParam = z.object({ postId: uuidParam('postId') });
export const ZThreadParam = z.object({ threadId: uuidParam('threadId') });
export const ZSportelloParam = z.object({ sportelloId: uuidParam('sportelloId') });
export const ZLogQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });

/** Shown to the author: required, a few words at least, one short paragraph at most. */
const ZReason = z.string().trim().min(REASON_MIN).max(REASON_MAX).openapi({ example: 'Il messaggio offende un’altra persona.' });

export const ZReport = z
  .strictObject({
    reason: z.enum(REPORT_REASONS).openapi({ example: 'rude' }),
    note: z.string().trim().max(REPORT_NOTE_MAX).nullish().openapi({ example: 'Dà del truffatore a chi ha risposto.' }),
  })
  .openapi('CommunityReport');
export const ZReportResult = z.object({ reportId: z.uuid(), isHidden: z.boolean() }).openapi('CommunityReportResult');

export const ZPostModeration = z
  .strictObject({ action: z.enum(['hide', 'restore', 'dismiss_reports']), reason: ZReason })
  .openapi('CommunityPostModeration');

export const ZThreadModeration = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.enum(['hide', 'restore', 'lock', 'unlock']), reason: ZReason }),
    z.strictObject({ action: z.literal('move'), area: z.enum(AREAS), reason: ZReason }),
    z.strictObject({ action: z.literal('slow_mode'), seconds: z.number().int().min(SLOW_MODE_MIN_SECONDS).max(SLOW_MODE_MAX_SECONDS).nullable(), reason: ZReason }),
  ])
  .openapi('CommunityThreadModeration');

export const ZAccountModeration = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.literal('silence'), hours: z.number().int().min(SILENCE_MIN_HOURS).max(SILENCE_MAX_HOURS), reason: ZReason }),
    z.strictObject({ action: z.literal('unsilence'), reason: ZReason }),
  ])
  .openapi('CommunityAccountModeration');

export const ZOk = z.object({ ok: z.literal(true) });
export const ZSilenceResult = z.object({ silencedUntil: z.string().nullable() }).openapi('CommunitySilenceResult');

const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZModerationQueue = z
  .object({
    items: z.array(
      z.object({
        post: z.object({
          id: z.uuid(),
          position: z.number().int(),
          text: z.string(),
          createdAt: z.string(),
          isHidden: z.boolean(),
          isPendingReview: z.boolean(),
          hiddenReason: z.string().nullable(),
          hiddenAt: z.string().nullable(),
        }),
        author: ZPerson.nullable(),
        thread: z.object({ id: z.uuid(), slug: z.string(), title: z.string(), area: z.string() }),
        reports: z.array(z.object({ id: z.uuid(), reason: z.enum(REPORT_REASONS), note: z.string().nullable(), reporterName: z.string(), createdAt: z.string() })),
      }),
    ),
  })
  .openapi('CommunityModerationQueue');

export const ZModerationLog = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        action: z.string(),
        reason: z.string(),
        details: z.unknown(),
        moderator: ZPerson.nullable(),
        target: ZPerson.nullable(),
        thread: z.object({ id: z.uuid(), slug: z.string(), title: z.string() }).nullable(),
        postId: z.uuid().nullable(),
        createdAt: z.string(),
      }),
    ),
    page: z.number().int(),
    hasMore: z.boolean(),
  })
  .openapi('CommunityModerationLog');
