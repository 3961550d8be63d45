import { useId, type ReactNode } from 'react';

export type TRadioCard = { value: string; label: string; hint?: ReactNode; lang?: string };

type TProps = {
  name: string;
  legend: string;
  /** Keep the legend for screen readers only, when the page heading already asks the question. */
  isLegendHidden?: boolean;
  options: TRadioCard[];
  value: string | null;
  onChange: (value: string) => void;
  error?: string;
};

/**
 * A radio group drawn as big tappable cards (at least 48 px), native radios inside, so
 * arrows, Space and screen readers work as usual.
 * @example <RadioCards name="people" legend={t('intake.people.legend')} options={bands} value={v} onChange={setV} />
 */
export function RadioCards({ name, legend, isLegendHidden, options, value, onChange, error }: TProps) {
  const baseId = useId();
  const errorId = `${baseId}-error`;
  return (
    <fieldset
      className={error ? 'radio-cards field-invalid' : 'radio-cards'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className={isLegendHidden ? 'sr-only' : undefined}>{legend}</legend>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="radio-cards-list">
        {options.map((o, i) => {
          const id = `${baseId}-${i}`;
          const hintId = o.hint ? `${id}-hint` : undefined;
          return (
            <label key={o.value} htmlFor={id} className={value === o.value ? 'card-choice is-checked' : 'card-choice'} lang={o.lang}>
              <input
                id={id}
                type="radio"
                name={name}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={hintId}
              />
              <span className="card-choice-text">
                <span className="card-choice-label">{o.label}</span>
                {o.hint ? (
                  <span className="card-choice-hint" id={hintId}>
                    {o.hint}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
