import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/ui/text-area';
import { api, ApiError } from '../../../lib/api-client';
import type { TViewerPart } from './viewer-api';

const TIE_KINDS = ['works_for', 'earns_from', 'owns'] as const;

/**
 * 1 to 5 stars as native radios in a fieldset: arrows, Space and screen readers work as usual,
 * each star's label says how many.
 */
export function StarsField({ value, onChange, error, name }: { value: number | null; onChange: (n: number) => void; error?: string; name: string }) {
  const { t } = useTranslation();
  const errorId = `${name}-error`;
  return (
    <fieldset className={error ? 'fieldset field-invalid solution-stars' : 'fieldset solution-stars'} aria-describedby={error ? errorId : undefined}>
      <legend>{t('solutionForms.review.stars')}</legend>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="choice-row">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="choice">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span aria-hidden="true">{'★'.repeat(n)}</span> {t('solutions.stars', { count: n })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type TProps = { solutionId: string; provider: string; part: TViewerPart; onSaved: (message: string) => void };

/**
 * "Racconta com'è andata": the business and plan action it was used in, stars, words, and the
 * tie to the provider (a declared one is shown and goes with the review; otherwise the question
 * is asked, and a "yes" needs the words that will stand beside the review).
 */
export function ReviewForm({ solutionId, provider, part, onSaved }: TProps) {
  const { t } = useTranslation();
  const uid = useId();
  const open = part.uses.filter((u) => !u.myReviewId);
  const choices = open.flatMap((u) => u.actions.map((a) => ({ value: `${u.businessId}|${a.id}`, label: t('solutionForms.review.useOption', { business: u.businessName, action: a.title }) })));
  const [use, setUse] = useState(choices[0]?.value ?? '');
  const [rating, setRating] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [isTied, setIsTied] = useState<boolean | null>(part.tie ? true : null);
  const [tieKind, setTieKind] = useState<(typeof TIE_KINDS)[number]>('works_for');
  const [tieWhat, setTieWhat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // A field's message goes once the person changes it; the others stay until the next try.
  const clear = (field: string) => setErrors((old) => (field in old ? Object.fromEntries(Object.entries(old).filter(([k]) => k !== field)) : old));
  // The page starts light: words typed before the app took it over are in the field, not in the state.
  useLayoutEffect(() => {
    const typed = form.current?.querySelector<HTMLTextAreaElement>(`textarea[name="${CSS.escape(`${uid}-text`)}"]`)?.value;
    if (typed) setText(typed);
    // Once, when the app takes the page over.
  }, []);
  if (part.tie?.kind === 'owns') return <p className="notice">{t('solutionForms.review.own')}</p>;
  if (!choices.length) return null;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const local: Record<string, string> = {};
    if (!rating) local.rating = t('solutionForms.review.needStars');
    if (!text.trim()) local.text = t('solutionForms.review.needText');
    if (isTied === null) local.tiedToProvider = t('solutionForms.review.needTie');
    if (isTied && !part.tie && !tieWhat.trim()) local['tie.what'] = t('solutionForms.review.needTieWhat');
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length) return;
    const [businessId, planActionId] = use.split('|');
    setIsSaving(true);
    try {
      await api.post(`/api/solutions/by-id/${solutionId}/reviews`, {
        businessId,
        planActionId,
        rating,
        text: text.trim(),
        tiedToProvider: Boolean(isTied),
        tie: isTied && !part.tie ? { kind: tieKind, what: tieWhat.trim() } : null,
      });
      onSaved(t('solutionForms.review.thanks'));
    } catch (err) {
      const apiError = err instanceof ApiError ? err : null;
      const fe = apiError?.fieldErrors ?? {};
      // The second review for a business comes back on the solution, not on a field of this form.
      setErrors({ ...fe, ...(fe.solutionId ? { use: fe.solutionId } : {}) });
      setProblem(apiError?.detail ?? String(err));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form ref={form} onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby={`${uid}-h`} className="solution-review-form">
      <h3 id={`${uid}-h`}>{t('solutionForms.review.title')}</h3>
      {problem ? (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className={errors.use || errors.businessId ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${uid}-use`}>{t('solutionForms.review.use')}</label>
        <select id={`${uid}-use`} value={use} onChange={(ev) => setUse(ev.target.value)} aria-describedby={errors.use || errors.businessId ? `${uid}-use-error` : undefined}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        {errors.use || errors.businessId ? (
          <p className="field-error" id={`${uid}-use-error`}>
            {errors.use ?? errors.businessId}
          </p>
        ) : null}
      </div>
      <StarsField name={`${uid}-rating`} value={rating} onChange={(n) => (setRating(n), clear('rating'))} error={errors.rating} />
      <TextArea id={`${uid}-text`} label={t('solutionForms.review.text')} hint={t('solutionForms.review.textHint')} value={text} onChange={(v) => (setText(v), clear('text'))} error={errors.text} rows={4} required />
      {part.tie ? (
        <div className="notice">
          <p>{t('solutionForms.review.declared', { provider: part.tie.providerName, what: part.tie.what, kind: t(`solutionForms.tieKind.${part.tie.kind}`) })}</p>
          <p>{t('solutionForms.review.declaredShown')}</p>
        </div>
      ) : (
        <fieldset className={errors.tiedToProvider ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={errors.tiedToProvider ? `${uid}-tied-error` : undefined}>
          <legend>{t('solutionForms.review.tied', { provider })}</legend>
          {errors.tiedToProvider ? (
            <p className="field-error" id={`${uid}-tied-error`}>
              {errors.tiedToProvider}
            </p>
          ) : null}
          <div className="choice-row">
            <label className="choice">
              <input type="radio" name={`${uid}-tied`} checked={isTied === false} onChange={() => setIsTied(false)} /> {t('solutionForms.review.tiedNo')}
            </label>
            <label className="choice">
              <input type="radio" name={`${uid}-tied`} checked={isTied === true} onChange={() => setIsTied(true)} /> {t('solutionForms.review.tiedYes')}
            </label>
          </div>
          {isTied ? (
            <>
              <div className="field">
                <label htmlFor={`${uid}-tie-kind`}>{t('solutionForms.ties.kind')}</label>
                <select id={`${uid}-tie-kind`} value={tieKind} onChange={(ev) => setTieKind(ev.target.value as (typeof TIE_KINDS)[number])}>
                  {TIE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`solutionForms.tieKind.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <TextArea id={`${uid}-tie-what`} label={t('solutionForms.ties.what')} hint={t('solutionForms.ties.whatHint')} value={tieWhat} onChange={setTieWhat} error={errors['tie.what']} rows={2} required />
            </>
          ) : null}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isSaving}>
          {t('solutionForms.review.send')}
        </button>
      </div>
    </form>
  );
}
