import type { ChangeEvent, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

type TProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

/**
 * A labelled textarea with its hint and error tied to it, like TextField.
 * @example <TextArea id="story" label={t('intake.text.label')} value={text} onChange={setText} rows={6} />
 */
export function TextArea({ id, label, value, onChange, error, hint, ...rest }: TProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(a11y) => <textarea id={id} name={id} value={value} onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)} {...a11y} {...rest} />}
    </FieldFrame>
  );
}
