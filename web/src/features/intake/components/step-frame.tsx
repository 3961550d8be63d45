import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StepProgress } from '../../../components/ui/step-progress';

type TProps = {
  index: number;
  total: number;
  title: string;
  /** Moves focus to the question when the step changes (not on the first paint). */
  shouldFocus: boolean;
  onBack?: () => void;
  onNext: () => void;
  nextLabel?: string;
  isBusy?: boolean;
  children: ReactNode;
  after?: ReactNode;
};

/** One question on one screen: progress, the question as the page heading, Back and Next. */
export function StepFrame({ index, total, title, shouldFocus, onBack, onNext, nextLabel, isBusy, children, after }: TProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (shouldFocus) headingRef.current?.focus();
  }, [shouldFocus, index]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isBusy) onNext();
  };

  return (
    <section className="page narrow ascolto" aria-labelledby="ascolto-q">
      <StepProgress current={index + 1} total={total} label={t('intake.progress', { current: index + 1, total })} />
      <h1 id="ascolto-q" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <form className="form" noValidate onSubmit={submit}>
        {children}
        <div className="step-nav">
          {onBack ? (
            <button type="button" className="btn btn-secondary btn-big" onClick={onBack}>
              {t('intake.back')}
            </button>
          ) : null}
          <button type="submit" className="btn btn-primary btn-big step-next" disabled={isBusy}>
            {nextLabel ?? t('intake.next')}
          </button>
        </div>
      </form>
      {after}
    </section>
  );
}
