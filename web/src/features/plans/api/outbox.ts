import { newUuid, readLocal, removeLocal, writeLocal } from '../../../lib/local-store';
import { applyPatch, getPath, leafPaths, pickPaths } from './patch';
import type {
  TAction,
  TActionInput,
  TGoal,
  TLogInput,
  TPlanView,
  TSyncChange,
} from './plans';

/** A new action or meeting-log entry made on the device; `key` is its Idempotency-Key. */
export type TPendingAction = { key: string; input: TActionInput; madeAt: string; error?: string };
export type TPendingLog = { key: string; input: TLogInput; madeAt: string; error?: string };
/** The server and the device changed the same fields: both are kept until someone chooses. */
export type TConflict = { id: string; entity: 'action' | 'goal'; entityId: string; fields: string[]; server: TGoal | TAction; client: TGoal | TAction };
/** What waits on this device for one plan. */
export type TOutbox = { edits: TSyncChange[]; actions: TPendingAction[]; logs: TPendingLog[]; conflicts: TConflict[] };

export const emptyOutbox = (): TOutbox => ({ edits: [], actions: [], logs: [], conflicts: [] });
const outboxKey = (planId: string) => `affianco.plan.outbox.v1.${planId}`;
const viewKey = (businessId: string) => `affianco.plan.view.v1.${businessId}`;

function parseOutbox(value: unknown): TOutbox | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<TOutbox>;
  const list = <T,>(x: T[] | undefined) => (Array.isArray(x) ? x : []);
  return { edits: list(v.edits), actions: list(v.actions), logs: list(v.logs), conflicts: list(v.conflicts) };
}

/** The outbox of a plan as kept on the device (empty when there is none or it is unreadable). */
export function readOutbox(planId: string): TOutbox {
  return readLocal(outboxKey(planId), parseOutbox) ?? emptyOutbox();
}

/** Keeps the outbox on the device; an empty one is removed. */
export function writeOutbox(planId: string, outbox: TOutbox): void {
  if (pendingCount(outbox) === 0 && outbox.conflicts.length === 0) removeLocal(outboxKey(planId));
  else writeLocal(outboxKey(planId), outbox);
}

/** The last plan seen online, for a visit with no signal. */
export function readCachedView(businessId: string): TPlanView | null {
  return readLocal(viewKey(businessId), (v) => (v && typeof v === 'object' && 'plan' in v ? (v as TPlanView) : null));
}
export function writeCachedView(businessId: string, view: TPlanView): void {
  writeLocal(viewKey(businessId), view);
}

/** How many changes wait to be sent ("da inviare"). */
export function pendingCount(outbox: TOutbox): number {
  return outbox.edits.length + outbox.actions.length + outbox.logs.length;
}

/**
 * Adds an edit of a goal or an action to the outbox. `seen` is the entity as the server last
 * gave it: its version and values are what the phone saw (`baseVersion`, `base`). A second
 * edit of the same entity joins the first, under a new id (the first may have reached the
 * server already). Fields brought back to what the server had are dropped.
 * @example queueEdit(outbox, 'action', action, { status: 'done' }, new Date())
 */
export function queueEdit(outbox: TOutbox, entity: 'action' | 'goal', seen: TGoal | TAction, patch: Record<string, unknown>, now: Date): TOutbox {
  const existing = outbox.edits.find((e) => e.entity === entity && e.entityId === seen.id);
  const mergedPatch = existing ? applyPatch(existing.patch, patch) : patch;
  const base = existing ? applyPatch(pickPaths(seen, leafPaths(patch)), existing.base) : pickPaths(seen, leafPaths(patch));
  const kept = leafPaths(mergedPatch).filter((p) => getPath(mergedPatch, p) !== getPath(base, p));
  const others = outbox.edits.filter((e) => e !== existing);
  if (kept.length === 0) return { ...outbox, edits: others };
  const change: TSyncChange = {
    clientChangeId: newUuid(),
    entity,
    entityId: seen.id,
    baseVersion: existing?.baseVersion ?? seen.version,
    base: pickPaths(base, kept),
    patch: pickPaths(mergedPatch, kept),
    madeAt: now.toISOString(),
  };
  return { ...outbox, edits: [...others, change] };
}

/**
 * Compares a queued edit with the entity now on the server, field by field, as the server's
 * sync does: a field conflicts when the server changed it since the phone saw it and the
 * phone wants another value. Returns the fields still to send and those in conflict.
 */
export function compareWithServer(edit: Pick<TSyncChange, 'base' | 'patch'>, server: TGoal | TAction): { toSend: string[]; conflicts: string[] } {
  const toSend: string[] = [];
  const conflicts: string[] = [];
  for (const path of leafPaths(edit.patch)) {
    const mine = getPath(edit.patch, path);
    const theirs = getPath(server, path);
    if (mine === theirs) continue;
    if (theirs === getPath(edit.base, path)) toSend.push(path);
    else conflicts.push(path);
  }
  return { toSend, conflicts };
}

/** The page as the person should see it: the server's plan with this device's changes on top. */
export function applyOutbox(view: TPlanView, outbox: TOutbox): TPlanView {
  const patched = <T extends TGoal | TAction>(kind: 'action' | 'goal', e: T): T => {
    const edit = outbox.edits.find((x) => x.entity === kind && x.entityId === e.id);
    return edit ? applyPatch(e, edit.patch) : e;
  };
  const newActions: TAction[] = outbox.actions.map((a) => ({
    id: `pending:${a.key}`,
    goalId: a.input.goalId,
    title: a.input.title,
    owner: a.input.owner,
    dueDate: a.input.dueDate,
    status: 'todo',
    linkedLessonId: a.input.linkedLessonId,
    linkedCallId: a.input.linkedCallId ?? null,
    version: 0,
  }));
  const newLog = outbox.logs.map((l) => ({ ...l.input, id: `pending:${l.key}`, byName: '', createdAt: l.madeAt }));
  return {
    ...view,
    goals: view.goals.map((g) => patched('goal', g)),
    actions: [...view.actions.map((a) => patched('action', a)), ...newActions],
    log: [...newLog.reverse(), ...view.log],
  };
}

/** True for an action or log entry that exists only on this device so far. */
export const isPendingId = (id: string) => id.startsWith('pending:');

/** How far a goal has come from its baseline towards its target, 0..1 (as the server counts it). */
export function goalProgress(g: Pick<TGoal, 'indicator'>): number {
  const { baseline, target, current } = g.indicator;
  if (target === baseline) return current === target ? 1 : 0;
  return Math.max(0, Math.min(1, (current - baseline) / (target - baseline)));
}

/** A goal counts as reached when its figures say so or when the two marked it so. */
export function isGoalReached(g: Pick<TGoal, 'indicator' | 'status'>): boolean {
  if (g.status === 'reached') return true;
  const { baseline, target, current } = g.indicator;
  return target >= baseline ? current >= target : current <= target;
}

/** Progress of what the page shows (device changes included); goals set aside are left out. */
export function progressOf(view: Pick<TPlanView, 'goals' | 'actions'>) {
  const goals = view.goals.filter((g) => g.status !== 'dropped');
  const ids = new Set(goals.map((g) => g.id));
  const actions = view.actions.filter((a) => ids.has(a.goalId));
  return {
    actionsDone: actions.filter((a) => a.status === 'done').length,
    actionsTotal: actions.length,
    goalsReached: goals.filter(isGoalReached).length,
    goalsTotal: goals.length,
    share: goals.length ? goals.reduce((s, g) => s + (isGoalReached(g) ? 1 : goalProgress(g)), 0) / goals.length : 0,
  };
}
