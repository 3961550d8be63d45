import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, isApiError } from '../../../lib/api-client';
import { solutionPagePath } from '../../../../../src/shared/solution-pages';
import { usePlanSolutions, type TSolutionLink } from '../hooks/use-plan-solutions';
import { useWords } from '../hooks/use-words';

type TSolutionSummary = { id: string; name: string };

const OUTCOMES = ['went_well', 'mixed', 'went_badly'] as const;

/** The catalogue, read once per visit and only when someone opens a picker. */
let catalogue: Promise<TSolutionSummary[]> | null = null;
const loadCatalogue = (lang: string) => {
  catalogue ??= api.get<{ items: TSolutionSummary[] }>(`/api/solutions?lang=${lang === 'en' ? 'en' : 'it'}`).then(
    (r) => r.items,
    (e: unknown) => {
      catalogue = null;
      throw e;
    },
  );
  return catalogue;
};

/**
 * Point 7 of issue 16 in a plan action's line: the solution it uses, a link to its page;
 * "Collega una soluzione" as a disclosure whose picker is drawn only once opened (a big plan has
 * hundreds of lines); and, once the action is done, "Com'è andata?" in one tap, which feeds the
 * solution's outcomes.
 */
export function ActionSolution({ actionId, title, isDone, canEdit }: { actionId: string; title: string; isDone: boolean; canEdit: boolean }) {
  const { t } = useWords();
  const { planId, links } = usePlanSolutions();
  const link = links.get(actionId);
  if (!planId || (!link && !canEdit)) return null;
  return (
    <div className="action-solution">
      {link ? (
        <span className="small">
          {t('solutions.plan.label')}: <Link to={solutionPagePath(link.slug)}>{link.name}</Link>
        </span>
      ) : null}
      {link && isDone && canEdit ? <OutcomeTap planId={planId} actionId={actionId} link={link} /> : null}
      {canEdit ? <SolutionEditor planId={planId} actionId={actionId} title={title} link={link} /> : null}
    </div>
  );
}

function OutcomeTap({ planId, actionId, link }: { planId: string; actionId: string; link: TSolutionLink }) {
  const { t } = useWords();
  const { onLinks } = usePlanSolutions();
  const [message, setMessage] = useState<string | null>(null);
  const tap = async (outcome: (typeof OUTCOMES)[number]) => {
    try {
      const r = await api.put<{ items: TSolutionLink[] }>(`/api/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}/outcome`, { outcome });
      onLinks(r.items);
      setMessage(t('solutions.plan.thanks'));
    } catch (e) {
      setMessage(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  return (
    <fieldset className="action-outcome">
      <legend className="small">{t('solutions.plan.howWent', { name: link.name })}</legend>
      <div className="actions">
        {OUTCOMES.map((o) => (
          <button key={o} type="button" className={`btn ${link.outcome === o ? 'btn-primary' : 'btn-secondary'}`} aria-pressed={link.outcome === o} onClick={() => void tap(o)}>
            {t(`solutions.plan.${o}`)}
          </button>
        ))}
      </div>
      {message ? (
        <p role="status" className="small">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}

function SolutionEditor({ planId, actionId, title, link }: { planId: string; actionId: string; title: string; link: TSolutionLink | undefined }) {
  const { t, lang } = useWords();
  const { onLinks } = usePlanSolutions();
  const [isOpen, setIsOpen] = useState(false);
  const [choices, setChoices] = useState<TSolutionSummary[] | null>(null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const selectId = `solution-${actionId.replace(/[^a-z0-9-]/gi, '')}`;
  const open = (isNowOpen: boolean) => {
    setIsOpen(isNowOpen);
    if (!isNowOpen) return;
    setChoice(link?.solutionId ?? '');
    setError(null);
    setMessage(null);
    loadCatalogue(lang).then(setChoices, () => setError(t('errors.generic')));
  };
  const save = async (details: HTMLDetailsElement | null) => {
    setIsBusy(true);
    setError(null);
    try {
      const r = await api.put<{ items: TSolutionLink[] }>(`/api/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}/solution`, { solutionId: choice || null });
      onLinks(r.items);
      if (details) details.open = false;
      setMessage(choice ? t('solutions.plan.saved') : t('solutions.plan.unlinked'));
    } catch (e) {
      setError(isApiError(e) ? (Object.values(e.fieldErrors)[0] ?? e.detail) : t('errors.generic'));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <>
      <details className="comments action-solution-editor" onToggle={(e) => open(e.currentTarget.open)}>
        <summary>
          {link ? t('solutions.plan.change') : t('solutions.plan.link')}
          <span className="sr-only"> — {title}</span>
        </summary>
        {isOpen ? (
          <div className="form sub-form">
            <p className="field">
              <label htmlFor={selectId}>{t('solutions.plan.label')}</label>
              <select id={selectId} value={choice} disabled={!choices} aria-describedby={error ? `${selectId}-error` : undefined} aria-invalid={error ? true : undefined} onChange={(e) => setChoice(e.target.value)}>
                <option value="">{t('solutions.plan.none')}</option>
                {(choices ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              {error ? (
                <span id={`${selectId}-error`} className="field-error">
                  {error}
                </span>
              ) : null}
            </p>
            <p className="small muted">{t('solutions.plan.hint')}</p>
            <div className="actions">
              <button type="button" className="btn btn-primary" disabled={isBusy || !choices} onClick={(e) => void save(e.currentTarget.closest('details'))}>
                {t('solutions.plan.save')}
                <span className="sr-only"> — {title}</span>
              </button>
            </div>
          </div>
        ) : null}
      </details>
      {isOpen || message ? (
        <p className="sr-only" role="status" aria-live="polite">
          {message}
        </p>
      ) : null}
    </>
  );
}
