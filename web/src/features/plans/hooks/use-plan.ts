import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError, isNetworkError } from '../../../lib/api-client';
import { afterPaint } from '../../../lib/after-paint';
import { takeSettledValue } from '../../../lib/early-fetch';
import { newUuid } from '../../../lib/local-store';
import { drawsLikeServer } from '../../../lib/server-render';
import { useOnline } from '../../../lib/use-online';
import { fieldMessage } from '../api/field-message';
import {
  applyOutbox,
  compareWithServer,
  emptyOutbox,
  pendingCount,
  queueEdit,
  readCachedView,
  readOutbox,
  writeCachedView,
  writeOutbox,
  type TConflict,
  type TOutbox,
} from '../api/outbox';
import {
  addAction,
  addLogEntry,
  addReading,
  applyPatch,
  getPlan,
  getPlanOnOpen,
  normalisePlan,
  patchAction,
  patchGoal,
  pickPaths,
  startPlan,
  syncChanges,
  type TAction,
  type TActionInput,
  type TActionPatch,
  type TGoal,
  type TLogInput,
  type TPlanView,
  type TSyncChange,
} from '../api/plans';
import { planPath } from '../api/plan-path';

/** A round that could not reach the server is tried again after this, then twice as long, up to the last. */
const FIRST_RETRY_MS = 5_000;
const LAST_RETRY_MS = 60_000;

type TLoad = { status: 'loading' | 'ready' | 'not_started' | 'error'; server: TPlanView | null; error: ApiError | null; isOfflineCopy: boolean };

/** What a save did: sent now, kept on the device for later, or refused with a message. */
export type TSaveResult = { kind: 'sent' } | { kind: 'queued' } | { kind: 'refused'; error: ApiError };

/**
 * Sends now; when there is no line (before or during the send) keeps the change on the
 * device instead. A refusal from the server comes back as it is.
 */
async function sendOrQueue(send: () => Promise<unknown>, queue: () => TSaveResult, reload: () => Promise<unknown>): Promise<TSaveResult> {
  if (!navigator.onLine) return queue();
  try {
    await send();
    await reload();
    return { kind: 'sent' };
  } catch (e) {
    if (isNetworkError(e)) return queue();
    return { kind: 'refused', error: e as ApiError };
  }
}

function entityOf(view: TPlanView, kind: 'action' | 'goal', id: string): TGoal | TAction | undefined {
  return kind === 'action' ? view.actions.find((a) => a.id === id) : view.goals.find((g) => g.id === id);
}

function sendPatch(planId: string, kind: 'action' | 'goal', id: string, version: number, patch: Record<string, unknown>) {
  return kind === 'action' ? patchAction(planId, id, version, patch as TActionPatch) : patchGoal(planId, id, version, patch);
}

/**
 * The plan of a business, usable with no signal: the last copy seen online is kept on the
 * device, edits and new entries wait in a per-plan outbox ("da inviare") and leave when the
 * line is back (the `online` event, or the next visit). Conflicts are kept until someone chooses.
 * @example const plan = usePlan(businessId); plan.changeAction(action, { status: 'done' });
 */
export function usePlan(businessId: string) {
  const { t } = useTranslation();
  const isOnline = useOnline();
  // The plan the page opened with, when the page script's early answer is already here: drawn
  // in the very first render, with no spinner and no second pass.
  const [opening] = useState(() => {
    const raw = takeSettledValue<TPlanView>(planPath(businessId));
    return raw ? normalisePlan(raw) : null;
  });
  const [load, setLoad] = useState<TLoad>(() => ({ status: opening ? 'ready' : 'loading', server: opening, error: null, isOfflineCopy: false }));
  // Changes waiting on this device are not in the server's HTML: read just after taking it over.
  const [outbox, setOutbox] = useState<TOutbox>(() => (opening && !drawsLikeServer() ? readOutbox(opening.plan.id) : emptyOutbox()));
  const [isSyncing, setIsSyncing] = useState(false);
  const [syncMessage, setSyncMessage] = useState<string | null>(null);
  const outboxRef = useRef<TOutbox>(outbox);
  const serverRef = useRef<TPlanView | null>(opening);
  const outboxPlan = useRef<string | null>(opening?.plan.id ?? null);
  const openedWith = useRef(opening);
  const inFlight = useRef(false);
  const planId = load.server?.plan.id ?? null;

  const updateOutbox = useCallback((fn: (o: TOutbox) => TOutbox) => {
    const id = serverRef.current?.plan.id;
    if (!id) return;
    const next = fn(outboxRef.current);
    outboxRef.current = next;
    writeOutbox(id, next);
    setOutbox(next);
  }, []);

  const adopt = useCallback(
    (view: TPlanView, isOfflineCopy = false) => {
      serverRef.current = view;
      // A copy for the next visit with no signal; the page is drawn first (it is a big string).
      if (!isOfflineCopy) afterPaint(() => writeCachedView(businessId, view));
      if (outboxPlan.current !== view.plan.id) {
        outboxPlan.current = view.plan.id;
        outboxRef.current = readOutbox(view.plan.id);
        setOutbox(outboxRef.current);
      }
      setLoad({ status: 'ready', server: view, error: null, isOfflineCopy });
    },
    [businessId],
  );

  const readPlan = useCallback(async (isOpening: boolean) => {
    try {
      adopt(await (isOpening ? getPlanOnOpen(businessId) : getPlan(businessId)));
    } catch (e) {
      if (isApiError(e, 404) && e.code === 'plan.not_started') {
        setLoad({ status: 'not_started', server: null, error: e, isOfflineCopy: false });
        return;
      }
      const cached = isNetworkError(e) ? readCachedView(businessId) : null;
      if (cached) adopt(cached, true);
      else if (!serverRef.current) setLoad({ status: 'error', server: null, error: e instanceof ApiError ? e : null, isOfflineCopy: false });
    }
  }, [adopt, businessId]);
  const reload = useCallback(() => readPlan(false), [readPlan]);

  useEffect(() => {
    const view = openedWith.current;
    if (view) {
      openedWith.current = null;
      const stored = drawsLikeServer() ? readOutbox(view.plan.id) : null;
      if (stored && pendingCount(stored) + stored.conflicts.length > 0) {
        outboxRef.current = stored;
        setOutbox(stored);
      }
      afterPaint(() => writeCachedView(businessId, view));
      return;
    }
    serverRef.current = null;
    setLoad({ status: 'loading', server: null, error: null, isOfflineCopy: false });
    void readPlan(true);
  }, [businessId, readPlan]);

  /** Turns a stale edit into a conflict or a merge, comparing with the plan on the server now. */
  const settleStale = useCallback(async (edit: Pick<TSyncChange, 'clientChangeId' | 'entity' | 'entityId' | 'base' | 'patch'>): Promise<TConflict | null> => {
    const fresh = await getPlan(businessId);
    adopt(fresh);
    const server = entityOf(fresh, edit.entity, edit.entityId);
    if (!server) return null;
    const { toSend, conflicts } = compareWithServer(edit, server);
    if (conflicts.length === 0) {
      if (toSend.length) await sendPatch(fresh.plan.id, edit.entity, edit.entityId, server.version, pickPaths(edit.patch, toSend));
      return null;
    }
    return { id: edit.clientChangeId, entity: edit.entity, entityId: edit.entityId, fields: conflicts, server, client: applyPatch(server, edit.patch) };
  }, [adopt, businessId]);

  const retryTimer = useRef<number | undefined>(undefined);
  const retryIn = useRef(FIRST_RETRY_MS);
  useEffect(() => () => window.clearTimeout(retryTimer.current), []);

  /** Sends the outbox: new actions, new log entries, then the edits through /sync. */
  const flush = useCallback(async () => {
    const id = serverRef.current?.plan.id;
    if (!id || inFlight.current) return;
    const start = outboxRef.current;
    if (pendingCount(start) === 0) return;
    inFlight.current = true;
    setIsSyncing(true);
    setSyncMessage(null);
    let sent = 0;
    const refusedEdits: string[] = [];
    try {
      for (const a of start.actions.filter((x) => !x.error)) {
        try {
          await addAction(id, a.input, a.key);
        } catch (e) {
          if (isNetworkError(e)) throw e;
          updateOutbox((o) => ({ ...o, actions: o.actions.map((x) => (x.key === a.key ? { ...x, error: isApiError(e) ? e.detail : t('errors.generic') } : x)) }));
          continue;
        }
        sent += 1;
        updateOutbox((o) => ({ ...o, actions: o.actions.filter((x) => x.key !== a.key) }));
      }
      for (const l of start.logs.filter((x) => !x.error)) {
        try {
          await addLogEntry(id, l.input, l.key);
        } catch (e) {
          if (isNetworkError(e)) throw e;
          updateOutbox((o) => ({ ...o, logs: o.logs.map((x) => (x.key === l.key ? { ...x, error: isApiError(e) ? e.detail : t('errors.generic') } : x)) }));
          continue;
        }
        sent += 1;
        updateOutbox((o) => ({ ...o, logs: o.logs.filter((x) => x.key !== l.key) }));
      }
      const edits = outboxRef.current.edits;
      if (edits.length) {
        let results;
        try {
          results = (await syncChanges(id, edits)).results;
        } catch (e) {
          // A server without /sync yet: the same rules, one PATCH at a time.
          if (!(isApiError(e, 404) && e.code === 'route.not_found')) throw e;
          results = null;
        }
        if (results) {
          for (const r of results) {
            const edit = edits.find((x) => x.clientChangeId === r.clientChangeId);
            if (!edit) continue;
            const conflict: TConflict | null =
              r.kind === 'conflict' && r.server && r.client ? { id: r.clientChangeId, entity: edit.entity, entityId: edit.entityId, fields: r.fields ?? [], server: r.server, client: r.client } : null;
            updateOutbox((o) => ({ ...o, edits: o.edits.filter((x) => x.clientChangeId !== r.clientChangeId), conflicts: conflict ? [...o.conflicts.filter((c) => c.entityId !== edit.entityId), conflict] : o.conflicts }));
            if (r.kind === 'refused') refusedEdits.push(...(r.errors ?? []).map((x) => fieldMessage(t, x.message)));
            else if (!conflict) sent += 1;
          }
        } else {
          for (const edit of edits) {
            let conflict: TConflict | null = null;
            try {
              await sendPatch(id, edit.entity, edit.entityId, edit.baseVersion, edit.patch);
            } catch (e) {
              if (isNetworkError(e)) throw e;
              if (!(isApiError(e, 409) && e.code === 'plan.stale')) throw e;
              conflict = await settleStale(edit);
            }
            updateOutbox((o) => ({ ...o, edits: o.edits.filter((x) => x.clientChangeId !== edit.clientChangeId), conflicts: conflict ? [...o.conflicts.filter((c) => c.entityId !== edit.entityId), conflict] : o.conflicts }));
            if (!conflict) sent += 1;
          }
        }
      }
      if (refusedEdits.length) setSyncMessage(t('plans.offline.editRefused', { reason: refusedEdits.join(' ') }));
      else if (sent > 0) setSyncMessage(t('plans.offline.sent', { count: sent }));
      retryIn.current = FIRST_RETRY_MS;
    } catch (e) {
      if (!isNetworkError(e)) setSyncMessage(isApiError(e) ? e.detail : t('errors.generic'));
      // The phone may say it has a line when nothing gets through (one bar, a captive Wi-Fi):
      // no "online" event will come, so try again by itself, less and less often.
      else {
        window.clearTimeout(retryTimer.current);
        retryTimer.current = window.setTimeout(() => void flushRef.current(), retryIn.current);
        retryIn.current = Math.min(retryIn.current * 2, LAST_RETRY_MS);
      }
    } finally {
      inFlight.current = false;
      setIsSyncing(false);
      await reload();
    }
    // Changes made while this round was on its way go in the next one.
    const known = new Set([...start.edits.map((e) => e.clientChangeId), ...start.actions.map((a) => a.key), ...start.logs.map((l) => l.key)]);
    const o = outboxRef.current;
    const fresh = [...o.edits.map((e) => e.clientChangeId), ...o.actions.filter((a) => !a.error).map((a) => a.key), ...o.logs.filter((l) => !l.error).map((l) => l.key)].filter((k) => !known.has(k));
    if (fresh.length && navigator.onLine) window.setTimeout(() => void flushRef.current(), 0);
  }, [reload, settleStale, t, updateOutbox]);
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // Send what waits whenever the line is (back) up, also right after opening the page.
  const count = pendingCount(outbox);
  const hasPending = count > 0;
  useEffect(() => {
    if (isOnline && planId && hasPending) void flush();
  }, [isOnline, planId, hasPending, flush]);

  /** Changes an action (status, title…): kept on the device, sent now when there is a line. */
  const changeAction = useCallback(
    async (action: TAction, patch: TActionPatch): Promise<TSaveResult> => {
      const view = serverRef.current;
      const seen = view?.actions.find((a) => a.id === action.id);
      if (!view || !seen) return { kind: 'queued' };
      const queue = () => {
        updateOutbox((o) => queueEdit(o, 'action', seen, patch, new Date()));
        return { kind: 'queued' } as const;
      };
      // Offline, or an earlier change of it still waits: keep the order, go through the outbox.
      if (!navigator.onLine || outboxRef.current.edits.some((e) => e.entityId === seen.id)) return queue();
      const edit = { clientChangeId: newUuid(), entity: 'action' as const, entityId: seen.id, base: pickPaths(seen, Object.keys(patch)), patch };
      setLoad((l) => (l.server ? { ...l, server: { ...l.server, actions: l.server.actions.map((a) => (a.id === seen.id ? { ...a, ...patch } : a)) } } : l));
      try {
        await patchAction(view.plan.id, seen.id, seen.version, patch);
      } catch (e) {
        if (isNetworkError(e)) return queue();
        if (isApiError(e, 409) && e.code === 'plan.stale') {
          const conflict = await settleStale(edit);
          if (conflict) updateOutbox((o) => ({ ...o, conflicts: [...o.conflicts.filter((c) => c.entityId !== seen.id), conflict] }));
          return { kind: 'sent' };
        }
        await reload();
        return { kind: 'refused', error: e as ApiError };
      }
      await reload();
      return { kind: 'sent' };
    },
    [reload, settleStale, updateOutbox],
  );

  /** "Aggiorna il valore": a reading online; offline, an edit of the goal's current figure. */
  const updateValue = useCallback(
    async (goal: TGoal, value: number): Promise<TSaveResult> => {
      const view = serverRef.current;
      const seen = view?.goals.find((g) => g.id === goal.id);
      if (!view || !seen) return { kind: 'refused', error: new ApiError({ status: 0, code: 'UNKNOWN', title: '', detail: t('errors.generic') }) };
      const queue = () => {
        updateOutbox((o) => queueEdit(o, 'goal', seen, { indicator: { current: value } }, new Date()));
        return { kind: 'queued' } as const;
      };
      // An earlier edit of this goal still waiting must go first: queue behind it.
      if (outboxRef.current.edits.some((e) => e.entityId === goal.id)) return queue();
      return sendOrQueue(() => addReading(view.plan.id, goal.id, value, goal.indicator.unit), queue, reload);
    },
    [reload, t, updateOutbox],
  );

  /** A new action; with no line it waits on the device with its own key. */
  const createAction = useCallback(
    async (input: TActionInput): Promise<TSaveResult> => {
      const id = serverRef.current?.plan.id;
      if (!id) return { kind: 'refused', error: new ApiError({ status: 0, code: 'UNKNOWN', title: '', detail: t('errors.generic') }) };
      const key = newUuid();
      const queue = () => {
        updateOutbox((o) => ({ ...o, actions: [...o.actions, { key, input, madeAt: new Date().toISOString() }] }));
        return { kind: 'queued' } as const;
      };
      return sendOrQueue(() => addAction(id, input, key), queue, reload);
    },
    [reload, t, updateOutbox],
  );

  /** A meeting-log entry; always with an Idempotency-Key, so a retry lands once. */
  const createLogEntry = useCallback(
    async (input: TLogInput): Promise<TSaveResult> => {
      const id = serverRef.current?.plan.id;
      if (!id) return { kind: 'refused', error: new ApiError({ status: 0, code: 'UNKNOWN', title: '', detail: t('errors.generic') }) };
      const key = newUuid();
      const queue = () => {
        updateOutbox((o) => ({ ...o, logs: [...o.logs, { key, input, madeAt: new Date().toISOString() }] }));
        return { kind: 'queued' } as const;
      };
      return sendOrQueue(() => addLogEntry(id, input, key), queue, reload);
    },
    [reload, t, updateOutbox],
  );

  /**
   * Settles a conflict: the chosen side for the fields in conflict, the device's other changes
   * kept in any case, sent as a normal PATCH on the server's current version.
   */
  const resolve = useCallback(
    async (conflict: TConflict, choice: 'client' | 'server'): Promise<ApiError | null> => {
      const id = serverRef.current?.plan.id;
      if (!id) return null;
      const chosen = choice === 'client' ? conflict.client : applyPatch(conflict.client, pickPaths(conflict.server, conflict.fields));
      const { toSend } = compareWithServer({ base: conflict.server, patch: pickPaths(chosen, changedPaths(conflict)) }, conflict.server);
      try {
        if (toSend.length) await sendPatch(id, conflict.entity, conflict.entityId, conflict.server.version, pickPaths(chosen, toSend));
        updateOutbox((o) => ({ ...o, conflicts: o.conflicts.filter((c) => c.id !== conflict.id) }));
        await reload();
        return null;
      } catch (e) {
        if (isApiError(e, 409) && e.code === 'plan.stale') {
          // Changed again meanwhile: show the newest server copy beside the same choice.
          const next = await settleStale({ clientChangeId: conflict.id, entity: conflict.entity, entityId: conflict.entityId, base: pickPaths(conflict.server, changedPaths(conflict)), patch: pickPaths(chosen, changedPaths(conflict)) });
          updateOutbox((o) => ({ ...o, conflicts: [...o.conflicts.filter((c) => c.id !== conflict.id), ...(next ? [next] : [])] }));
          return null;
        }
        return e instanceof ApiError ? e : new ApiError({ status: 0, code: 'UNKNOWN', title: '', detail: t('errors.generic') });
      }
    },
    [reload, settleStale, t, updateOutbox],
  );

  /** Forgets a refused new action or log entry (its text stays visible until then). */
  const discard = useCallback((kind: 'action' | 'log', key: string) => {
    updateOutbox((o) => (kind === 'action' ? { ...o, actions: o.actions.filter((x) => x.key !== key) } : { ...o, logs: o.logs.filter((x) => x.key !== key) }));
  }, [updateOutbox]);

  /** Tries the refused ones again (e.g. after the coordinator approved more hours). */
  const retry = useCallback(() => {
    updateOutbox((o) => ({ ...o, actions: o.actions.map(({ error: _e, ...x }) => x), logs: o.logs.map(({ error: _e, ...x }) => x) }));
    void flush();
  }, [flush, updateOutbox]);

  const start = useCallback(async () => {
    adopt(await startPlan(businessId));
  }, [adopt, businessId]);

  const view = useMemo(() => (load.server ? applyOutbox(load.server, outbox) : null), [load.server, outbox]);

  return { ...load, view, outbox, pending: count, isOnline, isSyncing, syncMessage, reload, flush, start, changeAction, updateValue, createAction, createLogEntry, resolve, discard, retry };
}

/** The fields where the device's copy differs from the server's. */
function changedPaths(c: TConflict): string[] {
  const keys = c.entity === 'action' ? ['title', 'owner', 'dueDate', 'status', 'linkedLessonId', 'linkedCallId'] : ['title', 'status', 'indicator.name', 'indicator.target', 'indicator.current', 'indicator.byDate', 'indicator.baseline'];
  return keys.filter((k) => JSON.stringify(pickPaths(c.client, [k])) !== JSON.stringify(pickPaths(c.server, [k])));
}
