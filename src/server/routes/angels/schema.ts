import { z } from '@hono/zod-openapi';
import { AREAS } from '../../../shared/areas.js';

const ZLanguage = z.string().regex(/^[a-z]{2}$/);

export const ZAngelProfileInput = z
  .strictObject({
    skills: z.array(z.enum(AREAS)).min(1).max(AREAS.length),
    sectors: z.array(z.string().regex(/^\d{2}$/)).max(30),
    baseComuneIstat: z.string().regex(/^\d{6}$/),
    radiusKm: z.number().int().min(0).max(300),
    modes: z.array(z.enum(['in_person', 'remote'])).min(1).max(2),
    languages: z.array(ZLanguage).min(1).max(10),
    capacity: z.number().int().min(1).max(20),
    presentation: z.string().trim().min(20).max(2000),
    whatsappPhone: z.string().trim().regex(/^\+?[0-9 ./-]{6,20}$/).nullish(),
    isWhatsappAllowed: z.boolean().optional(),
  })
  .openapi('AngelProfileInput');

export const ZAngelProfileUpdate = ZAngelProfileInput.partial().openapi('AngelProfileUpdate');

export const ZAngelProfile = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    sportelloId: z.uuid().nullable(),
    status: z.enum(['applied', 'qualified', 'rejected']),
    isPaused: z.boolean(),
    skills: z.array(z.string()),
    sectors: z.array(z.string()),
    baseComuneIstat: z.string(),
    comuneName: z.string(),
    radiusKm: z.number(),
    modes: z.array(z.string()),
    languages: z.array(z.string()),
    capacity: z.number(),
    activeCases: z.number(),
    presentation: z.string(),
    whatsappPhone: z.string().nullable(),
    isWhatsappAllowed: z.boolean(),
    hasCv: z.boolean(),
    cvFileName: z.string().nullable(),
    decisionReason: z.string().nullable(),
    interviewNotes: z.string().nullable().optional(),
    profileChangedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
  })
  .openapi('AngelProfile');

export const ZPause = z.strictObject({ isPaused: z.boolean() }).openapi('AngelPause');

const ZMinute = z.number().int().min(0).max(1440);
export const ZAvailability = z
  .strictObject({
    rules: z.array(z.strictObject({ weekday: z.number().int().min(1).max(7), startMinute: ZMinute, endMinute: ZMinute })).max(50),
    exceptions: z
      .array(z.strictObject({ day: z.iso.date(), kind: z.enum(['unavailable', 'extra']), startMinute: ZMinute.nullable(), endMinute: ZMinute.nullable() }))
      .max(200),
  })
  .openapi('Availability');

export const ZReview = z
  .strictObject({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().min(5).max(2000), interviewNotes: z.string().trim().max(5000).nullish() })
  .openapi('AngelReview');

export const ZAngelListItem = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['applied', 'qualified', 'rejected']),
  isPaused: z.boolean(),
  skills: z.array(z.string()),
  capacity: z.number(),
  activeCases: z.number(),
  comuneName: z.string(),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
  profileChangedAt: z.string().nullable(),
});

export const ZUserIdParam = z.object({ userId: z.string().min(1).max(64).openapi({ param: { name: 'userId', in: 'path' } }) });

export const ZSlotsQuery = z.object({
  days: z.coerce.number().int().min(1).max(60).default(14).openapi({ param: { name: 'days', in: 'query' } }),
});
export const ZSlots = z.object({ items: z.array(z.object({ startsAt: z.string(), endsAt: z.string() })) });
