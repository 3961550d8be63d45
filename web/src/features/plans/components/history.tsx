import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime } from '../../../lib/format';
import { useApi } from '../../../lib/use-api';
import { historyPath, type THistoryItem, type TPlanView } from '../api/plans';
import { dayWords } from '../api/words';

// A new goal or action is recorded with all its fields, ids included: ids mean nothing to a reader.
const HIDDEN_FIELDS = new Set(['id', 'planId', 'version', 'createdAt', 'updatedAt', 'by']);
const DAY_FIELDS = new Set(['date', 'dueDate', 'indicator.byDate']);
const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/** "Chi ha cambiato cosa e quando": loaded when opened, newest first. */
export function History({ view, meId }: { view: TPlanView; meId: string }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <section className="section history" aria-labelledby="history-title">
      <h2 id="history-title">{t('plans.history.title')}</h2>
      <button type="button" className="btn btn-secondary" aria-expanded={isOpen} aria-controls="history-list" onClick={() => setIsOpen(!isOpen)}>
        {isOpen ? t('plans.history.hide') : t('plans.history.show')}
      </button>
      <div id="history-list" hidden={!isOpen}>
        {isOpen ? <HistoryList view={view} meId={meId} /> : null}
      </div>
    </section>
  );
}

function HistoryList({ view, meId }: { view: TPlanView; meId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: THistoryItem[] }>(historyPath(view.plan.id));
  if (isLoading) return <Loading />;
  if (error || !data) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;
  if (!data.items.length) return <p>{t('plans.history.empty')}</p>;
  const what = (h: THistoryItem) => {
    const goal = view.goals.find((g) => g.id === h.entityId);
    const action = view.actions.find((a) => a.id === h.entityId);
    if (action) return t('plans.history.action', { title: action.title });
    if (goal) return t('plans.history.goal', { title: goal.title });
    return t(`plans.history.kind.${h.entityKind}`, { defaultValue: h.entityKind });
  };
  const value = (h: THistoryItem, field: string, v: unknown) => {
    if (isEmpty(v)) return t('common.none');
    if (DAY_FIELDS.has(field) && typeof v === 'string') return dayWords(v, i18n.language);
    if (field === 'goalId') return view.goals.find((g) => g.id === v)?.title ?? t('common.none');
    // A call by its title while an action still links it; one unlinked since is just "a call".
    if (field === 'linkedCallId') return view.calls.find((c) => c.id === v)?.title ?? t('planCalls.history.aCall');
    if (field === 'mode') return t(`plans.mode.${String(v)}`, { defaultValue: String(v) });
    if (field === 'status') return t(h.entityKind === 'goal' ? `plans.goalStatus.${String(v)}` : `plans.status.${String(v)}`, { defaultValue: String(v) });
    if (field === 'owner') return t(`plans.owner.${String(v)}`, { defaultValue: String(v) });
    if (Array.isArray(v)) return v.join(', ');
    return String(v);
  };
  return (
    <ol className="history-list">
      {data.items.map((h) => (
        <li key={h.id}>
          <p>
            <strong>{what(h)}</strong>
            <br />
            <span className="muted small">
              {h.byName ?? (h.by === meId ? t('plans.history.you') : t('plans.history.someone'))} · {formatDateTime(h.at, i18n.language)}
            </span>
          </p>
          <ul className="plain-list small">
            {(Array.isArray(h.changes) ? h.changes : []).filter((c) => !HIDDEN_FIELDS.has(c.field) && !(isEmpty(c.from) && isEmpty(c.to))).map((c, i) => (
              <li key={i}>
                {/* A log entry's day ("date") has its words in the log form. */}
                {t([`plans.fields.${c.field.replace('.', '_')}`, ...(c.field === 'date' ? ['plans.log.date'] : []), ...(c.field === 'linkedCallId' ? ['planCalls.history.field'] : [])], { defaultValue: c.field })}: {c.from === null || c.from === undefined ? t('plans.history.set', { to: value(h, c.field, c.to) }) : t('plans.history.changed', { from: value(h, c.field, c.from), to: value(h, c.field, c.to) })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
