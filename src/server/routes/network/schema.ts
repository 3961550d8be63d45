import { z } from '@hono/zod-openapi';

// Text fields are trimmed and bounded; HTML and SQL are stored as plain text and
// escaped by React on the way out, so no characters are banned.
const text = (max: number) => z.string().trim().min(1).max(max);

export const ZUuidParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const ZProvinceRef = z.object({ code: z.string(), sigla: z.string(), name: z.string() }).openapi('ProvinceRef');

export const ZSportello = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    provinces: z.array(ZProvinceRef),
  })
  .openapi('Sportello');

export const ZSportelloDetail = z
  .object({
    sportello: ZSportello,
    abilities: z.object({ update: z.boolean(), manageMembers: z.boolean(), invite: z.boolean() }),
  })
  .openapi('SportelloDetail');

export const ZSportelloList = z.object({ items: z.array(ZSportello) });

export const ZAdminSportelloList = z.object({ items: z.array(ZSportello.extend({ memberCount: z.number().int() })) });

export const ZCreateSportello = z
  .strictObject({
    name: text(120),
    slug: z.string().trim().min(2).max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    email: z.email().max(254).nullish(),
    phone: z.string().trim().max(40).nullish(),
    address: z.string().trim().max(200).nullish(),
  })
  .openapi('CreateSportello');

export const ZSetProvinces = z
  .strictObject({ provinceCodes: z.array(z.string().regex(/^\d{3}$/)).max(107) })
  .openapi('SetProvinces');

export const ZLookupQuery = z.object({ comune: z.string().regex(/^\d{6}$/).openapi({ param: { name: 'comune', in: 'query' }, example: '098031' }) });

export const ZLookupResult = z.object({
  comune: z.object({ istat: z.string(), name: z.string(), provinceCode: z.string() }),
  sportello: ZSportello.nullable(),
});

export const ZRole = z.enum(['coordinator', 'angel']);

export const ZMember = z.object({ id: z.uuid(), userId: z.string(), name: z.string(), email: z.string(), role: ZRole }).openapi('Member');
export const ZMemberList = z.object({ items: z.array(ZMember) });
export const ZMemberParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  membershipId: z.uuid().openapi({ param: { name: 'membershipId', in: 'path' } }),
});

export const ZInvitation = z
  .object({ id: z.uuid(), email: z.string(), role: ZRole, expiresAt: z.string(), createdAt: z.string() })
  .openapi('Invitation');
export const ZInvitationList = z.object({ items: z.array(ZInvitation) });
export const ZCreateInvitation = z.strictObject({ email: z.email().max(254), role: ZRole }).openapi('CreateInvitation');
export const ZInvitationParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  invitationId: z.uuid().openapi({ param: { name: 'invitationId', in: 'path' } }),
});
export const ZTokenParam = z.object({ token: z.string().min(20).max(100).openapi({ param: { name: 'token', in: 'path' } }) });
export const ZInvitationPreview = z.object({ sportelloName: z.string(), role: ZRole, email: z.string(), expiresAt: z.string() });

export const ZMe = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), locale: z.enum(['it', 'en']), isAdmin: z.boolean() }),
    memberships: z.array(z.object({ id: z.uuid(), sportelloId: z.uuid(), sportelloName: z.string(), role: ZRole })),
    businesses: z.array(z.object({ id: z.uuid(), name: z.string(), comuneName: z.string(), sportelloName: z.string().nullable() })),
  })
  .openapi('Me');
export const ZUpdateMe = z.strictObject({ name: text(120).optional(), locale: z.enum(['it', 'en']).optional() }).openapi('UpdateMe');

export const ZBusiness = z
  .object({
    id: z.uuid(),
    name: z.string(),
    comuneIstat: z.string(),
    comuneName: z.string(),
    sportelloId: z.uuid().nullable(),
    sportelloName: z.string().nullable(),
    atecoDivision: z.string().nullable(),
    employees: z.number().int().nullable(),
  })
  .openapi('Business');
export const ZBusinessList = z.object({ items: z.array(ZBusiness) });
export const ZCreateBusiness = z
  .strictObject({
    name: text(160),
    comuneIstat: z.string().regex(/^\d{6}$/),
    atecoDivision: z.string().regex(/^\d{2}$/).nullish(),
    employees: z.number().int().min(0).max(100_000).nullish(),
  })
  .openapi('CreateBusiness');
export const ZUpdateBusiness = ZCreateBusiness.partial().openapi('UpdateBusiness');

export const ZMailList = z.object({
  items: z.array(z.object({ id: z.uuid(), to: z.string(), subject: z.string(), text: z.string(), status: z.enum(['sent', 'outbox', 'failed']), createdAt: z.string() })),
});
