import { z } from '@hono/zod-openapi';

const ZMode = z.enum(['in_person', 'phone', 'video']);

export const ZBookMeeting = z
  .strictObject({
    businessId: z.uuid(),
    angelUserId: z.string().min(1).max(64),
    startsAt: z.iso.datetime({ offset: true }),
    mode: ZMode,
    note: z.string().trim().max(1000).nullish(),
    videoLink: z.url({ protocol: /^https$/ }).max(500).nullish(),
  })
  .openapi('BookMeeting');

export const ZChangeMeeting = z
  .strictObject({ startsAt: z.iso.datetime({ offset: true }).optional(), mode: ZMode.optional(), videoLink: z.url({ protocol: /^https$/ }).max(500).nullable().optional() })
  .openapi('ChangeMeeting');
export const ZCancelMeeting = z.strictObject({ reason: z.string().trim().max(500).nullish() }).openapi('CancelMeeting');
export const ZOutcome = z
  .strictObject({ isHeld: z.boolean(), notes: z.string().trim().max(5000).nullish(), nextStep: z.enum(['start_plan', 'no_plan', 'later']).nullish() })
  .openapi('MeetingOutcome');
export const ZFeedback = z.strictObject({ rating: z.number().int().min(1).max(5), text: z.string().trim().max(500).nullish() }).openapi('MeetingFeedback');

export const ZMeeting = z
  .object({
    id: z.uuid(),
    businessId: z.uuid(),
    businessName: z.string(),
    angelUserId: z.string(),
    angelName: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    mode: ZMode,
    note: z.string().nullable(),
    videoLink: z.string().nullable(),
    status: z.enum(['booked', 'cancelled', 'held', 'not_held']),
    cancelReason: z.string().nullable(),
    outcomeNotes: z.string().nullable().optional(),
    nextStep: z.enum(['start_plan', 'no_plan', 'later']).nullable(),
    feedbackRating: z.number().nullable(),
    feedbackText: z.string().nullable(),
    /** "Scrivimi su WhatsApp": shown to the business side when the angel allows it. */
    whatsappUrl: z.string().nullable(),
    abilities: z.object({ change: z.boolean(), recordOutcome: z.boolean(), feedback: z.boolean() }),
  })
  .openapi('Meeting');
