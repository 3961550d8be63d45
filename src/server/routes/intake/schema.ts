import { z } from '@hono/zod-openapi';
import { AREAS } from '../../../shared/areas.js';

export const ZArea = z.enum(AREAS);

/** "Attenzione a": a warning the text speaks of (src/services/traps/request-warnings.ts). */
export const ZRequestWarning = z
  .object({ slug: z.string(), title: z.string(), summary: z.string(), stage: z.enum(['signed', 'before', 'unknown']), evidence: z.array(z.string()), cues: z.array(z.string()), nextSteps: z.array(z.string()) })
  .openapi('RequestWarning');

export const ZAnalyse = z.strictObject({ text: z.string().trim().min(1).max(4000) }).openapi('AnalyseText');

export const ZNeedsProfile = z
  .object({ areas: z.array(z.object({ area: ZArea, score: z.number(), evidence: z.array(z.string()) })) })
  .openapi('NeedsProfile');

const ZEmail = z.email().max(254);

export const ZIntakeRequestBody = z
  .strictObject({
    comuneIstat: z.string().regex(/^\d{6}$/),
    sectorId: z.string().max(60).nullish(),
    atecoDivision: z.string().regex(/^\d{2}$/).nullish(),
    employees: z.number().int().min(0).max(100_000).nullish(),
    businessName: z.string().trim().min(1).max(160).nullish(),
    text: z.string().trim().min(10).max(4000),
    chosenAreas: z.array(ZArea).max(AREAS.length).refine((a) => new Set(a).size === a.length, { message: 'duplicate' }),
    contact: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('account'), email: ZEmail }),
      z
        .strictObject({
          kind: z.literal('callback'),
          name: z.string().trim().min(1).max(120),
          phone: z.string().trim().regex(/^\+?[0-9 ./-]{6,20}$/).nullish(),
          email: ZEmail.nullish(),
        })
        .refine((c) => Boolean(c.phone || c.email), { message: 'phone_or_email', path: ['phone'] }),
    ]),
    consent: z.strictObject({ version: z.string().max(40), accepted: z.literal(true) }),
    locale: z.enum(['it', 'en']).default('it'),
  })
  .openapi('IntakeRequestBody');

export const ZIdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/)
    .openapi({ param: { name: 'idempotency-key', in: 'header' }, example: '5b0a6f0e-3c1b-4f0a-9d43-1d2f0f6f9f10' }),
});

export const ZIntakeResult = z
  .object({
    id: z.uuid(),
    sportello: z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
    proposedAreas: ZNeedsProfile.shape.areas,
    chosenAreas: z.array(ZArea),
    businessId: z.uuid().nullable(),
    warnings: z.array(ZRequestWarning).default([]),
  })
  .openapi('IntakeResult');

export const ZIntakeRequest = z
  .object({
    id: z.uuid(),
    createdAt: z.string(),
    comuneIstat: z.string(),
    comuneName: z.string(),
    sectorId: z.string().nullable(),
    sectorLabel: z.string().nullable(),
    atecoDivision: z.string().nullable(),
    employees: z.number().nullable(),
    businessName: z.string().nullable(),
    businessId: z.uuid().nullable(),
    text: z.string(),
    proposedAreas: ZNeedsProfile.shape.areas,
    chosenAreas: z.array(ZArea),
    contactKind: z.enum(['account', 'callback']),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    consentVersion: z.string(),
    status: z.enum(['new', 'in_progress', 'closed']),
  })
  .openapi('IntakeRequest');

export const ZSectorList = z.object({
  items: z.array(z.object({ id: z.string(), label: z.object({ it: z.string(), en: z.string() }), division: z.string() })),
});
