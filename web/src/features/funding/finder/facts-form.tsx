import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { saveFacts, type TFact, type TFacts } from './api';

const LEGAL_FORMS = ['ditta_individuale', 'snc', 'sas', 'srl', 'srls', 'spa', 'sapa', 'cooperativa', 'consorzio', 'professionista', 'altro'] as const;

type TField = 'atecoCode' | 'annualTurnoverEur' | 'balanceSheetEur' | 'foundedOn' | 'legalForm';
const FIELDS: TField[] = ['atecoCode', 'annualTurnoverEur', 'balanceSheetEur', 'foundedOn', 'legalForm'];

const textOf = (facts: TFacts): Record<TField, string> => ({
  atecoCode: facts.atecoCode ?? '',
  annualTurnoverEur: facts.annualTurnoverEur === null ? '' : String(facts.annualTurnoverEur),
  balanceSheetEur: facts.balanceSheetEur === null ? '' : String(facts.balanceSheetEur),
  foundedOn: facts.foundedOn ?? '',
  legalForm: facts.legalForm ?? '',
});

type TProps = { businessId: string; facts: TFacts; missing: readonly TFact[]; onSaved: () => void };

/**
 * "I dati che i bandi chiedono": the facts that settle a "da verificare", each field with its
 * own message when the server refuses it.
 */
export function FactsForm({ businessId, facts, missing, onSaved }: TProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => textOf(facts));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; message: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const asked = FIELDS.filter((f) => missing.includes(f));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setIsSaving(true);
    setStatus(null);
    setErrors({});
    const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
    try {
      const saved = await saveFacts(businessId, {
        atecoCode: values.atecoCode.trim() || null,
        annualTurnoverEur: number(values.annualTurnoverEur),
        balanceSheetEur: number(values.balanceSheetEur),
        foundedOn: values.foundedOn || null,
        legalForm: values.legalForm || null,
      });
      setValues(textOf({ ...facts, ...saved }));
      setStatus({ kind: 'success', message: t('fundingFinder.facts.saved') });
      onSaved();
    } catch (err) {
      if (isApiError(err)) {
        setErrors(err.fieldErrors);
        setStatus({ kind: 'error', message: err.detail });
      } else setStatus({ kind: 'error', message: t('errors.generic') });
    } finally {
      setIsSaving(false);
    }
  };

  const set = (field: TField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  return (
    <section className="card funding-facts-form" id="dati-bandi" aria-labelledby="funding-facts-title">
      <h2 id="funding-facts-title">{t('fundingFinder.facts.title')}</h2>
      <p>{asked.length > 0 ? t('fundingFinder.facts.asked', { facts: asked.map((f) => t(`fundingFinder.facts.${f}`)).join(', ') }) : t('fundingFinder.facts.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="facts-ateco" label={t('fundingFinder.facts.atecoCode')} hint={t('fundingFinder.facts.atecoHint')} value={values.atecoCode} onChange={set('atecoCode')} error={errors.atecoCode} />
        <TextField
          id="facts-turnover"
          label={t('fundingFinder.facts.annualTurnoverEur')}
          hint={t('fundingFinder.facts.euroHint')}
          type="number"
          inputMode="numeric"
          value={values.annualTurnoverEur}
          onChange={set('annualTurnoverEur')}
          error={errors.annualTurnoverEur}
        />
        <TextField
          id="facts-balance"
          label={t('fundingFinder.facts.balanceSheetEur')}
          hint={t('fundingFinder.facts.euroHint')}
          type="number"
          inputMode="numeric"
          value={values.balanceSheetEur}
          onChange={set('balanceSheetEur')}
          error={errors.balanceSheetEur}
        />
        <TextField id="facts-founded" label={t('fundingFinder.facts.foundedOn')} type="date" value={values.foundedOn} onChange={set('foundedOn')} error={errors.foundedOn} />
        <div className={errors.legalForm ? 'field field-invalid' : 'field'}>
          <label htmlFor="facts-legal-form">{t('fundingFinder.facts.legalForm')}</label>
          <select
            id="facts-legal-form"
            value={values.legalForm}
            onChange={(e) => set('legalForm')(e.target.value)}
            aria-invalid={errors.legalForm ? true : undefined}
            aria-describedby={errors.legalForm ? 'facts-legal-form-error' : undefined}
          >
            <option value="">{t('fundingFinder.facts.notSaid')}</option>
            {LEGAL_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`fundingFinder.legalForm.${f}`)}
              </option>
            ))}
          </select>
          {errors.legalForm ? (
            <p className="field-error" id="facts-legal-form-error">
              {errors.legalForm}
            </p>
          ) : null}
        </div>
        <FormStatus kind={status?.kind} message={status?.message} />
        <button type="submit" className="btn btn-primary" disabled={isSaving}>
          {t('fundingFinder.facts.save')}
        </button>
      </form>
    </section>
  );
}
