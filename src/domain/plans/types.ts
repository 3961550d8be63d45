import { z } from 'zod';

/**
 * The relaunch plan (piano di rilancio) as data: a plan, its goals with one measurable
 * indicator each, the actions that serve a goal, indicator readings, the hours of a
 * "noleggia un manager" engagement and the meeting log. docs/plans.md has the model.
 *
 * Dates the two people pick on a calendar (byDate, dueDate, meeting date) are ISO dates,
 * 'YYYY-MM-DD', read in Italian local time: a due date is a day, not an instant, so it
 * does not move when a phone is in another time zone. Readings are instants.
 */

/**
 * The units an indicator can be measured in. A short closed list, so that a micro business
 * never has to invent one and reports can add figures up across businesses.
 */
export const UNITS = ['%', 'EUR', 'clienti', 'ordini', 'ore', 'recensioni', 'visite', 'kg', 'pezzi', 'numero'] as const;

/** Units that count things or time: a negative value makes no sense in them. */
export const NON_NEGATIVE_UNITS = ['clienti', 'ordini', 'ore', 'recensioni', 'visite', 'kg', 'pezzi'] as const;

/** 'active' while the two work on it; 'reached' once they agree it is; 'dropped' when they leave it aside. */
export const GOAL_STATUSES = ['active', 'reached', 'dropped'] as const;
export const ACTION_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const;
export const OWNERS = ['entrepreneur', 'angel'] as const;
export const MEETING_MODES = ['in_person', 'phone', 'video'] as const;

/** Limits shared by the schemas and validate.ts, so a client and the server refuse the same things. */
export const LIMITS = {
  titleMax: 160,
  /** A lesson code or the web address of a template. */
  linkMax: 500,
  indicatorNameMax: 120,
  notesMax: 4000,
  nextStepsMax: 20,
  nextStepMax: 300,
  /** One meeting: a minute to a full working day. */
  meetingMinutesMax: 12 * 60,
  /** Hours logged at once: a day of work at most; a bigger figure is a typing slip. */
  hoursPerEntryMax: 24,
  /** An engagement package: a year of half days is already far above what a call funds. */
  hoursPackageMax: 2000,
  /** Hours go in quarter hours: exact in binary floating point, so sums never drift. */
  hoursStep: 0.25,
} as const;

export type TUnit = (typeof UNITS)[number];
export type TGoalStatus = (typeof GOAL_STATUSES)[number];
export type TActionStatus = (typeof ACTION_STATUSES)[number];
export type TOwner = (typeof OWNERS)[number];
export type TMeetingMode = (typeof MEETING_MODES)[number];

const ZId = z.string().min(1).max(64);
const ZIsoDate = z.iso.date();
const ZHours = z.number().min(0).multipleOf(LIMITS.hoursStep);

export const ZUnit = z.enum(UNITS);
export const ZGoalStatus = z.enum(GOAL_STATUSES);
export const ZActionStatus = z.enum(ACTION_STATUSES);
export const ZOwner = z.enum(OWNERS);
export const ZMeetingMode = z.enum(MEETING_MODES);

/** `version` rises by one at every saved change: the offline sync compares it (sync.ts). */
export const ZPlan = z.strictObject({
  id: ZId,
  businessId: ZId,
  version: z.int().min(1),
});

/**
 * One measurable indicator. `target` lower than `baseline` is a goal to bring something
 * down (costs, hours lost): progress.ts handles both directions.
 */
export const ZIndicator = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.indicatorNameMax),
  unit: ZUnit,
  baseline: z.number(),
  target: z.number(),
  current: z.number(),
  byDate: ZIsoDate,
});

/** `title` is kept in the entrepreneur's own words: never rewritten by the system. */
export const ZGoal = z.strictObject({
  id: ZId,
  planId: ZId,
  title: z.string().trim().min(1).max(LIMITS.titleMax),
  indicator: ZIndicator,
  status: ZGoalStatus,
  version: z.int().min(1),
});

export const ZAction = z.strictObject({
  id: ZId,
  goalId: ZId,
  title: z.string().trim().min(1).max(LIMITS.titleMax),
  owner: ZOwner,
  dueDate: ZIsoDate.nullable(),
  status: ZActionStatus,
  /** A lesson of the method library (Metodo Pop) that teaches how to do it. */
  linkedLessonId: ZId.nullable(),
  /** A call for funding (bando) the action is about, e.g. "Domanda per il voucher digitale". */
  linkedCallId: z.uuid().nullable(),
  version: z.int().min(1),
});

/**
 * A value of an indicator at an instant. `unit` is optional: a client that states it lets
 * the server refuse a figure typed in the wrong unit (validate.ts, 'unit_mismatch').
 */
export const ZIndicatorReading = z.strictObject({
  goalId: ZId,
  value: z.number(),
  unit: ZUnit.optional(),
  at: z.iso.datetime({ offset: true }),
});

/** A "noleggia un manager" engagement, counted in hours (hours.ts). */
export const ZEngagement = z.strictObject({
  hoursPackage: ZHours.max(LIMITS.hoursPackageMax),
  hoursUsed: ZHours,
  /** Hours above the package a coordinator agreed to. */
  approvedExtraHours: ZHours,
  /** The funding call (bando) that pays for the package, when one does. */
  fundingCallId: ZId.nullable(),
});

export const ZMeetingLogEntry = z.strictObject({
  date: ZIsoDate,
  mode: ZMeetingMode,
  durationMinutes: z.int().min(1).max(LIMITS.meetingMinutesMax),
  notes: z.string().max(LIMITS.notesMax),
  decisions: z.string().max(LIMITS.notesMax),
  nextSteps: z.array(z.string().trim().min(1).max(LIMITS.nextStepMax)).max(LIMITS.nextStepsMax),
  /** Hours counted against the engagement: may differ from the duration (travel, preparation). */
  hours: ZHours.max(LIMITS.hoursPerEntryMax),
});

export type TPlan = z.infer<typeof ZPlan>;
export type TIndicator = z.infer<typeof ZIndicator>;
export type TGoal = z.infer<typeof ZGoal>;
export type TAction = z.infer<typeof ZAction>;
export type TIndicatorReading = z.infer<typeof ZIndicatorReading>;
export type TEngagement = z.infer<typeof ZEngagement>;
export type TMeetingLogEntry = z.infer<typeof ZMeetingLogEntry>;
