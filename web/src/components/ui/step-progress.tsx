type TProps = { current: number; total: number; label: string };

/**
 * "Passo 2 di 6" in words and as a bar. The words carry the meaning; the bar is a picture of them.
 * @example <StepProgress current={2} total={6} label={t('intake.progress', { current: 2, total: 6 })} />
 */
export function StepProgress({ current, total, label }: TProps) {
  return (
    <div className="step-progress">
      <p className="step-progress-label">{label}</p>
      <progress className="step-progress-bar" max={total} value={current} aria-hidden="true" />
    </div>
  );
}
