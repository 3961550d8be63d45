import { api } from '../../../lib/api-client';
import { planPath } from './plan-path';
import { takeEarly } from '../../../lib/early-fetch';

export const UNITS = ['%', 'EUR', 'clienti', 'ordini', 'ore', 'recensioni', 'visite', 'kg', 'pezzi', 'numero'] as const;
export type TUnit = (typeof UNITS)[number];
export const ACTION_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const;
export type TActionStatus = (typeof ACTION_STATUSES)[number];
export const OWNERS = ['entrepreneur', 'angel'] as const;
export type TOwner = (typeof OWNERS)[number];
export const LOG_MODES = ['in_person', 'phone', 'video'] as const;
export type TLogMode = (typeof LOG_MODES)[number];
export type TGoalStatus = 'active' | 'reached' | 'dropped';

export type TIndicator = { name: string; unit: TUnit; baseline: number; target: number; current: number; byDate: string };
export type TReading = { value: number; at: string };
export type TGoal = { id: string; planId: string; title: string; indicator: TIndicator; status: TGoalStatus; version: number; readings: TReading[] };
export type TAction = {
  id: string;
  goalId: string;
  title: string;
  owner: TOwner;
  dueDate: string | null;
  status: TActionStatus;
  linkedLessonId: string | null;
  /** A call for funding (bando) the action is about; missing in a copy from an older server. */
  linkedCallId?: string | null;
  version: number;
};
/** A call an action links to, with where it stands (the server's day, Europe/Rome). */
export type TPlanCall = {
  id: string;
  slug: string;
  title: string;
  closesDay: string | null;
  closing: 'date' | 'rolling' | 'unknown';
  closesSoon: boolean;
  status: 'open' | 'upcoming' | 'closed' | 'rolling' | 'unknown';
};
export type TSuggestion = {
  section: string;
  goalTitle: string;
  indicator: { name: string; unit: TUnit; change: { by: 'amount' | 'percent'; value: number }; months: number; example: string };
  actions: { title: string; owner: TOwner }[];
};
export type TEngagement = { hoursPackage: number; hoursUsed: number; approvedExtraHours: number; remaining: number; fundingCallId: string | null };
export type TLogEntry = {
  id: string;
  date: string;
  mode: TLogMode;
  durationMinutes: number;
  notes: string;
  decisions: string;
  nextSteps: string[];
  hours: number;
  byName: string;
  createdAt: string;
  /** When its next steps became actions; they become actions once. */
  stepsTurnedAt?: string | null;
};
export type TCheckupRef = { id: string; overall: number; submittedAt: string };
/** An action's link to a catalogue solution (issue 16), as the plan view and its changes give it. */
export type TSolutionLink = { actionId: string; solutionId: string | null; slug: string; name: string; status: string; outcome: string | null };

export type TPlanView = {
  plan: { id: string; businessId: string; version: number; createdAt: string };
  /** Whose plan it is; missing in a copy kept by an older version of the app. */
  business?: { id: string; name: string };
  goals: TGoal[];
  actions: TAction[];
  /** Titles of the lessons actions link to (missing in a copy from an older server). */
  lessons: { slug: string; title: string }[];
  /** The calls for funding actions link to (missing in a copy from an older server). */
  calls: TPlanCall[];
  /** The catalogue solutions actions point to (empty in a copy from an older server). */
  solutions: TSolutionLink[];
  progress: { actionsDone: number; actionsTotal: number; goalsReached: number; goalsTotal: number; share: number };
  suggestions: TSuggestion[];
  engagement: TEngagement | null;
  log: TLogEntry[];
  nextMeeting: { id: string; startsAt: string; mode: TLogMode } | null;
  checkups: { first: TCheckupRef | null; latest: TCheckupRef | null; isRetakeSuggested: boolean };
  abilities: { edit: boolean; start: boolean; setPackage: boolean; approveHours: boolean; suggestLesson: boolean };
};
export type TComment = { id: string; targetKind: 'goal' | 'action'; targetId: string; body: string; byName: string; at: string };
export type THistoryItem = {
  id: string;
  entityKind: string;
  entityId: string;
  changes: { field: string; from: unknown; to: unknown }[];
  by: string | null;
  byName?: string | null;
  at: string;
};

export type TGoalInput = {
  title: string;
  indicator: { name: string; unit: TUnit; baseline: number; target: number; byDate: string };
  /** Saved with the goal, all or nothing. */
  actions?: { title: string; owner: TOwner }[];
  /** The suggestion taken (its check-up section): no longer offered to either side. */
  fromSuggestion?: string;
};
export type TActionInput = { goalId: string; title: string; owner: TOwner; dueDate: string | null; linkedLessonId: string | null; linkedCallId?: string | null };
export type TLogInput = { date: string; mode: TLogMode; durationMinutes: number; notes: string; decisions: string; nextSteps: string[]; hours: number };
export type TActionPatch = Partial<Pick<TAction, 'title' | 'owner' | 'dueDate' | 'status' | 'linkedLessonId' | 'linkedCallId'>>;
export type TGoalPatch = { title?: string; status?: TGoalStatus; indicator?: Partial<TIndicator> };

/** One offline edit as `/sync` takes it. */
export type TSyncChange = {
  clientChangeId: string;
  entity: 'action' | 'goal';
  entityId: string;
  baseVersion: number;
  base: Record<string, unknown>;
  patch: Record<string, unknown>;
  madeAt: string;
};
export type TSyncResult = {
  clientChangeId: string;
  kind: 'applied' | 'merged' | 'unchanged' | 'conflict' | 'refused';
  entity?: TGoal | TAction;
  server?: TGoal | TAction;
  client?: TGoal | TAction;
  fields?: string[];
  errors?: { field: string; message: string }[];
};

const enc = encodeURIComponent;
export { planPath };
const plans = (planId: string) => `/api/plans/${enc(planId)}`;
export const commentsPath = (planId: string) => `${plans(planId)}/comments`;
export const historyPath = (planId: string) => `${plans(planId)}/history`;
export const exportPath = (planId: string, kind: 'pdf' | 'csv', lng: string) =>
  kind === 'pdf' ? `${plans(planId)}/export.pdf?lang=${lng === 'en' ? 'en' : 'it'}` : `${plans(planId)}/export.csv`;

/**
 * The plan view with every part the page reads present, so an older server (or an offline
 * copy from one) never breaks the page: missing lists are empty, missing abilities are
 * "may edit" and the server still decides.
 * @example const view = normalisePlan(await api.get(planPath(id)));
 */
export function normalisePlan(raw: Partial<TPlanView> & Pick<TPlanView, 'plan'>): TPlanView {
  return {
    plan: raw.plan,
    ...(raw.business ? { business: raw.business } : {}),
    goals: (raw.goals ?? []).map((g) => ({ ...g, readings: g.readings ?? [] })),
    actions: raw.actions ?? [],
    lessons: raw.lessons ?? [],
    calls: raw.calls ?? [],
    solutions: raw.solutions ?? [],
    progress: raw.progress ?? { actionsDone: 0, actionsTotal: 0, goalsReached: 0, goalsTotal: 0, share: 0 },
    suggestions: raw.suggestions ?? [],
    engagement: raw.engagement ?? null,
    log: raw.log ?? [],
    nextMeeting: raw.nextMeeting ?? null,
    checkups: raw.checkups ?? { first: null, latest: null, isRetakeSuggested: false },
    abilities: { edit: true, start: false, setPackage: false, approveHours: false, suggestLesson: false, ...raw.abilities },
  };
}

export async function getPlan(businessId: string, signal?: AbortSignal) {
  return normalisePlan(await api.get<TPlanView>(planPath(businessId), signal));
}

/** The plan when the page opens: the request the entry script started early, if it did. */
export async function getPlanOnOpen(businessId: string) {
  const early = takeEarly<TPlanView>(planPath(businessId));
  return early ? normalisePlan(await early) : getPlan(businessId);
}

/** The angel (or the coordinator) starts the plan after the first meeting. */
export async function startPlan(businessId: string) {
  return normalisePlan(await api.post<TPlanView>(planPath(businessId)));
}

export const addGoal = (planId: string, input: TGoalInput) => api.post<TGoal>(`${plans(planId)}/goals`, input);
export const dropSuggestion = (planId: string, section: string) => api.post<unknown>(`${plans(planId)}/suggestions/${enc(section)}/drop`);
export const patchGoal = (planId: string, goalId: string, version: number, patch: TGoalPatch) =>
  api.patch<TGoal>(`${plans(planId)}/goals/${enc(goalId)}`, { version, ...patch });
export const addReading = (planId: string, goalId: string, value: number, unit: TUnit) =>
  api.post<TGoal>(`${plans(planId)}/goals/${enc(goalId)}/readings`, { value, unit });
export const addAction = (planId: string, input: TActionInput, idempotencyKey?: string) =>
  api.post<TAction>(`${plans(planId)}/actions`, input, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined);
export const patchAction = (planId: string, actionId: string, version: number, patch: TActionPatch) =>
  api.patch<TAction>(`${plans(planId)}/actions/${enc(actionId)}`, { version, ...patch });
/** A meeting-log entry; the key makes a retry after a lost answer land once. */
export const addLogEntry = (planId: string, input: TLogInput, idempotencyKey: string) =>
  api.post<TLogEntry>(`${plans(planId)}/log`, input, { 'Idempotency-Key': idempotencyKey });
export const logToActions = (planId: string, entryId: string, goalId: string, owner: TOwner) =>
  api.post<unknown>(`${plans(planId)}/log/${enc(entryId)}/actions`, { goalId, owner });
export const setEngagement = (planId: string, hoursPackage: number, fundingCallId: string | null) =>
  api.put<unknown>(`${plans(planId)}/engagement`, { hoursPackage, fundingCallId });
export const approveHours = (planId: string, extraHours: number) => api.post<unknown>(`${plans(planId)}/engagement/approve`, { extraHours });
export const addComment = (planId: string, targetKind: 'goal' | 'action', targetId: string, body: string) =>
  api.post<{ id: string }>(commentsPath(planId), { targetKind, targetId, body });
export const syncChanges = (planId: string, changes: TSyncChange[]) => api.post<{ results: TSyncResult[] }>(`${plans(planId)}/sync`, { changes });

/** Today as an ISO date in Italian local time (dates people choose are days in Italy). */
export function todayInItaly(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An ISO date `months` after `iso` (the same day of the month, clamped to its end). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The target a suggestion proposes from today's value, in whole numbers as the server does. */
export function suggestedTarget(s: TSuggestion, baseline: number): number {
  const { by, value } = s.indicator.change;
  return by === 'amount' ? baseline + value : Math.round(baseline * (1 + value / 100));
}

export { applyPatch, getPath, leafPaths, pickPaths } from './patch';
