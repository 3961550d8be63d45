import { z } from '@hono/zod-openapi';
import { ACTION_STATUSES, GOAL_STATUSES, OWNERS, UNITS } from '../../../domain/plans/types.js';
import { ZSolutionLink } from '../solutions/schema.js';

const ZDate = z.iso.date();
const ZIndicatorInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  unit: z.enum(UNITS),
  baseline: z.number(),
  target: z.number(),
  current: z.number().optional(),
  byDate: ZDate,
});

export const ZGoalInput = z
  .strictObject({
    title: z.string().trim().min(1).max(160),
    indicator: ZIndicatorInput,
    actions: z
      .array(z.strictObject({ title: z.string().trim().min(1).max(160), owner: z.enum(OWNERS) }))
      .max(10)
      .optional()
      .openapi({ description: 'First actions, saved with the goal (all or nothing)' }),
    fromSuggestion: z.string().max(40).optional().openapi({ description: "The check-up section whose suggestion this goal takes: it is no longer offered to either side" }),
  })
  .openapi('GoalInput');
export const ZGoalPatch = z
  .strictObject({ version: z.number().int().min(1), title: z.string().trim().min(1).max(160).optional(), status: z.enum(GOAL_STATUSES).optional(), indicator: ZIndicatorInput.partial().optional() })
  .openapi('GoalPatch');
export const ZReadingInput = z.strictObject({ value: z.number(), unit: z.enum(UNITS).optional(), at: z.iso.datetime({ offset: true }).optional() }).openapi('ReadingInput');
export const ZActionInput = z
  .strictObject({ goalId: z.uuid(), title: z.string().trim().min(1).max(160), owner: z.enum(OWNERS), dueDate: ZDate.nullish(), linkedLessonId: z.string().trim().max(500).nullish(), linkedCallId: z.uuid().nullish().openapi({ description: 'A call for funding (bando) the action is about' }) })
  .openapi('ActionInput');
export const ZActionPatch = z
  .strictObject({
    version: z.number().int().min(1),
    title: z.string().trim().min(1).max(160).optional(),
    owner: z.enum(OWNERS).optional(),
    dueDate: ZDate.nullable().optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    linkedLessonId: z.string().trim().max(500).nullable().optional(),
    linkedCallId: z.uuid().nullable().optional().openapi({ description: 'A call for funding (bando) the action is about; null unlinks it' }),
  })
  .openapi('ActionPatch');

const ZGoal = z.object({
  id: z.string(),
  planId: z.string(),
  title: z.string(),
  indicator: z.object({ name: z.string(), unit: z.string(), baseline: z.number(), target: z.number(), current: z.number(), byDate: z.string() }),
  status: z.string(),
  version: z.number(),
});
const ZAction = z.object({ id: z.string(), goalId: z.string(), title: z.string(), owner: z.string(), dueDate: z.string().nullable(), status: z.string(), linkedLessonId: z.string().nullable(), linkedCallId: z.string().nullable(), version: z.number() });

export const ZGoalOut = ZGoal.openapi('Goal');
export const ZActionOut = ZAction.openapi('Action');
export const ZPlanView = z
  .object({
    plan: z.object({ id: z.uuid(), businessId: z.uuid(), version: z.number(), createdAt: z.string() }),
    business: z.object({ id: z.uuid(), name: z.string() }).openapi({ description: 'Whose plan it is' }),
    goals: z.array(ZGoal.extend({ readings: z.array(z.object({ value: z.number(), at: z.string() })) })),
    actions: z.array(ZAction),
    lessons: z.array(z.object({ slug: z.string(), title: z.string() })).openapi({ description: 'Titles of the lessons the actions link to (linkedLessonId), in the reader’s language or Italian' }),
    calls: z
      .array(
        z.object({
          id: z.uuid(),
          slug: z.string(),
          title: z.string(),
          closesDay: z.string().nullable(),
          closing: z.enum(['date', 'rolling', 'unknown']),
          closesSoon: z.boolean().openapi({ description: 'The closing day is 0 to 14 days away (Europe/Rome)' }),
          status: z.enum(['open', 'upcoming', 'closed', 'rolling', 'unknown']),
        }),
      )
      .openapi({ description: 'The calls for funding the actions link to (linkedCallId), with their deadline; the public page is /bandi/{slug}' }),
    solutions: z
      .array(ZSolutionLink)
      .openapi({ description: 'The catalogue solutions the actions point to (/soluzioni/{slug}) and how each went once done' }),
    progress: z.object({ actionsDone: z.number(), actionsTotal: z.number(), goalsReached: z.number(), goalsTotal: z.number(), share: z.number() }),
    suggestions: z.array(z.any()),
    engagement: z.object({ hoursPackage: z.number(), hoursUsed: z.number(), approvedExtraHours: z.number(), remaining: z.number(), fundingCallId: z.string().nullable() }).nullable(),
    log: z.array(
      z.object({ id: z.uuid(), date: z.string(), mode: z.string(), durationMinutes: z.number(), notes: z.string(), decisions: z.string(), nextSteps: z.array(z.string()), hours: z.number(), byName: z.string().nullable(), createdAt: z.string(), stepsTurnedAt: z.string().nullable() }),
    ),
    nextMeeting: z.object({ id: z.uuid(), startsAt: z.string(), mode: z.string() }).nullable(),
    checkups: z.object({
      first: z.object({ id: z.uuid(), overall: z.number(), submittedAt: z.string() }).nullable(),
      latest: z.object({ id: z.uuid(), overall: z.number(), submittedAt: z.string() }).nullable(),
      isRetakeSuggested: z.boolean(),
    }),
    abilities: z.object({ edit: z.boolean(), start: z.boolean(), setPackage: z.boolean(), approveHours: z.boolean(), suggestLesson: z.boolean() }),
  })
  .openapi('PlanView');

export const ZLogInput = z
  .strictObject({
    date: ZDate,
    mode: z.enum(['in_person', 'phone', 'video']),
    durationMinutes: z.number().int().min(1).max(720),
    notes: z.string().max(5000).default(''),
    decisions: z.string().max(5000).default(''),
    nextSteps: z.array(z.string().trim().min(1).max(160)).max(20).default([]),
    hours: z.number().min(0).max(24).default(0),
  })
  .openapi('LogInput');
export const ZStepsToActions = z.strictObject({ goalId: z.uuid(), owner: z.enum(OWNERS) }).openapi('StepsToActions');
export const ZEngagementInput = z.strictObject({ hoursPackage: z.number().min(0.25).max(500).multipleOf(0.25), fundingCallId: z.string().max(64).nullish() }).openapi('EngagementInput');
export const ZApproveHours = z.strictObject({ extraHours: z.number().min(0.25).max(200).multipleOf(0.25) }).openapi('ApproveHours');
export const ZCommentInput = z.strictObject({ targetKind: z.enum(['goal', 'action']), targetId: z.uuid(), body: z.string().trim().min(1).max(2000) }).openapi('CommentInput');
export const ZComments = z.object({ items: z.array(z.object({ id: z.uuid(), targetKind: z.string(), targetId: z.uuid(), body: z.string(), byName: z.string().nullable(), at: z.string() })) });
export const ZSyncInput = z
  .strictObject({
    changes: z
      .array(
        z.strictObject({
          clientChangeId: z.string().min(8).max(100),
          entity: z.enum(['action', 'goal']),
          entityId: z.uuid(),
          baseVersion: z.number().int().min(1),
          base: z.record(z.string(), z.unknown()).optional(),
          patch: z.record(z.string(), z.unknown()),
          madeAt: z.iso.datetime({ offset: true }),
        }),
      )
      .max(500),
  })
  .openapi('SyncInput');
export const ZSyncResults = z.object({ results: z.array(z.record(z.string(), z.unknown())) });
export const ZExportQuery = z.object({ lang: z.enum(['it', 'en']).optional().openapi({ param: { name: 'lang', in: 'query' } }) });
export const ZHistory = z.object({
  items: z.array(z.object({ id: z.uuid(), entityKind: z.string(), entityId: z.uuid(), changes: z.any(), by: z.string().nullable(), byName: z.string().nullable(), at: z.string() })),
});
export const ZPlanParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const ZSuggestionParams = ZPlanParams.extend({ section: z.string().max(40).openapi({ param: { name: 'section', in: 'path' } }) });
export const ZGoalParams = ZPlanParams.extend({ goalId: z.uuid().openapi({ param: { name: 'goalId', in: 'path' } }) });
export const ZActionParams = ZPlanParams.extend({ actionId: z.uuid().openapi({ param: { name: 'actionId', in: 'path' } }) });
export const ZEntryParams = ZPlanParams.extend({ entryId: z.uuid().openapi({ param: { name: 'entryId', in: 'path' } }) });

const ZPlanListItem = z
  .object({
    businessId: z.uuid(),
    businessName: z.string(),
    comuneName: z.string(),
    planId: z.uuid().nullable().openapi({ description: 'Null while the plan has not been started' }),
    progress: z.object({ actionsDone: z.number(), actionsTotal: z.number(), goalsReached: z.number(), goalsTotal: z.number(), share: z.number() }),
    overdueActions: z.number().int().openapi({ description: 'Open actions due before today (Europe/Rome)' }),
    nextDueDate: z.string().nullable().openapi({ description: 'Earliest due date from today on among open actions' }),
    lastMeetingDate: z.string().nullable().openapi({ description: 'Day of the newest meeting-log entry' }),
  })
  .openapi('PlanListItem');
export const ZPlanList = z.object({ items: z.array(ZPlanListItem) }).openapi('PlanList');
