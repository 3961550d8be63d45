import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { api, ApiError } from '../../../lib/api-client';
import { romeDayKey } from '../../../lib/rome-time';
import { AREAS } from '../../../../../src/shared/areas';
import { SECTOR_CHOICES } from '../../../../../src/shared/plain-sectors';
import { solutionPagePath, type TSolutionView } from '../api';
import { PricePartsFields } from './price-parts-fields';
import { draftOf, draftProblems, inputOf, slugOf, type TPortabilityKey, type TSolutionDraft, type TSolutionInput } from './solution-input';

export type TScope = { id: string | null; name: string | null; canPublish: boolean };

type TProps = {
  /** The stored solution to change, or null for a new one. */
  existing: { id: string; input: TSolutionInput } | null;
  /** Where a new one may go (national, a sportello) and whether this person publishes there. */
  scopes: TScope[];
};

const PORTABILITY: TPortabilityKey[] = ['customers', 'products', 'invoices'];
const CAN = ['yes', 'partly', 'no', 'unknown'] as const;

/**
 * Every field of a solution: an angel proposes it, the scope's managers publish it or change it.
 * Prices are checked as typed (negative, over 100%, too long an intro) and again by the server,
 * whose refusals land next to the field they name.
 */
export function SolutionForm({ existing, scopes }: TProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'it';
  const navigate = useNavigate();
  const [d, setD] = useState<TSolutionDraft>(() => {
    const draft = draftOf(existing?.input ?? null);
    if (!existing) draft.sportelloId = scopes.find((s) => s.id !== null)?.id ?? '';
    return draft;
  });
  const [isSlugTouched, setIsSlugTouched] = useState(Boolean(existing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const today = romeDayKey(new Date().toISOString());
  const scope = scopes.find((s) => (s.id ?? '') === d.sportelloId);
  const canPublish = existing ? true : Boolean(scope?.canPublish);
  const isPublished = existing?.input.status === 'published';
  const set = <K extends keyof TSolutionDraft>(key: K) => (value: TSolutionDraft[K]) => setD((old) => ({ ...old, [key]: value }));
  const toggle = (key: 'areas' | 'sectors', value: string, on: boolean) => setD((old) => ({ ...old, [key]: on ? [...old[key], value] : old[key].filter((x) => x !== value) }));
  const e = (field: string) => errors[field];

  const save = async (status: 'proposed' | 'published') => {
    setProblem(null);
    const local = draftProblems(d, lang, t('solutionForms.notANumber'));
    if (Object.keys(local).length) {
      setErrors(local);
      setProblem(t('solutionForms.fixFields'));
      return;
    }
    setIsSaving(true);
    setErrors({});
    const body = inputOf(d, status);
    try {
      const saved = existing ? await api.put<TSolutionView>(`/api/solutions/by-id/${existing.id}`, body) : await api.post<TSolutionView>('/api/solutions', body);
      if (saved.status === 'published') navigate(solutionPagePath(saved.slug));
      else navigate('/soluzioni/gestisci', { state: { message: existing ? t('solutionForms.savedProposal', { name: saved.name }) : t('solutionForms.proposed', { name: saved.name }) } });
    } catch (err) {
      const apiError = err instanceof ApiError ? err : null;
      setErrors(apiError?.fieldErrors ?? {});
      setProblem(apiError?.detail ?? String(err));
    } finally {
      setIsSaving(false);
    }
  };
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const submitter = (ev.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void save(submitter?.value === 'published' ? 'published' : 'proposed');
  };

  return (
    <form onSubmit={submit} noValidate className="solution-form">
      <div aria-live="assertive">
        {problem ? (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <TextField
        id="sol-name"
        label={t('solutionForms.fields.name')}
        value={d.name}
        onChange={(name) => setD((old) => ({ ...old, name, slug: isSlugTouched ? old.slug : slugOf(name) }))}
        error={e('name')}
        required
      />
      <TextField id="sol-provider" label={t('solutionForms.fields.provider')} hint={t('solutionForms.hints.provider')} value={d.provider} onChange={set('provider')} error={e('provider')} required />
      <TextField
        id="sol-slug"
        label={t('solutionForms.fields.slug')}
        hint={t('solutionForms.hints.slug')}
        value={d.slug}
        onChange={(slug) => {
          setIsSlugTouched(true);
          set('slug')(slug);
        }}
        error={e('slug')}
        required
      />
      <TextArea id="sol-summary" label={t('solutionForms.fields.summary')} hint={t('solutionForms.hints.summary')} value={d.summary} onChange={set('summary')} error={e('summary.it') ?? e('summary')} rows={2} required />
      <TextArea id="sol-what" label={t('solutionForms.fields.whatItDoes')} value={d.whatItDoes} onChange={set('whatItDoes')} error={e('whatItDoes.it') ?? e('whatItDoes')} rows={4} required />
      <TextArea id="sol-not-for" label={t('solutionForms.fields.notFor')} hint={t('solutionForms.hints.notFor')} value={d.notFor} onChange={set('notFor')} error={e('notFor.it') ?? e('notFor')} rows={3} required />
      <details className="solution-form-english">
        <summary>{t('solutionForms.english')}</summary>
        <TextArea id="sol-summary-en" lang="en" label={t('solutionForms.fields.summaryEn')} value={d.summaryEn} onChange={set('summaryEn')} error={e('summary.en')} rows={2} />
        <TextArea id="sol-what-en" lang="en" label={t('solutionForms.fields.whatItDoesEn')} value={d.whatItDoesEn} onChange={set('whatItDoesEn')} error={e('whatItDoes.en')} rows={3} />
        <TextArea id="sol-not-for-en" lang="en" label={t('solutionForms.fields.notForEn')} value={d.notForEn} onChange={set('notForEn')} error={e('notFor.en')} rows={2} />
      </details>

      <fieldset className={e('areas') ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={e('areas') ? 'sol-areas-error' : undefined}>
        <legend>{t('solutionForms.fields.areas')}</legend>
        {e('areas') ? (
          <p className="field-error" id="sol-areas-error">
            {e('areas')}
          </p>
        ) : null}
        <div className="checkbox-grid">
          {AREAS.map((a) => (
            <label key={a} className="choice">
              <input type="checkbox" checked={d.areas.includes(a)} onChange={(ev) => toggle('areas', a, ev.target.checked)} /> {t(`areas.${a}.label`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('solutionForms.fields.sectors')}</legend>
        <p className="field-hint">{t('solutionForms.hints.sectors')}</p>
        <div className="checkbox-grid">
          {SECTOR_CHOICES.map((s) => (
            <label key={s.id} className="choice">
              <input type="checkbox" checked={d.sectors.includes(s.id)} onChange={(ev) => toggle('sectors', s.id, ev.target.checked)} /> {s.label[lang]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('solutionForms.fields.dataLocation')}</legend>
        <div className="checkbox-grid">
          {(['eu', 'non_eu', 'unknown'] as const).map((loc) => (
            <label key={loc} className="choice">
              <input type="radio" name="sol-data" value={loc} checked={d.dataLocation === loc} onChange={() => set('dataLocation')(loc)} /> {t(`solutionForms.data.${loc}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField id="sol-data-note" label={t('solutionForms.fields.dataNote')} value={d.dataNote} onChange={set('dataNote')} error={e('dataNote.it')} />
      <TextField id="sol-hours" label={t('solutionForms.fields.hoursPerWeek')} hint={t('solutionForms.hints.hoursPerWeek')} inputMode="decimal" value={d.hoursPerWeek} onChange={set('hoursPerWeek')} error={e('hoursPerWeek')} required />

      <fieldset className="fieldset">
        <legend>{t('solutionForms.contract')}</legend>
        <TextField id="sol-minimum" label={t('solutionForms.fields.minimumMonths')} hint={t('solutionForms.hints.zeroIsNone')} inputMode="numeric" value={d.minimumMonths} onChange={set('minimumMonths')} error={e('minimumMonths')} />
        <TextField id="sol-notice" label={t('solutionForms.fields.noticeDays')} inputMode="numeric" value={d.noticeDays} onChange={set('noticeDays')} error={e('noticeDays')} />
        <TextArea id="sol-exit" label={t('solutionForms.fields.exitCosts')} hint={t('solutionForms.hints.exitCosts')} value={d.exitCosts} onChange={set('exitCosts')} error={e('exitCosts.it')} rows={2} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('solutionForms.portability')}</legend>
        {PORTABILITY.map((key) => (
          <div key={key} className="solution-form-portability">
            <div className="field">
              <label htmlFor={`sol-port-${key}`}>{t(`solutionForms.portabilityOf.${key}`)}</label>
              <select id={`sol-port-${key}`} value={d.portability[key].can} onChange={(ev) => setD((old) => ({ ...old, portability: { ...old.portability, [key]: { ...old.portability[key], can: ev.target.value as (typeof CAN)[number] } } }))}>
                {CAN.map((c) => (
                  <option key={c} value={c}>
                    {t(`solutions.portability.can.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`sol-port-${key}-format`}
              label={t('solutionForms.fields.format', { what: t(`solutions.portability.${key}`) })}
              hint={t('solutionForms.hints.format')}
              value={d.portability[key].format}
              onChange={(format) => setD((old) => ({ ...old, portability: { ...old.portability, [key]: { ...old.portability[key], format } } }))}
              error={e(`portability.${key}.format`)}
            />
          </div>
        ))}
      </fieldset>

      <TextArea
        id="sol-alternatives"
        label={t('solutionForms.fields.alternatives')}
        hint={t('solutionForms.hints.alternatives')}
        value={d.alternatives}
        onChange={set('alternatives')}
        error={Object.entries(errors).find(([k]) => k.startsWith('alternativeSlugs'))?.[1]}
        rows={2}
      />

      <PricePartsFields parts={d.parts} onChange={set('parts')} errors={errors} today={today} />

      {existing ? null : (
        <div className={e('sportelloId') ? 'field field-invalid' : 'field'}>
          <label htmlFor="sol-scope">{t('solutionForms.fields.scope')}</label>
          <select id="sol-scope" value={d.sportelloId} onChange={(ev) => set('sportelloId')(ev.target.value)}>
            {scopes.map((s) => (
              <option key={s.id ?? ''} value={s.id ?? ''}>
                {s.name ?? t('solutionForms.national')}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="muted">{canPublish ? t('solutionForms.publishNote') : t('solutionForms.proposeNote')}</p>
      <div className="actions">
        {canPublish ? (
          <>
            <button type="submit" name="status" value="published" className="btn btn-primary" disabled={isSaving}>
              {isPublished ? t('solutionForms.save') : t('solutionForms.publish')}
            </button>
            {isPublished ? null : (
              <button type="submit" name="status" value="proposed" className="btn btn-secondary" disabled={isSaving}>
                {t('solutionForms.keepProposed')}
              </button>
            )}
          </>
        ) : (
          <button type="submit" name="status" value="proposed" className="btn btn-primary" disabled={isSaving}>
            {t('solutionForms.propose')}
          </button>
        )}
      </div>
    </form>
  );
}
