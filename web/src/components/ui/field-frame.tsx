import type { ReactNode } from 'react';

/**
 * A field's label, hint and error around its control, tied to it: the control gets the ids to
 * name in aria-describedby and whether it is invalid.
 * @example <FieldFrame id="email" label="E-mail" error={e}>{(a11y) => <input id="email" {...a11y} />}</FieldFrame>
 */
export function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: (a11y: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
