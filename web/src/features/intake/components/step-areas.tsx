import { useTranslation } from 'react-i18next';
import { AREAS, type TArea } from '../../../../../src/shared/areas';
import { proposedAreas, type TDraft } from '../api/draft';
import type { TUpdateDraft } from '../hooks/use-intake-draft';

type TProps = { draft: TDraft; update: TUpdateDraft; errorFor: (field: string) => string | undefined };

function AreaCheck({ area, isChecked, onToggle, evidence }: { area: TArea; isChecked: boolean; onToggle: () => void; evidence?: string[] }) {
  const { t } = useTranslation();
  const id = `area-${area}`;
  const words = evidence?.length ? evidence.map((w) => t('intake.areas.quote', { word: w })).join(', ') : '';
  return (
    <label htmlFor={id} className={isChecked ? 'card-choice is-checked' : 'card-choice'}>
      <input id={id} type="checkbox" checked={isChecked} onChange={onToggle} aria-describedby={`${id}-hint`} />
      <span className="card-choice-text">
        <span className="card-choice-label">{t(`areas.${area}.label`)}</span>
        <span className="card-choice-hint" id={`${id}-hint`}>
          {t(`areas.${area}.hint`)}
          {words ? (
            <>
              {' '}
              <span className="evidence">{t('intake.areas.evidence', { words })}</span>
            </>
          ) : null}
        </span>
      </span>
    </label>
  );
}

/** "Ho capito che ti serve…": what the text said, ticked; the person keeps, removes or adds. */
export function StepAreas({ draft, update, errorFor }: TProps) {
  const { t } = useTranslation();
  const proposed = proposedAreas(draft);
  const others = AREAS.filter((a) => !proposed.some((p) => p.area === a));
  const toggle = (area: TArea) =>
    update((d) => ({ chosenAreas: d.chosenAreas.includes(area) ? d.chosenAreas.filter((a) => a !== area) : [...d.chosenAreas, area] }));
  const error = errorFor('chosenAreas');

  return (
    <>
      {error ? <p className="field-error">{error}</p> : null}
      {proposed.length > 0 ? (
        <>
          <p>{t('intake.areas.intro')}</p>
          <fieldset className="check-cards">
            <legend>{t('intake.areas.proposedLegend')}</legend>
            {proposed.map((p) => (
              <AreaCheck
                key={p.area}
                area={p.area}
                evidence={p.evidence}
                isChecked={draft.chosenAreas.includes(p.area)}
                onToggle={() => toggle(p.area)}
              />
            ))}
          </fieldset>
        </>
      ) : (
        <p className="notice notice-info">{t('intake.areas.none')}</p>
      )}
      <fieldset className="check-cards">
        <legend>{proposed.length > 0 ? t('intake.areas.moreLegend') : t('intake.areas.allLegend')}</legend>
        {others.map((a) => (
          <AreaCheck key={a} area={a} isChecked={draft.chosenAreas.includes(a)} onToggle={() => toggle(a)} />
        ))}
      </fieldset>
    </>
  );
}
