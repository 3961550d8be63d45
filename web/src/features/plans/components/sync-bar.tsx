import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TConflict, TOutbox } from '../api/outbox';
import { getPath, type TAction, type TGoal, type TUnit } from '../api/plans';
import { dayWords, figure } from '../api/words';
import type { ApiError } from '../../../lib/api-client';

type TProps = {
  outbox: TOutbox;
  pending: number;
  isOnline: boolean;
  isSyncing: boolean;
  message: string | null;
  onSend: () => void;
  onRetry: () => void;
  onDiscard: (kind: 'action' | 'log', key: string) => void;
};

/** "3 da inviare": what waits on this phone, and whether the line is there. */
export function SyncBar({ outbox, pending, isOnline, isSyncing, message, onSend, onRetry, onDiscard }: TProps) {
  const { t } = useTranslation();
  const refused = [...outbox.actions.filter((a) => a.error).map((a) => ({ kind: 'action' as const, key: a.key, what: a.input.title, error: a.error! })), ...outbox.logs.filter((l) => l.error).map((l) => ({ kind: 'log' as const, key: l.key, what: l.input.notes || l.input.date, error: l.error! }))];
  return (
    <div className="sync-bar">
      <div role="status" aria-live="polite" aria-atomic="true" className="form-status-region">
        {!isOnline ? <p className="notice offline-notice">{t('plans.offline.notice')}</p> : null}
        {pending > 0 ? (
          <p className="notice notice-pending">
            <strong className="pending-count">{t('plans.offline.pending', { count: pending })}</strong> {isOnline ? (isSyncing ? t('plans.offline.sending') : '') : t('plans.offline.later')}
          </p>
        ) : null}
        {message ? <p className="notice notice-success">{message}</p> : null}
      </div>
      {pending > 0 && isOnline && !isSyncing ? (
        <button type="button" className="btn btn-secondary" onClick={onSend}>
          {t('plans.offline.sendNow')}
        </button>
      ) : null}
      {refused.length ? (
        <div className="notice notice-error">
          <p>{t('plans.offline.refused')}</p>
          <ul className="plain-list">
            {refused.map((r) => (
              <li key={r.key}>
                <strong className="pre">{r.what}</strong> — {r.error}{' '}
                <button type="button" className="btn-link" onClick={() => onDiscard(r.kind, r.key)}>
                  {t('plans.offline.discard')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="btn btn-secondary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** One field's value in words, for the side-by-side view. */
function valueWords(t: ReturnType<typeof useTranslation>['t'], lng: string, entity: TGoal | TAction, field: string): string {
  const v = getPath(entity, field);
  if (v === null || v === undefined || v === '') return t('common.none');
  if (field === 'status') return t(`plans.${'indicator' in entity ? 'goalStatus' : 'status'}.${String(v)}`);
  if (field === 'owner') return t(`plans.owner.${String(v)}`);
  if (field === 'dueDate' || field === 'indicator.byDate') return dayWords(String(v), lng);
  if (field.startsWith('indicator.') && typeof v === 'number' && 'indicator' in entity) return figure(t, lng, v, entity.indicator.unit as TUnit);
  return String(v);
}

/**
 * Both versions side by side when the server and this phone changed the same thing:
 * "La tua versione" / "Quella sul server". Nothing is lost until the person chooses.
 */
export function ConflictCard({ conflict: c, onChoose }: { conflict: TConflict; onChoose: (choice: 'client' | 'server') => Promise<ApiError | null> }) {
  const { t, i18n } = useTranslation();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = async (choice: 'client' | 'server') => {
    setIsBusy(true);
    setError(null);
    const err = await onChoose(choice);
    setIsBusy(false);
    if (err) setError(err.detail);
  };
  const headId = `conflict-${c.id}`;
  return (
    <section className="card conflict" aria-labelledby={headId}>
      <h2 id={headId}>{t(c.entity === 'action' ? 'plans.conflict.titleAction' : 'plans.conflict.titleGoal', { title: c.server.title })}</h2>
      <p>{t('plans.conflict.lead')}</p>
      <div className="conflict-sides">
        {(['client', 'server'] as const).map((side) => (
          <div key={side} className={`conflict-side side-${side}`}>
            <h3>{t(side === 'client' ? 'plans.conflict.yours' : 'plans.conflict.server')}</h3>
            <dl className="conflict-values">
              {c.fields.map((f) => (
                <div key={f} className="conflict-field">
                  <dt>{t(`plans.fields.${f.replace('.', '_')}`, { defaultValue: f })}</dt>
                  <dd>{valueWords(t, i18n.language, c[side], f)}</dd>
                </div>
              ))}
            </dl>
            <button type="button" className={side === 'client' ? 'btn btn-primary' : 'btn btn-secondary'} disabled={isBusy} onClick={() => void choose(side)}>
              {t(side === 'client' ? 'plans.conflict.keepMine' : 'plans.conflict.keepServer')}
            </button>
          </div>
        ))}
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
