import { z } from '@hono/zod-openapi';
import type { TActor } from '../../../domain/network/actor.js';
import { authorize, can } from '../../../policy/index.js';
import { ensureAssignment } from '../../../services/matching/assignments.js';
import { loadMeetingContext } from '../../../services/meetings/meeting-context.js';
import { whatsappLink } from '../../../services/meetings/meeting-mails.js';
import { bookMeeting, cancelMeeting, changeMeeting, giveFeedback, listMeetingsFor, recordOutcome, type TMeetingDeps } from '../../../services/meetings/meetings.js';
import { getBusiness } from '../../../services/network/businesses.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { ZBookMeeting, ZCancelMeeting, ZChangeMeeting, ZFeedback, ZMeeting, ZOutcome } from './schema.js';
import type { Context } from 'hono';

const tags = ['meetings'];
/** A first meeting lasts one slot. */
export const FIRST_MEETING_MINUTES = 45;

const listRoute = defineRoute({ method: 'get', path: '/meetings', tags, summary: 'My meetings, as entrepreneur or angel', permission: 'signed_in', responses: { 200: json(z.object({ items: z.array(ZMeeting) })), 401: problemResponses[401] } });
const bookRoute = defineRoute({ method: 'post', path: '/meetings', tags, summary: "Book a free first meeting in one of the angel's free slots", permission: 'business.match', request: jsonBody(ZBookMeeting), responses: { 201: json(ZMeeting, 'Booked'), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] } });
const getRoute = defineRoute({ method: 'get', path: '/meetings/{id}', tags, summary: 'One meeting', permission: 'meeting.read', request: { params: ZUuidParam }, responses: { 200: json(ZMeeting), 401: problemResponses[401], 404: problemResponses[404] } });
const changeRoute = defineRoute({ method: 'patch', path: '/meetings/{id}', tags, summary: 'Move to another free slot or change how', permission: 'meeting.change', request: { params: ZUuidParam, ...jsonBody(ZChangeMeeting) }, responses: { 200: json(ZMeeting), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] } });
const cancelRoute = defineRoute({ method: 'post', path: '/meetings/{id}/cancel', tags, summary: 'Cancel (either side)', permission: 'meeting.change', request: { params: ZUuidParam, ...jsonBody(ZCancelMeeting) }, responses: { 200: json(ZMeeting), 401: problemResponses[401], 404: problemResponses[404] } });
const outcomeRoute = defineRoute({ method: 'post', path: '/meetings/{id}/outcome', tags, summary: 'The angel records how it went and the next step', permission: 'meeting.record_outcome', request: { params: ZUuidParam, ...jsonBody(ZOutcome) }, responses: { 200: json(ZMeeting), 401: problemResponses[401], 404: problemResponses[404] } });
const feedbackRoute = defineRoute({ method: 'post', path: '/meetings/{id}/feedback', tags, summary: 'The entrepreneur says how it went (1–5 and a sentence)', permission: 'meeting.feedback', request: { params: ZUuidParam, ...jsonBody(ZFeedback) }, responses: { 200: json(ZMeeting), 401: problemResponses[401], 404: problemResponses[404] } });

function meetingDeps(c: Context<TAppEnv>): TMeetingDeps {
  const { db, mailer, logger, config } = c.get('deps');
  return { db, mailer, logger, baseUrl: config.baseUrl };
}

type TContext = Awaited<ReturnType<typeof loadMeetingContext>>;
const resourceOf = (ctx: TContext) => ({ type: 'meeting' as const, businessId: ctx.meeting.businessId, sportelloId: ctx.meeting.sportelloId, angelUserId: ctx.meeting.angelUserId });

function present(ctx: TContext, actor: TActor | null): z.infer<typeof ZMeeting> {
  const m = ctx.meeting;
  const resource = resourceOf(ctx);
  const isAngelSide = can(actor, 'meeting.record_outcome', resource) || can(actor, 'sportello.update', { type: 'sportello', sportelloId: m.sportelloId ?? '' });
  return {
    id: m.id,
    businessId: m.businessId,
    businessName: ctx.businessName,
    angelUserId: m.angelUserId,
    angelName: ctx.angel.name,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    mode: m.mode,
    note: m.note,
    videoLink: m.videoLink,
    status: m.status,
    cancelReason: m.cancelReason,
    // The angel's own notes stay on the angel's side.
    ...(isAngelSide ? { outcomeNotes: m.outcomeNotes } : {}),
    nextStep: m.nextStep,
    feedbackRating: m.feedbackRating,
    feedbackText: m.feedbackText,
    whatsappUrl: ctx.whatsapp && can(actor, 'meeting.feedback', resource) ? whatsappLink(ctx.whatsapp, 'Ciao, ti scrivo per il nostro incontro su Affianco.') : null,
    abilities: { change: can(actor, 'meeting.change', resource), recordOutcome: can(actor, 'meeting.record_outcome', resource), feedback: can(actor, 'meeting.feedback', resource) },
  };
}

async function loadAuthorized(c: Context<TAppEnv>, id: string, permission: 'meeting.read' | 'meeting.change' | 'meeting.record_outcome' | 'meeting.feedback') {
  const ctx = await loadMeetingContext(c.get('deps').db, id);
  authorize(c.get('actor'), permission, resourceOf(ctx), { hiddenUnless: 'meeting.read' });
  return ctx;
}

export function meetingRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const actor = c.get('actor')!;
      const { db } = c.get('deps');
      const rows = await listMeetingsFor(db, actor.userId, actor.businessIds);
      const items = await Promise.all(rows.map(async (r) => present(await loadMeetingContext(db, r.meeting.id), actor)));
      return c.json({ items }, 200);
    })
    .openapi(bookRoute, async (c) => {
      const actor = c.get('actor')!;
      const input = c.req.valid('json');
      const deps = meetingDeps(c);
      const biz = await getBusiness(deps.db, input.businessId);
      authorize(actor, 'business.match', { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId }, { hiddenUnless: 'business.read' });
      const startsAt = new Date(input.startsAt);
      await ensureAssignment(deps.db, biz.id, input.angelUserId, actor.userId);
      const id = await bookMeeting(deps, {
        businessId: biz.id,
        angelUserId: input.angelUserId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + FIRST_MEETING_MINUTES * 60_000),
        mode: input.mode,
        note: input.note ?? null,
        videoLink: input.videoLink ?? null,
        bookedBy: actor.userId,
      });
      return c.json(present(await loadMeetingContext(deps.db, id), actor), 201);
    })
    .openapi(getRoute, async (c) => c.json(present(await loadAuthorized(c, c.req.valid('param').id, 'meeting.read'), c.get('actor')), 200))
    .openapi(changeRoute, async (c) => {
      const ctx = await loadAuthorized(c, c.req.valid('param').id, 'meeting.change');
      const body = c.req.valid('json');
      await changeMeeting(meetingDeps(c), ctx.meeting.id, { startsAt: body.startsAt ? new Date(body.startsAt) : undefined, mode: body.mode, videoLink: body.videoLink });
      return c.json(present(await loadMeetingContext(c.get('deps').db, ctx.meeting.id), c.get('actor')), 200);
    })
    .openapi(cancelRoute, async (c) => {
      const ctx = await loadAuthorized(c, c.req.valid('param').id, 'meeting.change');
      await cancelMeeting(meetingDeps(c), ctx.meeting.id, c.get('actor')!.userId, c.req.valid('json').reason ?? null);
      return c.json(present(await loadMeetingContext(c.get('deps').db, ctx.meeting.id), c.get('actor')), 200);
    })
    .openapi(outcomeRoute, async (c) => {
      const ctx = await loadAuthorized(c, c.req.valid('param').id, 'meeting.record_outcome');
      const body = c.req.valid('json');
      await recordOutcome(meetingDeps(c), ctx.meeting.id, { isHeld: body.isHeld, notes: body.notes ?? null, nextStep: body.nextStep ?? null });
      return c.json(present(await loadMeetingContext(c.get('deps').db, ctx.meeting.id), c.get('actor')), 200);
    })
    .openapi(feedbackRoute, async (c) => {
      const ctx = await loadAuthorized(c, c.req.valid('param').id, 'meeting.feedback');
      const body = c.req.valid('json');
      await giveFeedback(meetingDeps(c), ctx.meeting.id, { rating: body.rating, text: body.text ?? null });
      return c.json(present(await loadMeetingContext(c.get('deps').db, ctx.meeting.id), c.get('actor')), 200);
    });
}
