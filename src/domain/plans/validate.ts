import { z } from 'zod';
import { ACTION_STATUSES, GOAL_STATUSES, LIMITS, MEETING_MODES, NON_NEGATIVE_UNITS, OWNERS, UNITS, type TUnit } from './types.js';

/**
 * Checks of what people type into the plan, field by field, so a form can mark each field
 * in plain words. Inputs are `unknown`: they come from clients and offline drafts.
 * Problems come in the order of the form's fields.
 */

export type TProblemCode =
  /** The field is missing (undefined or null where a value is needed). */
  | 'required'
  /** Wrong type, a date that does not exist, a value outside its list. */
  | 'invalid'
  /** A text made only of spaces. */
  | 'empty'
  | 'too_long'
  /** The target is the starting value: there would be nothing to reach. */
  | 'target_equals_baseline'
  /** A figure names a unit other than the indicator's (12 EUR on an indicator in recensioni). */
  | 'unit_mismatch'
  /** A deadline already gone when the goal or action is created. */
  | 'due_in_past'
  /** A meeting logged on a day that has not come yet, or a reading taken in the future. */
  | 'in_future'
  /** A number outside its range: negative customers, a 30-hour meeting, hours not in quarter hours. */
  | 'out_of_range'
  /** A lesson or template link that is neither a Metodo Pop lesson code nor a web address (http or https). */
  | 'invalid_link'
  /** A lesson code that names no published lesson: the service checks it (it can look), never this pure code. */
  | 'unknown_lesson'
  /** A funding call id that names no call this plan may link (missing, or another sportello's own call): the service checks it. */
  | 'unknown_call';

export interface TFieldProblem {
  /** Dot path of the field, as in the input: 'indicator.target', 'nextSteps.2'. */
  field: string;
  code: TProblemCode;
}

/**
 * A figure as a client may send it: a bare number is in the indicator's unit; an object
 * names its unit, and is refused when it names another one.
 */
export type TAmountInput = number | { value: number; unit: string };

const ZIsoDate = z.iso.date();
const ZIsoDateTime = z.iso.datetime({ offset: true });

/** Readings up to this far ahead of the server clock are accepted: phones' clocks drift. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null;
}

function checkText(problems: TFieldProblem[], field: string, value: unknown, max: number): void {
  if (isMissing(value)) problems.push({ field, code: 'required' });
  else if (typeof value !== 'string') problems.push({ field, code: 'invalid' });
  else if (value.trim() === '') problems.push({ field, code: 'empty' });
  else if (value.trim().length > max) problems.push({ field, code: 'too_long' });
}

function checkEnum(problems: TFieldProblem[], field: string, value: unknown, allowed: readonly string[], isRequired: boolean): void {
  if (isMissing(value)) {
    if (isRequired) problems.push({ field, code: 'required' });
  } else if (typeof value !== 'string' || !allowed.includes(value)) {
    problems.push({ field, code: 'invalid' });
  }
}

/** An ISO date that exists, or undefined after recording the problem. */
function readDate(problems: TFieldProblem[], field: string, value: unknown, isRequired: boolean): string | undefined {
  if (isMissing(value)) {
    if (isRequired) problems.push({ field, code: 'required' });
    return undefined;
  }
  if (!ZIsoDate.safeParse(value).success) {
    problems.push({ field, code: 'invalid' });
    return undefined;
  }
  return value as string;
}

function isUnit(value: unknown): value is TUnit {
  return typeof value === 'string' && (UNITS as readonly string[]).includes(value);
}

/** Checks one figure against the indicator's unit; returns its value when it is a usable number. */
function readAmount(problems: TFieldProblem[], field: string, value: unknown, unit: TUnit | undefined, isRequired: boolean): number | undefined {
  if (isMissing(value)) {
    if (isRequired) problems.push({ field, code: 'required' });
    return undefined;
  }
  let amount: unknown = value;
  if (isRecord(value)) {
    amount = value.value;
    if (!isUnit(value.unit)) {
      problems.push({ field, code: 'invalid' });
      return undefined;
    }
    // Only a known indicator unit can be mismatched; an invalid one is reported on its own field.
    if (unit !== undefined && value.unit !== unit) {
      problems.push({ field, code: 'unit_mismatch' });
      return undefined;
    }
  }
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    problems.push({ field, code: 'invalid' });
    return undefined;
  }
  if (amount < 0 && unit !== undefined && (NON_NEGATIVE_UNITS as readonly string[]).includes(unit)) {
    problems.push({ field, code: 'out_of_range' });
    return undefined;
  }
  return amount;
}

function checkHours(problems: TFieldProblem[], field: string, value: unknown, max: number): void {
  if (isMissing(value)) problems.push({ field, code: 'required' });
  else if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ field, code: 'invalid' });
  else if (value < 0 || value > max || !Number.isInteger(value / LIMITS.hoursStep)) problems.push({ field, code: 'out_of_range' });
}

/**
 * Checks a goal as typed in the form: title, indicator name and unit, baseline, target and
 * current in the indicator's unit, target different from baseline, a deadline that exists
 * and, when the goal is created, is not already past. `current` may be left out: it starts
 * at the baseline. Editing an old goal with a past deadline is fine (`isCreation: false`).
 *
 * @example
 *   validateGoal(
 *     { title: 'Più recensioni', indicator: { name: 'Recensioni', unit: 'recensioni', baseline: 4, target: { value: 14, unit: 'EUR' }, byDate: '2027-03-01' } },
 *     { today: '2026-12-01' },
 *   ) // [{ field: 'indicator.target', code: 'unit_mismatch' }]
 */
export function validateGoal(input: unknown, { today, isCreation = true }: { today: string; isCreation?: boolean }): TFieldProblem[] {
  const problems: TFieldProblem[] = [];
  const goal = isRecord(input) ? input : {};
  checkText(problems, 'title', goal.title, LIMITS.titleMax);

  if (!isRecord(goal.indicator)) {
    problems.push({ field: 'indicator', code: isMissing(goal.indicator) ? 'required' : 'invalid' });
  } else {
    const indicator = goal.indicator;
    checkText(problems, 'indicator.name', indicator.name, LIMITS.indicatorNameMax);
    checkEnum(problems, 'indicator.unit', indicator.unit, UNITS, true);
    const unit = isUnit(indicator.unit) ? indicator.unit : undefined;
    const baseline = readAmount(problems, 'indicator.baseline', indicator.baseline, unit, true);
    const target = readAmount(problems, 'indicator.target', indicator.target, unit, true);
    readAmount(problems, 'indicator.current', indicator.current, unit, false);
    if (baseline !== undefined && target !== undefined && baseline === target) {
      problems.push({ field: 'indicator.target', code: 'target_equals_baseline' });
    }
    const byDate = readDate(problems, 'indicator.byDate', indicator.byDate, true);
    if (byDate !== undefined && isCreation && byDate < today) problems.push({ field: 'indicator.byDate', code: 'due_in_past' });
  }

  checkEnum(problems, 'status', goal.status, GOAL_STATUSES, false);
  return problems;
}

/**
 * Checks an action as typed in the form. A due date is optional (null: "when we can"); at
 * creation it cannot be already past, later it may be (the action is then just late).
 *
 * @example
 *   validateAction({ title: '  ', owner: 'angel', dueDate: '2026-11-01' }, { today: '2026-11-20', isCreation: true })
 *   // [{ field: 'title', code: 'empty' }, { field: 'dueDate', code: 'due_in_past' }]
 */
export function validateAction(input: unknown, { today, isCreation }: { today: string; isCreation: boolean }): TFieldProblem[] {
  const problems: TFieldProblem[] = [];
  const action = isRecord(input) ? input : {};
  checkText(problems, 'title', action.title, LIMITS.titleMax);
  checkEnum(problems, 'owner', action.owner, OWNERS, true);
  const dueDate = readDate(problems, 'dueDate', action.dueDate, false);
  if (dueDate !== undefined && isCreation && dueDate < today) problems.push({ field: 'dueDate', code: 'due_in_past' });
  checkEnum(problems, 'status', action.status, ACTION_STATUSES, false);
  if (!isMissing(action.linkedLessonId) && !isLessonOrTemplateLink(action.linkedLessonId)) {
    problems.push({ field: 'linkedLessonId', code: 'invalid_link' });
  }
  if (!isMissing(action.linkedCallId) && !isCallId(action.linkedCallId)) problems.push({ field: 'linkedCallId', code: 'invalid' });
  return problems;
}

/** A funding call's id as the catalogue keeps it (a uuid); whether the call exists is the service's to check. */
function isCallId(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * An action's link: the code of a Metodo Pop lesson ('prezzo-giusto-2') or the web address of a
 * template or lesson elsewhere (http or https only: a `javascript:` address would run in the page).
 *
 * @example isLessonOrTemplateLink('https://example.org/modello.pdf') // true
 */
export function isLessonOrTemplateLink(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > LIMITS.linkMax) return false;
  if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * Checks a new reading of an indicator: a number in the indicator's unit (a reading that
 * names another unit is refused), taken at an instant that is not in the future.
 *
 * @example
 *   validateReading({ value: 300, unit: 'EUR', at: '2026-11-20T10:00:00Z' }, { unit: 'ordini', now: new Date('2026-11-21T00:00:00Z') })
 *   // [{ field: 'value', code: 'unit_mismatch' }]
 */
export function validateReading(input: unknown, { unit, now }: { unit: TUnit; now: Date }): TFieldProblem[] {
  const problems: TFieldProblem[] = [];
  const reading = isRecord(input) ? input : {};
  // A reading may carry its unit beside the value or inside it; both are checked the same way.
  const amount = !isMissing(reading.unit) ? { value: reading.value, unit: reading.unit } : reading.value;
  readAmount(problems, 'value', amount, unit, true);
  if (isMissing(reading.at)) problems.push({ field: 'at', code: 'required' });
  else if (!ZIsoDateTime.safeParse(reading.at).success) problems.push({ field: 'at', code: 'invalid' });
  else if (Date.parse(reading.at as string) > now.getTime() + CLOCK_SKEW_MS) problems.push({ field: 'at', code: 'in_future' });
  return problems;
}

/**
 * Checks a meeting log entry: a day not after today, a known mode, a duration of 1 minute
 * to 12 hours, hours from 0 to 24 in quarter hours, next steps that are not blank.
 *
 * @example
 *   validateMeetingLogEntry({ date: '2026-11-20', mode: 'phone', durationMinutes: 0, notes: '', decisions: '', nextSteps: [], hours: 0.5 }, { today: '2026-11-20' })
 *   // [{ field: 'durationMinutes', code: 'out_of_range' }]
 */
export function validateMeetingLogEntry(input: unknown, { today }: { today: string }): TFieldProblem[] {
  const problems: TFieldProblem[] = [];
  const entry = isRecord(input) ? input : {};
  const date = readDate(problems, 'date', entry.date, true);
  if (date !== undefined && date > today) problems.push({ field: 'date', code: 'in_future' });
  checkEnum(problems, 'mode', entry.mode, MEETING_MODES, true);

  const minutes = entry.durationMinutes;
  if (isMissing(minutes)) problems.push({ field: 'durationMinutes', code: 'required' });
  else if (typeof minutes !== 'number' || !Number.isInteger(minutes)) problems.push({ field: 'durationMinutes', code: 'invalid' });
  else if (minutes < 1 || minutes > LIMITS.meetingMinutesMax) problems.push({ field: 'durationMinutes', code: 'out_of_range' });

  for (const field of ['notes', 'decisions'] as const) {
    const value = entry[field];
    // Notes may be empty: a short phone call does not always leave something to write.
    if (isMissing(value)) continue;
    if (typeof value !== 'string') problems.push({ field, code: 'invalid' });
    else if (value.length > LIMITS.notesMax) problems.push({ field, code: 'too_long' });
  }

  const steps = entry.nextSteps;
  if (!isMissing(steps)) {
    if (!Array.isArray(steps)) problems.push({ field: 'nextSteps', code: 'invalid' });
    else if (steps.length > LIMITS.nextStepsMax) problems.push({ field: 'nextSteps', code: 'out_of_range' });
    else steps.forEach((step: unknown, i) => checkText(problems, `nextSteps.${i}`, step, LIMITS.nextStepMax));
  }

  checkHours(problems, 'hours', entry.hours, LIMITS.hoursPerEntryMax);
  return problems;
}
