import { z } from '@hono/zod-openapi';
import { authorize, can } from '../../../policy/index.js';
import { applyAsAngel, getAngelProfile, getCv, listAngelsOfSportello, reviewAngel, setAngelPaused, updateAngelProfile } from '../../../services/angels/angel-profile.js';
import { freeSlotsOf, getAvailability, setAvailability } from '../../../services/angels/availability.js';
import { angelDecisionMail } from '../../../services/mail/templates.js';
import { AppError } from '../../../shared/errors.js';
import { isLocale } from '../../../shared/locale.js';
import type { TActor } from '../../../domain/network/actor.js';
import { fieldErrors } from '../../problem.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { limitPublicWrite } from '../../limit-public-write.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { ZAngelListItem, ZAngelProfile, ZAngelProfileInput, ZAngelProfileUpdate, ZAvailability, ZPause, ZReview, ZSlots, ZSlotsQuery, ZUserIdParam } from './schema.js';

const tags = ['angels'];
const DAY = 86_400_000;

const applyRoute = defineRoute({
  method: 'post',
  path: '/angels/application',
  tags,
  summary: 'Apply to become an angel: profile (JSON in the `profile` field) and an optional CV (PDF, 5 MB at most)',
  permission: 'signed_in',
  request: {
    body: {
      required: true,
      content: { 'multipart/form-data': { schema: z.object({ profile: z.string().openapi({ description: 'AngelProfileInput as JSON' }), cv: z.any().optional().openapi({ type: 'string', format: 'binary' }) }) } },
    },
  },
  responses: { 201: json(ZAngelProfile, 'Applied'), 401: problemResponses[401], 422: problemResponses[422], 429: problemResponses[429] },
});

const meRoute = defineRoute({ method: 'get', path: '/angels/me', tags, summary: 'My angel profile', permission: 'signed_in', responses: { 200: json(ZAngelProfile), 401: problemResponses[401], 404: problemResponses[404] } });
const patchMeRoute = defineRoute({ method: 'patch', path: '/angels/me', tags, summary: 'Edit my angel profile', permission: 'angel.edit', request: jsonBody(ZAngelProfileUpdate), responses: { 200: json(ZAngelProfile), 401: problemResponses[401], 422: problemResponses[422] } });
const pauseRoute = defineRoute({ method: 'post', path: '/angels/me/pause', tags, summary: 'Pause (holidays) or resume matching', permission: 'angel.edit', request: jsonBody(ZPause), responses: { 200: json(ZAngelProfile), 401: problemResponses[401] } });
const getAvailabilityRoute = defineRoute({ method: 'get', path: '/angels/me/availability', tags, summary: 'My weekly hours and exceptions (Europe/Rome)', permission: 'angel.edit', responses: { 200: json(ZAvailability), 401: problemResponses[401] } });
const putAvailabilityRoute = defineRoute({ method: 'put', path: '/angels/me/availability', tags, summary: 'Replace my weekly hours and exceptions', permission: 'angel.edit', request: jsonBody(ZAvailability), responses: { 200: json(ZAvailability), 401: problemResponses[401], 422: problemResponses[422] } });
const listRoute = defineRoute({ method: 'get', path: '/sportelli/{id}/angels', tags, summary: 'Applications and angels of the sportello', permission: 'angel.review', request: { params: ZUuidParam }, responses: { 200: json(z.object({ items: z.array(ZAngelListItem) })), 401: problemResponses[401], 404: problemResponses[404] } });
const getRoute = defineRoute({ method: 'get', path: '/angels/{userId}', tags, summary: "An angel's profile (the angel, their coordinators)", permission: 'angel.read', request: { params: ZUserIdParam }, responses: { 200: json(ZAngelProfile), 401: problemResponses[401], 404: problemResponses[404] } });
const cvRoute = defineRoute({ method: 'get', path: '/angels/{userId}/cv', tags, summary: 'The CV (PDF), never public', permission: 'angel.read', request: { params: ZUserIdParam }, responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, 401: problemResponses[401], 404: problemResponses[404] } });
const reviewRoute = defineRoute({ method: 'post', path: '/angels/{userId}/review', tags, summary: 'Qualify or reject an application, with the reason sent by e-mail', permission: 'angel.review', request: { params: ZUserIdParam, ...jsonBody(ZReview) }, responses: { 200: json(ZAngelProfile), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] } });
const slotsRoute = defineRoute({ method: 'get', path: '/angels/{userId}/slots', tags, summary: "An angel's free first-meeting slots", permission: 'signed_in', request: { params: ZUserIdParam, query: ZSlotsQuery }, responses: { 200: json(ZSlots), 401: problemResponses[401], 404: problemResponses[404] } });

type TProfile = Awaited<ReturnType<typeof getAngelProfile>>;
function present(p: TProfile, actor: TActor | null): z.infer<typeof ZAngelProfile> {
  const r = p.profile;
  const isReviewer = can(actor, 'angel.review', { type: 'angel', userId: r.userId, sportelloId: r.sportelloId });
  return {
    userId: r.userId,
    name: p.name,
    email: p.email,
    sportelloId: r.sportelloId,
    status: r.status,
    isPaused: r.isPaused,
    skills: r.skills,
    sectors: r.sectors,
    baseComuneIstat: r.baseComuneIstat,
    comuneName: p.comuneName,
    radiusKm: r.radiusKm,
    modes: r.modes,
    languages: r.languages,
    capacity: r.capacity,
    activeCases: p.activeCases,
    presentation: r.presentation,
    whatsappPhone: r.whatsappPhone,
    isWhatsappAllowed: r.isWhatsappAllowed,
    hasCv: Boolean(p.cvFileName),
    cvFileName: p.cvFileName,
    decisionReason: r.decisionReason,
    // Interview notes are the coordinators' working notes, not shown to the applicant.
    ...(isReviewer ? { interviewNotes: r.interviewNotes } : {}),
    profileChangedAt: r.profileChangedAt?.toISOString() ?? null,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
  };
}

const angelResource = (p: TProfile) => ({ type: 'angel' as const, userId: p.profile.userId, sportelloId: p.profile.sportelloId });

export function angelRoutes() {
  return createRouter()
    .openapi(applyRoute, async (c) => {
      const actor = c.get('actor')!;
      const form = await c.req.parseBody().catch(() => {
        throw new AppError('request.invalid', 422, [{ field: 'profile', message: 'multipart' }]);
      });
      let raw: unknown;
      try {
        raw = JSON.parse(String(form.profile ?? ''));
      } catch {
        throw new AppError('request.invalid', 422, [{ field: 'profile', message: 'json' }]);
      }
      const parsed = ZAngelProfileInput.safeParse(raw);
      if (!parsed.success) throw new AppError('request.invalid', 422, fieldErrors(parsed.error, c.get('locale')));
      await limitPublicWrite(c, 'angel_application', parsed.data.baseComuneIstat);
      const file = form.cv;
      const cv = file instanceof File && file.size > 0 ? { fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) } : null;
      const profile = await applyAsAngel(c.get('deps').db, actor.userId, parsed.data, cv);
      return c.json(present(profile, actor), 201);
    })
    .openapi(meRoute, async (c) => c.json(present(await getAngelProfile(c.get('deps').db, c.get('actor')!.userId), c.get('actor')), 200))
    .openapi(patchMeRoute, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'angel.edit', { type: 'angel', userId: actor.userId, sportelloId: null });
      return c.json(present(await updateAngelProfile(c.get('deps').db, actor.userId, c.req.valid('json')), actor), 200);
    })
    .openapi(pauseRoute, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'angel.edit', { type: 'angel', userId: actor.userId, sportelloId: null });
      return c.json(present(await setAngelPaused(c.get('deps').db, actor.userId, c.req.valid('json').isPaused), actor), 200);
    })
    .openapi(getAvailabilityRoute, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'angel.edit', { type: 'angel', userId: actor.userId, sportelloId: null });
      return c.json(await getAvailability(c.get('deps').db, actor.userId), 200);
    })
    .openapi(putAvailabilityRoute, async (c) => {
      const actor = c.get('actor')!;
      authorize(actor, 'angel.edit', { type: 'angel', userId: actor.userId, sportelloId: null });
      const { db } = c.get('deps');
      await getAngelProfile(db, actor.userId);
      return c.json(await setAvailability(db, actor.userId, c.req.valid('json')), 200);
    })
    .openapi(listRoute, async (c) => {
      const { id } = c.req.valid('param');
      authorize(c.get('actor'), 'angel.review', { type: 'angel', userId: '', sportelloId: id });
      const rows = await listAngelsOfSportello(c.get('deps').db, id);
      return c.json(
        { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), reviewedAt: r.reviewedAt?.toISOString() ?? null, profileChangedAt: r.profileChangedAt?.toISOString() ?? null })) },
        200,
      );
    })
    .openapi(getRoute, async (c) => {
      const profile = await getAngelProfile(c.get('deps').db, c.req.valid('param').userId);
      authorize(c.get('actor'), 'angel.read', angelResource(profile));
      return c.json(present(profile, c.get('actor')), 200);
    })
    .openapi(cvRoute, async (c) => {
      const { db } = c.get('deps');
      const profile = await getAngelProfile(db, c.req.valid('param').userId);
      authorize(c.get('actor'), 'angel.read', angelResource(profile));
      const cv = await getCv(db, profile.profile.userId);
      return c.body(new Uint8Array(cv.bytes), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="cv-${profile.profile.userId.slice(0, 8)}.pdf"`,
        'cache-control': 'private, no-store',
      });
    })
    .openapi(reviewRoute, async (c) => {
      const { db, mailer, config } = c.get('deps');
      const actor = c.get('actor')!;
      const profile = await getAngelProfile(db, c.req.valid('param').userId);
      authorize(actor, 'angel.review', angelResource(profile), { hiddenUnless: 'angel.read' });
      const input = c.req.valid('json');
      const person = await reviewAngel(db, profile.profile.userId, actor.userId, { decision: input.decision, reason: input.reason, interviewNotes: input.interviewNotes ?? null });
      await mailer.send(angelDecisionMail(person.email, { name: person.name, isApproved: input.decision === 'approve', reason: input.reason, baseUrl: config.baseUrl }, isLocale(person.locale) ? person.locale : 'it'));
      return c.json(present(await getAngelProfile(db, profile.profile.userId), actor), 200);
    })
    .openapi(slotsRoute, async (c) => {
      const { db } = c.get('deps');
      const profile = await getAngelProfile(db, c.req.valid('param').userId);
      if (profile.profile.status !== 'qualified') throw new AppError('resource.not_found', 404);
      const from = new Date();
      const slots = await freeSlotsOf(db, profile.profile.userId, from, new Date(from.getTime() + c.req.valid('query').days * DAY));
      return c.json({ items: slots.map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString() })) }, 200);
    });
}
