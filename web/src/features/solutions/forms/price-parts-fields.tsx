import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import { isPercentKind, PRICE_PART_KINDS } from '../../../../../src/shared/solution-cost';
import { emptyPart, type TPartDraft, type TPartKind } from './solution-input';

type TProps = {
  parts: TPartDraft[];
  onChange: (parts: TPartDraft[]) => void;
  /** Messages by the API's field names (`parts.0.amount`). */
  errors: Record<string, string>;
  today: string;
};

/**
 * The price parts of a solution, one fieldset each: what kind, how much (euro or percent), the
 * introductory months of a monthly fee, and where the price comes from and on which day.
 */
export function PricePartsFields({ parts, onChange, errors, today }: TProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<TPartDraft>) => onChange(parts.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset className="fieldset solution-parts">
      <legend>{t('solutionForms.parts.legend')}</legend>
      <p className="field-hint">{t('solutionForms.parts.hint')}</p>
      {parts.map((p, i) => {
        const at = (name: string) => errors[`parts.${i}.${name}`];
        const isPercent = isPercentKind(p.kind);
        return (
          <fieldset key={i} className="fieldset solution-part">
            <legend>{t('solutionForms.parts.part', { n: i + 1 })}</legend>
            <div className="field">
              <label htmlFor={`part-${i}-kind`}>{t('solutionForms.parts.kind')}</label>
              <select id={`part-${i}-kind`} value={p.kind} onChange={(e) => set(i, { kind: e.target.value as TPartKind })}>
                {PRICE_PART_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`solutionForms.parts.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`part-${i}-value`}
              label={isPercent ? t('solutionForms.parts.percent') : t('solutionForms.parts.amount')}
              inputMode="decimal"
              value={p.value}
              onChange={(value) => set(i, { value })}
              error={at(isPercent ? 'percent' : 'amount')}
              required
            />
            {p.kind === 'monthly' ? (
              <>
                <TextField id={`part-${i}-intro-months`} label={t('solutionForms.parts.introMonths')} hint={t('solutionForms.parts.introHint')} inputMode="numeric" value={p.introMonths} onChange={(introMonths) => set(i, { introMonths })} error={at('introMonths')} />
                {p.introMonths.trim() ? <TextField id={`part-${i}-intro-amount`} label={t('solutionForms.parts.introAmount')} inputMode="decimal" value={p.introAmount} onChange={(introAmount) => set(i, { introAmount })} error={at('introAmount')} /> : null}
              </>
            ) : null}
            <TextField id={`part-${i}-label`} label={t('solutionForms.parts.label')} value={p.label} onChange={(label) => set(i, { label })} error={at('label.it')} />
            <TextField id={`part-${i}-source`} label={t('solutionForms.parts.sourceText')} hint={t('solutionForms.parts.sourceHint')} value={p.sourceText} onChange={(sourceText) => set(i, { sourceText })} error={at('sourceText')} required />
            <TextField id={`part-${i}-url`} label={t('solutionForms.parts.sourceUrl')} type="url" value={p.sourceUrl} onChange={(sourceUrl) => set(i, { sourceUrl })} error={at('sourceUrl')} />
            <TextField id={`part-${i}-as-of`} label={t('solutionForms.parts.asOf')} type="date" value={p.asOf} onChange={(asOf) => set(i, { asOf })} error={at('asOf')} required />
            <label className="choice">
              <input type="checkbox" checked={p.isExample} onChange={(e) => set(i, { isExample: e.target.checked })} /> {t('solutionForms.parts.isExample')}
            </label>
            <p>
              <button type="button" className="btn btn-secondary" onClick={() => onChange(parts.filter((_, j) => j !== i))}>
                {t('solutionForms.parts.remove', { n: i + 1 })}
              </button>
            </p>
          </fieldset>
        );
      })}
      <p>
        <button type="button" className="btn btn-secondary" onClick={() => onChange([...parts, emptyPart(today)])}>
          {t('solutionForms.parts.add')}
        </button>
      </p>
    </fieldset>
  );
}
