import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../lib/api-client';
import { solutionPagePath } from '../../../../../src/shared/solution-pages';

type TSolutionSummary = { id: string; name: string };

type TLink = { actionId: string; solutionId: string | null; slug: string; name: string; status: string; outcome: string | null };

/** One request per plan, shared by all its actions' lines (a plan has many). */
const linksByPlan = new Map<string, Promise<TLink[]>>();
const loadLinks = (planId: string, fresh = false) => {
  if (fresh || !linksByPlan.has(planId)) linksByPlan.set(planId, api.get<{ items: TLink[] }>(`/api/plans/${encodeURIComponent(planId)}/solutions`).then((r) => r.items, () => []));
  return linksByPlan.get(planId)!;
};

const OUTCOMES = ['went_well', 'mixed', 'went_badly'] as const;

/**
 * Point 7 of issue 16 in a plan action's line: the solution it uses (a picker from the
 * catalogue) and, once the action is done, "Com'è andata?" in one tap, which feeds the
 * solution's outcomes.
 */
export function ActionSolution({ planId, actionId, isDone, canEdit }: { planId: string; actionId: string; isDone: boolean; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const [link, setLink] = useState<TLink | null | undefined>(undefined);
  const [choices, setChoices] = useState<TSolutionSummary[] | null>(null);
  const [thanks, setThanks] = useState(false);
  useEffect(() => {
    let live = true;
    void loadLinks(planId).then((items) => live && setLink(items.find((l) => l.actionId === actionId) ?? null));
    return () => {
      live = false;
    };
  }, [planId, actionId]);
  const after = (items: TLink[]) => {
    linksByPlan.set(planId, Promise.resolve(items));
    setLink(items.find((l) => l.actionId === actionId) ?? null);
  };
  const pick = async (solutionId: string) => {
    const r = await api.put<{ items: TLink[] }>(`/api/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}/solution`, { solutionId: solutionId || null });
    after(r.items);
    setChoices(null);
  };
  const tap = async (outcome: (typeof OUTCOMES)[number]) => {
    const r = await api.put<{ items: TLink[] }>(`/api/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}/outcome`, { outcome });
    after(r.items);
    setThanks(true);
  };
  if (link === undefined) return null;
  const selectId = `solution-${actionId}`;
  return (
    <div className="action-solution">
      {link ? (
        <span className="small">
          {t('solutions.plan.label')}: <Link to={solutionPagePath(link.slug)}>{link.name}</Link>
        </span>
      ) : null}
      {canEdit && choices === null ? (
        <button type="button" className="btn btn-link small" onClick={() => void api.get<{ items: TSolutionSummary[] }>(`/api/solutions?lang=${i18n.language === 'en' ? 'en' : 'it'}`).then((r) => setChoices(r.items))}>
          {t('solutions.plan.label')}…
        </button>
      ) : null}
      {choices ? (
        <p className="field">
          <label htmlFor={selectId}>{t('solutions.plan.label')}</label>
          <select id={selectId} defaultValue={link?.solutionId ?? ''} onChange={(e) => void pick(e.target.value)}>
            <option value="">{t('solutions.plan.none')}</option>
            {choices.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {link && isDone && canEdit ? (
        <fieldset className="action-outcome">
          <legend className="small">{t('solutions.plan.howWent', { name: link.name })}</legend>
          {OUTCOMES.map((o) => (
            <button key={o} type="button" className={`btn small${link.outcome === o ? ' btn-primary' : ''}`} aria-pressed={link.outcome === o} onClick={() => void tap(o)}>
              {t(`solutions.plan.${o}`)}
            </button>
          ))}
          {thanks ? (
            <span role="status" className="small">
              {t('solutions.plan.thanks')}
            </span>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
