import type { ChangeEvent, InputHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

type TProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/**
 * A labelled input with its hint and error tied to it (aria-describedby, aria-invalid).
 * @example <TextField id="email" label={t('auth.email')} type="email" value={email} onChange={setEmail} error={errors.email} />
 */
export function TextField({ id, label, value, onChange, error, hint, ...rest }: TProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(a11y) => <input id={id} name={id} value={value} onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)} {...a11y} {...rest} />}
    </FieldFrame>
  );
}
