import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { FormStatus } from '../../../components/ui/form-status';
import { RadioCards } from '../../../components/ui/radio-cards';
import { StepProgress } from '../../../components/ui/step-progress';
import { isApiError, isNetworkError } from '../../../lib/api-client';
import { forgetStored } from '../api/answer-store';
import { DONT_KNOW, pick, submitCheckup, type TCheckup, type TQuestionnaire } from '../api/checkup';
import { useCheckupAnswers } from '../hooks/use-checkup-answers';

type TProps = { checkup: TCheckup; questionnaire: TQuestionnaire; businessName: string };

/** One question per screen with "Non so", progress, Back/Next and "Continua dopo". */
export function Questionnaire({ checkup, questionnaire, businessName }: TProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const navigate = useNavigate();
  const { questions, sections } = questionnaire;
  const { answers, answer, pendingCount, isSaving, isOnline, error: saveError, flush } = useCheckupAnswers(checkup);
  // Resume at the first question without an answer (or the last one when all are answered).
  const [index, setIndex] = useState(() => {
    const first = questions.findIndex((q) => answers[q.id] === undefined);
    return first === -1 ? Math.max(0, questions.length - 1) : first;
  });
  const [hasMoved, setHasMoved] = useState(false);
  const [missing, setMissing] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (hasMoved) headingRef.current?.focus();
  }, [index, hasMoved]);

  const q = questions[index];
  if (!q) return null;
  const section = sections.find((s) => s.key === q.section);
  const isFirstOfSection = index === 0 || questions[index - 1]?.section !== q.section;
  const isLast = index === questions.length - 1;
  const value = answers[q.id] ?? null;

  const go = (i: number) => {
    setMissing(false);
    setSubmitError(null);
    setHasMoved(true);
    setIndex(i);
  };

  const submit = async () => {
    const firstOpen = questions.findIndex((x) => answers[x.id] === undefined);
    if (firstOpen !== -1) {
      go(firstOpen);
      return;
    }
    if (!navigator.onLine) {
      setSubmitError(t('checkup.submitOffline'));
      return;
    }
    setIsSubmitting(true);
    setSubmitError(null);
    try {
      // Try the unsent answers first; submit carries them all anyway.
      await flush();
      await submitCheckup(checkup.id, answers);
      forgetStored(checkup.id);
      navigate(`/check-up/${encodeURIComponent(checkup.id)}`);
    } catch (e) {
      setSubmitError(isNetworkError(e) || !isApiError(e) ? t('checkup.submitOffline') : e.detail);
      setIsSubmitting(false);
    }
  };

  const next = (e: FormEvent) => {
    e.preventDefault();
    if (value === null) {
      setMissing(true);
      window.requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.questionnaire input[type="radio"]')?.focus());
      return;
    }
    if (isLast) void submit();
    else go(index + 1);
  };

  const options = [
    ...q.options.map((o) => ({ value: o.id, label: pick(o.text, lng) })),
    { value: DONT_KNOW, label: t('checkup.dontKnow') },
  ];

  let saveStatus: string | null = null;
  if (pendingCount > 0 && !isOnline) saveStatus = t('checkup.offline');
  else if (pendingCount > 0 && !isSaving) saveStatus = t('checkup.notSaved');

  return (
    <section className="page narrow questionnaire" aria-labelledby="cu-q">
      <p className="eyebrow">{t('checkup.eyebrow', { business: businessName })}</p>
      <StepProgress current={index + 1} total={questions.length} label={t('checkup.progress', { current: index + 1, total: questions.length })} />
      {section ? <p className="section-name">{pick(section.title, lng)}</p> : null}
      {section && isFirstOfSection ? <p className="muted">{pick(section.why, lng)}</p> : null}
      <h1 id="cu-q" ref={headingRef} tabIndex={-1}>
        {pick(q.text, lng)}
      </h1>
      {q.help ? <p className="field-hint">{pick(q.help, lng)}</p> : null}
      <form className="form" noValidate onSubmit={next}>
        <RadioCards
          key={q.id}
          name={`q-${q.id}`}
          legend={pick(q.text, lng)}
          isLegendHidden
          options={options}
          value={value}
          onChange={(v) => {
            setMissing(false);
            answer(q.id, v);
          }}
          error={missing ? t('checkup.chooseOne') : undefined}
        />
        <div className="step-nav">
          {index > 0 ? (
            <button type="button" className="btn btn-secondary btn-big" onClick={() => go(index - 1)}>
              {t('intake.back')}
            </button>
          ) : null}
          <button type="submit" className="btn btn-primary btn-big step-next" disabled={isSubmitting}>
            {isLast ? t('checkup.seeResult') : t('intake.next')}
          </button>
        </div>
      </form>
      <div aria-live="polite" className="send-status">
        {saveStatus ? <p className="notice notice-info">{saveStatus}</p> : null}
      </div>
      <FormStatus kind="error" message={submitError ?? saveError} />
      <div className="later">
        <Link to="/account" className="btn btn-secondary btn-big">
          {t('checkup.later')}
        </Link>
        <p className="muted small">{t('checkup.laterHint')}</p>
      </div>
    </section>
  );
}
