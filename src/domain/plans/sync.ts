import { flattenFields, getField, isSameValue, setField, stableStringify, type TDeepPartial } from './field-paths.js';

/**
 * Offline field notes: an angel edits the plan in a shop with no signal, and the phone
 * sends each change when it is back online. Rules (docs/plans.md, "Offline sync"):
 *
 * - Nothing typed is lost. When the same field was changed on both sides to different
 *   values, both versions are kept and a person chooses; no "last write wins".
 * - Changes to different fields merge by themselves, field by field.
 * - A change sent twice (a retry after a lost answer) does nothing the second time.
 * - Deterministic: no clock, no randomness; the same inputs give the same output.
 */

export interface TVersioned {
  id: string;
  version: number;
}

/** The fields a change may touch: everything but the identity and the version counter. */
export type TPatch<T> = TDeepPartial<Omit<T, 'id' | 'version'>>;

export interface TOfflineChange<T> {
  entityId: string;
  /** The entity's version the client was looking at when the change was made. */
  baseVersion: number;
  /**
   * The values the client saw, at baseVersion, for the fields it patches. With them the
   * server can tell "changed on the server meanwhile" from "only the client changed it";
   * without them, every patched field that the server's copy does not already match counts
   * as a conflict when the versions differ (the safe side: a person looks at it).
   */
  base?: TPatch<T>;
  patch: TPatch<T>;
  /** The device that made the change. */
  clientId: string;
  /** Device time of the change, ISO: part of the change's identity, never used to pick a winner. */
  madeAt: string;
}

export type TSyncResult<T> =
  /** The client was up to date: the patch is applied and the version rises by one. */
  | { kind: 'applied'; entity: T }
  /** The server moved on but in other fields: both sets of changes are kept. */
  | { kind: 'merged'; entity: T }
  /** The same fields hold different values on the two sides: nothing is saved until a person chooses. */
  | { kind: 'conflict'; server: T; client: T; fields: string[] }
  /** Nothing to do: a replay, or the server already holds these values. The entity is returned as stored. */
  | { kind: 'unchanged'; entity: T };

export type TConflict<T> = Extract<TSyncResult<T>, { kind: 'conflict' }>;

const PROTECTED = new Set(['id', 'version']);

/**
 * The identity of a change, for the caller to store once it is applied: the same device,
 * entity, base version, time and patch make the same key.
 *
 * @example changeKey({ entityId: 'a1', baseVersion: 3, patch: { status: 'done' }, clientId: 'phone-1', madeAt: '2026-11-20T10:00:00Z' })
 *   // 'phone-1|a1|3|2026-11-20T10:00:00Z|{"status":"done"}'
 */
export function changeKey(change: Pick<TOfflineChange<unknown>, 'entityId' | 'baseVersion' | 'patch' | 'clientId' | 'madeAt'>): string {
  return [change.clientId, change.entityId, change.baseVersion, change.madeAt, stableStringify(change.patch)].join('|');
}

function applyFields<T extends object>(entity: T, fields: ReadonlyMap<string, unknown>): T {
  let out = entity;
  for (const [path, value] of fields) out = setField(out, path, value);
  return out;
}

function bump<T extends TVersioned>(entity: T, server: T): T {
  return { ...entity, version: server.version + 1 };
}

/**
 * Applies one offline change to the entity as the server holds it.
 *
 * `appliedChangeKeys` are the keys (changeKey) of changes already applied to this entity:
 * with them a replay is recognised even after later edits of the same field. Without them
 * a replay is still harmless whenever the server holds the values it sets.
 *
 * @example
 *   const server = { id: 'a1', version: 4, title: 'Apri la scheda Google', status: 'doing' };
 *   applyOfflineChange(server, { entityId: 'a1', baseVersion: 3, base: { status: 'todo' }, patch: { status: 'done' }, clientId: 'p1', madeAt: '2026-11-20T10:00:00Z' })
 *   // { kind: 'conflict', server, client: { ...server, status: 'done' }, fields: ['status'] }
 */
export function applyOfflineChange<T extends TVersioned>(
  server: T,
  change: TOfflineChange<T>,
  { appliedChangeKeys }: { appliedChangeKeys?: ReadonlySet<string> } = {},
): TSyncResult<T> {
  if (change.entityId !== server.id) throw new Error(`offline change for ${change.entityId} applied to ${server.id}`);
  if (appliedChangeKeys?.has(changeKey(change))) return { kind: 'unchanged', entity: server };

  // Only the fields whose value would actually change matter: a field both sides set to the
  // same value is agreement, not a conflict.
  const effective = new Map<string, unknown>();
  for (const [path, value] of flattenFields(change.patch)) {
    if (PROTECTED.has(path.split('.')[0] ?? '')) continue;
    if (!isSameValue(getField(server, path), value)) effective.set(path, value);
  }
  if (effective.size === 0) return { kind: 'unchanged', entity: server };

  if (change.baseVersion === server.version) return { kind: 'applied', entity: bump(applyFields(server, effective), server) };

  const base = change.base ?? {};
  const fields = [...effective.keys()].filter((path) => {
    const seen = getField(base, path);
    return seen === undefined || !isSameValue(seen, getField(server, path));
  });
  if (fields.length === 0) return { kind: 'merged', entity: bump(applyFields(server, effective), server) };
  // `client` keeps the server's version: it is a proposal, not a saved state.
  return { kind: 'conflict', server, client: applyFields(server, effective), fields };
}

/**
 * Settles a conflict with a person's choice: keep the server's values ('server'), keep the
 * device's ('client'), or a patch with values of their own (a hand-made mix). Either way the
 * client's changes to non-conflicting fields are kept. The version rises by one unless the
 * result is exactly what the server holds. The caller saves it only if the server is still
 * at `conflict.server.version`; otherwise it is a new conflict to show.
 *
 * @example
 *   resolveConflict(conflict, 'client')          // { ...conflict.client, version: conflict.server.version + 1 }
 *   resolveConflict(conflict, { status: 'blocked' })
 */
export function resolveConflict<T extends TVersioned>(conflict: TConflict<T>, choice: 'server' | 'client' | TPatch<T>): T {
  const { server, client, fields } = conflict;
  let resolved = client;
  if (choice !== 'client') {
    for (const path of fields) resolved = setField(resolved, path, getField(server, path));
  }
  if (typeof choice === 'object') {
    for (const [path, value] of flattenFields(choice)) {
      if (!PROTECTED.has(path.split('.')[0] ?? '')) resolved = setField(resolved, path, value);
    }
  }
  const isAsStored = isSameValue({ ...resolved, version: server.version }, server);
  return isAsStored ? server : bump(resolved, server);
}
