import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { can, authorize } from '../../../policy/index.js';
import { getBusiness } from '../../../services/network/businesses.js';
import { planCsv, planPdf } from '../../../services/plans/plan-export.js';
import { syncChanges } from '../../../services/plans/plan-sync.js';
import { addComment, addLogEntry, approveExtraHours, listComments, nextStepsToActions, setEngagement } from '../../../services/plans/plan-work.js';
import { addAction, addGoal, addReading, dropSuggestion, findPlanOfBusiness, getPlanView, listHistory, loadPlanRow, startPlan, updateAction, updateGoal } from '../../../services/plans/plans.js';
import { withIdempotency } from '../../../services/system/idempotency.js';
import { romeToday } from '../../../domain/plans/calendar.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import {
  ZActionInput,
  ZActionOut,
  ZActionParams,
  ZActionPatch,
  ZApproveHours,
  ZCommentInput,
  ZComments,
  ZEngagementInput,
  ZEntryParams,
  ZExportQuery,
  ZGoalInput,
  ZGoalOut,
  ZGoalParams,
  ZSuggestionParams,
  ZGoalPatch,
  ZHistory,
  ZLogInput,
  ZPlanParams,
  ZPlanView,
  ZReadingInput,
  ZStepsToActions,
  ZSyncInput,
  ZSyncResults,
} from './schema.js';

const tags = ['piano di rilancio'];
const errors = { 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] };
const ZOptionalIdempotency = z.object({ 'idempotency-key': z.string().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/).optional().openapi({ param: { name: 'idempotency-key', in: 'header' } }) });

const startRoute = defineRoute({ method: 'post', path: '/businesses/{id}/plan', tags, summary: 'Start the relaunch plan (the angel, after the first meeting)', permission: 'plan.start', request: { params: ZUuidParam }, responses: { 200: json(ZPlanView), ...errors } });
const getRoute = defineRoute({ method: 'get', path: '/businesses/{id}/plan', tags, summary: 'The relaunch plan with goals, actions, progress, log, hours and suggestions', permission: 'plan.read', request: { params: ZUuidParam }, responses: { 200: json(ZPlanView), ...errors } });
const dropSuggestionRoute = defineRoute({ method: 'post', path: '/plans/{id}/suggestions/{section}/drop', tags, summary: "'No, grazie' to a starting point from the check-up: neither side is offered it again", permission: 'plan.edit', request: { params: ZSuggestionParams }, responses: { 200: json(z.object({ ok: z.literal(true) })), ...errors } });
const addGoalRoute = defineRoute({ method: 'post', path: '/plans/{id}/goals', tags, summary: 'Add a goal with its indicator (and first actions, and the suggestion it takes)', permission: 'plan.edit', request: { params: ZPlanParams, ...jsonBody(ZGoalInput) }, responses: { 201: json(ZGoalOut), ...errors } });
const patchGoalRoute = defineRoute({ method: 'patch', path: '/plans/{id}/goals/{goalId}', tags, summary: 'Change a goal (send the version you saw)', permission: 'plan.edit', request: { params: ZGoalParams, ...jsonBody(ZGoalPatch) }, responses: { 200: json(ZGoalOut), ...errors } });
const readingRoute = defineRoute({ method: 'post', path: '/plans/{id}/goals/{goalId}/readings', tags, summary: "A new value of the goal's indicator", permission: 'plan.edit', request: { params: ZGoalParams, ...jsonBody(ZReadingInput) }, responses: { 201: json(ZGoalOut), ...errors } });
const addActionRoute = defineRoute({ method: 'post', path: '/plans/{id}/actions', tags, summary: 'Add an action under a goal', permission: 'plan.edit', request: { params: ZPlanParams, ...jsonBody(ZActionInput) }, responses: { 201: json(ZActionOut), ...errors } });
const patchActionRoute = defineRoute({ method: 'patch', path: '/plans/{id}/actions/{actionId}', tags, summary: 'Change an action (send the version you saw)', permission: 'plan.edit', request: { params: ZActionParams, ...jsonBody(ZActionPatch) }, responses: { 200: json(ZActionOut), ...errors } });
const historyRoute = defineRoute({ method: 'get', path: '/plans/{id}/history', tags, summary: 'Who changed what, newest first', permission: 'plan.read', request: { params: ZPlanParams }, responses: { 200: json(ZHistory), ...errors } });
const logRoute = defineRoute({ method: 'post', path: '/plans/{id}/log', tags, summary: 'Write a meeting in the log; its hours count against the package (repeat-safe with Idempotency-Key)', permission: 'plan.edit', request: { params: ZPlanParams, headers: ZOptionalIdempotency, ...jsonBody(ZLogInput) }, responses: { 201: json(z.object({ id: z.uuid() })), ...errors } });
const stepsRoute = defineRoute({ method: 'post', path: '/plans/{id}/log/{entryId}/actions', tags, summary: "Turn a log entry's next steps into actions, in one tap", permission: 'plan.edit', request: { params: ZEntryParams, ...jsonBody(ZStepsToActions) }, responses: { 201: json(z.object({ items: z.array(ZActionOut) })), ...errors } });
const engagementRoute = defineRoute({ method: 'put', path: '/plans/{id}/engagement', tags, summary: 'Noleggia un manager: the package of hours (agreed first by the angel; its hours changed afterwards only by the coordinator)', permission: 'plan.set_package', request: { params: ZPlanParams, ...jsonBody(ZEngagementInput) }, responses: { 200: json(z.any()), ...errors } });
const approveRoute = defineRoute({ method: 'post', path: '/plans/{id}/engagement/approve', tags, summary: 'The coordinator approves hours beyond the package', permission: 'plan.approve_hours', request: { params: ZPlanParams, ...jsonBody(ZApproveHours) }, responses: { 200: json(z.any()), ...errors } });
const commentsRoute = defineRoute({ method: 'get', path: '/plans/{id}/comments', tags, summary: 'Comments on goals and actions', permission: 'plan.read', request: { params: ZPlanParams }, responses: { 200: json(ZComments), ...errors } });
const commentRoute = defineRoute({ method: 'post', path: '/plans/{id}/comments', tags, summary: 'Comment on a goal or an action', permission: 'plan.edit', request: { params: ZPlanParams, ...jsonBody(ZCommentInput) }, responses: { 201: json(z.object({ id: z.uuid() })), ...errors } });
const syncRoute = defineRoute({ method: 'post', path: '/plans/{id}/sync', tags, summary: 'Send changes made offline; conflicts come back with both versions', permission: 'plan.edit', request: { params: ZPlanParams, ...jsonBody(ZSyncInput) }, responses: { 200: json(ZSyncResults), ...errors } });
const pdfRoute = defineRoute({ method: 'get', path: '/plans/{id}/export.pdf', tags, summary: 'The plan as a PDF for the fridge', permission: 'plan.read', request: { params: ZPlanParams, query: ZExportQuery }, responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errors } });
const csvRoute = defineRoute({ method: 'get', path: '/plans/{id}/export.csv', tags, summary: 'The plan as CSV', permission: 'plan.read', request: { params: ZPlanParams, query: ZExportQuery }, responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...errors } });

/** The plan and its business, authorised: another sportello's plan answers 404. */
async function planFor(c: Context<TAppEnv>, planId: string, permission: 'plan.read' | 'plan.edit' | 'plan.set_package' | 'plan.approve_hours') {
  const { db } = c.get('deps');
  const row = await loadPlanRow(db, planId);
  const biz = await getBusiness(db, row.businessId);
  const resource = { type: 'business' as const, businessId: biz.id, sportelloId: biz.sportelloId };
  authorize(c.get('actor'), permission, resource, { hiddenUnless: 'plan.read' });
  return { row, biz, resource };
}

async function view(c: Context<TAppEnv>, planId: string, resource: { type: 'business'; businessId: string; sportelloId: string | null }) {
  const actor = c.get('actor');
  const data = await getPlanView(c.get('deps').db, planId, c.get('locale'));
  return { ...data, abilities: { edit: can(actor, 'plan.edit', resource), start: can(actor, 'plan.start', resource), setPackage: can(actor, 'plan.set_package', resource), approveHours: can(actor, 'plan.approve_hours', resource), suggestLesson: can(actor, 'lesson.suggest', resource) } } as z.infer<typeof ZPlanView>;
}

const by = (c: Context<TAppEnv>) => c.get('actor')!.userId;
const today = () => romeToday(new Date());

export function planRoutes() {
  return createRouter()
    .openapi(startRoute, async (c) => {
      const { db } = c.get('deps');
      const biz = await getBusiness(db, c.req.valid('param').id);
      const resource = { type: 'business' as const, businessId: biz.id, sportelloId: biz.sportelloId };
      authorize(c.get('actor'), 'plan.start', resource, { hiddenUnless: 'plan.read' });
      const row = await startPlan(db, biz.id, by(c));
      return c.json(await view(c, row.id, resource), 200);
    })
    .openapi(getRoute, async (c) => {
      const { db } = c.get('deps');
      const biz = await getBusiness(db, c.req.valid('param').id);
      const resource = { type: 'business' as const, businessId: biz.id, sportelloId: biz.sportelloId };
      authorize(c.get('actor'), 'plan.read', resource);
      const row = await findPlanOfBusiness(db, biz.id);
      if (!row) throw new AppError('plan.not_started', 404);
      return c.json(await view(c, row.id, resource), 200);
    })
    .openapi(dropSuggestionRoute, async (c) => {
      const { id, section } = c.req.valid('param');
      const { row } = await planFor(c, id, 'plan.edit');
      await dropSuggestion(c.get('deps').db, row.id, section, by(c));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(addGoalRoute, async (c) => {
      const { row } = await planFor(c, c.req.valid('param').id, 'plan.edit');
      return c.json(await addGoal(c.get('deps').db, row.id, c.req.valid('json'), by(c)), 201);
    })
    .openapi(patchGoalRoute, async (c) => {
      const { id, goalId } = c.req.valid('param');
      const { row } = await planFor(c, id, 'plan.edit');
      const { version, ...patch } = c.req.valid('json');
      return c.json(await updateGoal(c.get('deps').db, row.id, goalId, version, patch, by(c)), 200);
    })
    .openapi(readingRoute, async (c) => {
      const { id, goalId } = c.req.valid('param');
      const { row } = await planFor(c, id, 'plan.edit');
      return c.json(await addReading(c.get('deps').db, row.id, goalId, c.req.valid('json'), by(c)), 201);
    })
    .openapi(addActionRoute, async (c) => {
      const { row } = await planFor(c, c.req.valid('param').id, 'plan.edit');
      return c.json(await addAction(c.get('deps').db, row.id, c.req.valid('json'), by(c)), 201);
    })
    .openapi(patchActionRoute, async (c) => {
      const { id, actionId } = c.req.valid('param');
      const { row } = await planFor(c, id, 'plan.edit');
      const { version, ...patch } = c.req.valid('json');
      return c.json(await updateAction(c.get('deps').db, row.id, actionId, version, patch, by(c)), 200);
    })
    .openapi(historyRoute, async (c) => {
      const { row } = await planFor(c, c.req.valid('param').id, 'plan.read');
      const items = await listHistory(c.get('deps').db, row.id);
      return c.json({ items: items.map(({ history: h, byName }) => ({ id: h.id, entityKind: h.entityKind, entityId: h.entityId, changes: h.changes, by: h.by, byName, at: h.at.toISOString() })) }, 200);
    })
    .openapi(logRoute, async (c) => {
      const { row, resource } = await planFor(c, c.req.valid('param').id, 'plan.edit');
      const { db } = c.get('deps');
      const input = c.req.valid('json');
      const isCoordinator = can(c.get('actor'), 'plan.approve_hours', resource);
      const write = () => addLogEntry(db, row.id, input, by(c), { isCoordinator, today: today() }).then((e) => ({ id: e.id }));
      const key = c.req.valid('header')['idempotency-key'];
      if (!key) return c.json(await write(), 201);
      // A log written offline is sent again until it arrives: the key makes it land once.
      const result = await withIdempotency(db, `plan-log:${row.id}`, key, input, () => write());
      return c.json(result.body, 201);
    })
    .openapi(stepsRoute, async (c) => {
      const { id, entryId } = c.req.valid('param');
      const { row } = await planFor(c, id, 'plan.edit');
      const created = await nextStepsToActions(c.get('deps').db, row.id, entryId, c.req.valid('json'), by(c));
      return c.json({ items: created.map((a) => ({ id: a.id, goalId: a.goalId, title: a.title, owner: a.owner, dueDate: a.dueDate, status: a.status, linkedLessonId: a.linkedLessonId, linkedCallId: a.linkedCallId, version: a.version })) }, 201);
    })
    .openapi(engagementRoute, async (c) => {
      const { row, resource } = await planFor(c, c.req.valid('param').id, 'plan.set_package');
      const input = c.req.valid('json');
      const isCoordinator = can(c.get('actor'), 'plan.approve_hours', resource);
      return c.json(await setEngagement(c.get('deps').db, row.id, { hoursPackage: input.hoursPackage, fundingCallId: input.fundingCallId?.trim() || null }, by(c), { isCoordinator }), 200);
    })
    .openapi(approveRoute, async (c) => {
      const { row } = await planFor(c, c.req.valid('param').id, 'plan.approve_hours');
      return c.json(await approveExtraHours(c.get('deps').db, row.id, c.req.valid('json').extraHours, by(c)), 200);
    })
    .openapi(commentsRoute, async (c) => {
      const { row } = await planFor(c, c.req.valid('param').id, 'plan.read');
      const items = await listComments(c.get('deps').db, row.id);
      return c.json({ items: items.map((x) => ({ ...x, at: x.at.toISOString() })) }, 200);
    })
    .openapi(commentRoute, async (c) => {
      const { row } = await planFor(c, c.req.valid('param').id, 'plan.edit');
      const created = await addComment(c.get('deps').db, row.id, c.req.valid('json'), by(c));
      return c.json({ id: created.id }, 201);
    })
    .openapi(syncRoute, async (c) => {
      const { row } = await planFor(c, c.req.valid('param').id, 'plan.edit');
      const results = await syncChanges(c.get('deps').db, row.id, c.req.valid('json').changes, by(c));
      return c.json({ results: results as unknown as Record<string, unknown>[] }, 200);
    })
    .openapi(pdfRoute, async (c) => {
      const { row, biz, resource } = await planFor(c, c.req.valid('param').id, 'plan.read');
      const locale = c.req.valid('query').lang ?? c.get('locale');
      const data = await view(c, row.id, resource);
      const next = data.nextMeeting
        ? new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(new Date(data.nextMeeting.startsAt))
        : null;
      const pdf = await planPdf(await getPlanView(c.get('deps').db, row.id, locale), biz.name, next, locale);
      return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="piano-di-rilancio.pdf"', 'cache-control': 'private, no-store' });
    })
    .openapi(csvRoute, async (c) => {
      const { row } = await planFor(c, c.req.valid('param').id, 'plan.read');
      const locale = c.req.valid('query').lang ?? c.get('locale');
      const csv = planCsv(await getPlanView(c.get('deps').db, row.id, locale), locale);
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="piano-di-rilancio.csv"', 'cache-control': 'private, no-store' });
    });
}
