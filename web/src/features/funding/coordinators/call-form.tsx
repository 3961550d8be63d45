import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { AREAS } from '../../../../../src/shared/areas';
import { isApiError } from '../../../lib/api-client';
import { createOwnCall, updateOwnCall, type TOwnCall } from './api';

const SIZES = ['micro', 'small', 'medium', 'large'] as const;
const KINDS = ['grant', 'loan', 'tax_credit', 'equity', 'guarantee', 'contribution_relief'] as const;
const AMOUNTS = ['spendingMin', 'spendingMax', 'grantMin', 'grantMax'] as const;

type TAmount = (typeof AMOUNTS)[number];
type TState = {
  title: string;
  description: string;
  link: string;
  opensOn: string;
  closesOn: string;
  isRolling: boolean;
  regions: string;
  sizes: string[];
  ateco: string;
  kinds: string[];
  areas: string[];
  grantingBody: string;
} & Record<TAmount, string>;

const EMPTY: TState = { title: '', description: '', link: '', opensOn: '', closesOn: '', isRolling: false, regions: '', sizes: [], ateco: '', kinds: [], areas: [], grantingBody: '', spendingMin: '', spendingMax: '', grantMin: '', grantMax: '' };

const listOf = (text: string) =>
  text
    .split(/[;,\s]+/)
    .map((v) => v.trim())
    .filter(Boolean);
const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** What the form shows for a saved call (its input, in our own calls format). */
function stateOf(input: Record<string, unknown>): TState {
  const amounts = (input.amounts ?? {}) as Record<string, unknown>;
  return {
    title: str(input.title),
    description: str(input.description),
    link: str(input.link),
    opensOn: str(input.opensOn).slice(0, 10),
    closesOn: str(input.closesOn).slice(0, 10),
    isRolling: input.closing === 'rolling',
    regions: input.regions === 'national' ? 'nazionale' : strings(input.regions).join(', '),
    sizes: input.sizes === 'all' ? [] : strings(input.sizes),
    ateco: input.ateco === 'all' ? '' : strings(input.ateco).join(', '),
    kinds: strings(input.kinds),
    areas: strings(input.areas),
    grantingBody: str(input.grantingBody),
    spendingMin: str(amounts.spendingMin),
    spendingMax: str(amounts.spendingMax),
    grantMin: str(amounts.grantMin),
    grantMax: str(amounts.grantMax),
  };
}

/** An amount as typed ("5.000", "2500,50"): a number, or the text itself so the server names it. */
function amountOf(text: string): number | string | null {
  const plain = text.replace(/[\s€]/g, '');
  if (!plain) return null;
  const normal = plain.includes(',') ? plain.replace(/\./g, '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(plain) ? plain.replace(/\./g, '') : plain;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : text;
}

/** The form's fields in our own calls format (docs/funding.md), as the API takes them. */
function inputOf(s: TState): Record<string, unknown> {
  const regions = s.regions.trim();
  return {
    title: s.title,
    description: s.description,
    link: s.link.trim() || null,
    opensOn: s.opensOn || null,
    closesOn: s.closesOn || null,
    ...(s.closesOn ? {} : { closing: s.isRolling ? 'rolling' : 'unknown' }),
    regions: /^(naz|ital|nation)/i.test(regions) ? 'national' : listOf(regions),
    sizes: s.sizes.length ? s.sizes : 'all',
    ateco: s.ateco.trim() ? listOf(s.ateco) : 'all',
    kinds: s.kinds,
    areas: s.areas,
    amounts: Object.fromEntries(AMOUNTS.map((k) => [k, amountOf(s[k])])),
    grantingBody: s.grantingBody.trim() || null,
  };
}

/**
 * Add or change one of the sportello's own calls. The server checks it (dates in order, amounts,
 * at least one purpose) and each problem is shown next to its field.
 */
export function CallForm({ sportelloId, call, onSaved, onCancel }: { sportelloId: string; call: TOwnCall | null; onSaved: (call: TOwnCall) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<TState>(() => (call ? stateOf(call.input) : EMPTY));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = call ? `call-${call.id}` : 'call-new';
  const set = <K extends keyof TState>(key: K) => (value: TState[K]) => setState((s) => ({ ...s, [key]: value }));
  const toggle = (key: 'sizes' | 'kinds' | 'areas', value: string) => setState((s) => ({ ...s, [key]: s[key].includes(value) ? s[key].filter((v) => v !== value) : [...s[key], value] }));
  // The server names fields as paths ("amounts.grantMin", "regions.1"): the first message under each.
  const errorOf = (field: string) => Object.entries(errors).find(([f]) => f === field || f.startsWith(`${field}.`))?.[1];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setErrors({});
    setIsBusy(true);
    try {
      const saved = call ? await updateOwnCall(sportelloId, call.id, inputOf(state)) : await createOwnCall(sportelloId, inputOf(state));
      if (!call) setState(EMPTY);
      onSaved(saved);
      setStatus(t('fundingCoord.form.saved'));
    } catch (err) {
      if (isApiError(err)) {
        setErrors(err.fieldErrors);
        setStatus(err.detail);
      } else setStatus(t('errors.generic'));
    } finally {
      setIsBusy(false);
    }
  };

  const checkboxes = (key: 'sizes' | 'kinds' | 'areas', values: readonly string[], label: (v: string) => string, hint?: string) => {
    const error = errorOf(key);
    return (
      <fieldset className={error ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={error ? `${id}-${key}-error` : undefined}>
        <legend>{t(`fundingCoord.form.${key}`)}</legend>
        {hint ? <p className="field-hint">{hint}</p> : null}
        <div className="checkbox-grid">
          {values.map((v) => (
            <label key={v} className="choice">
              <input type="checkbox" name={`${id}-${key}`} value={v} checked={state[key].includes(v)} onChange={() => toggle(key, v)} />
              <span>{label(v)}</span>
            </label>
          ))}
        </div>
        {error ? (
          <p className="field-error" id={`${id}-${key}-error`}>
            {error}
          </p>
        ) : null}
      </fieldset>
    );
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={call ? t('fundingCoord.form.editTitle', { title: call.title }) : t('fundingCoord.form.newTitle')}>
      <TextField id={`${id}-title`} label={t('fundingCoord.form.title')} value={state.title} onChange={set('title')} error={errorOf('title')} maxLength={300} />
      <TextArea id={`${id}-description`} label={t('fundingCoord.form.description')} value={state.description} onChange={set('description')} error={errorOf('description')} rows={4} />
      <TextField id={`${id}-link`} label={t('fundingCoord.form.link')} hint={t('fundingCoord.form.linkHint')} type="url" value={state.link} onChange={set('link')} error={errorOf('link')} />
      <div className="checkbox-grid">
        <TextField id={`${id}-opensOn`} label={t('fundingCoord.form.opensOn')} type="date" value={state.opensOn} onChange={set('opensOn')} error={errorOf('opensOn')} />
        <TextField id={`${id}-closesOn`} label={t('fundingCoord.form.closesOn')} type="date" value={state.closesOn} onChange={set('closesOn')} error={errorOf('closesOn')} />
      </div>
      {state.closesOn ? null : (
        <label className="choice">
          <input type="checkbox" checked={state.isRolling} onChange={(e) => set('isRolling')(e.target.checked)} />
          <span>{t('fundingCoord.form.rolling')}</span>
        </label>
      )}
      <TextField id={`${id}-regions`} label={t('fundingCoord.form.regions')} hint={t('fundingCoord.form.regionsHint')} value={state.regions} onChange={set('regions')} error={errorOf('regions')} />
      {checkboxes('sizes', SIZES, (v) => t(`fundingCoord.sizes.${v}`), t('fundingCoord.form.sizesHint'))}
      <TextField id={`${id}-ateco`} label={t('fundingCoord.form.ateco')} hint={t('fundingCoord.form.atecoHint')} value={state.ateco} onChange={set('ateco')} error={errorOf('ateco')} />
      {checkboxes('kinds', KINDS, (v) => t(`fundingCoord.kinds.${v}`))}
      {checkboxes('areas', AREAS, (v) => t(`areas.${v}.label`))}
      <div className="checkbox-grid">
        {AMOUNTS.map((k) => (
          <TextField key={k} id={`${id}-${k}`} label={t(`fundingCoord.form.${k}`)} inputMode="decimal" value={state[k]} onChange={set(k)} error={errorOf(`amounts.${k}`)} />
        ))}
      </div>
      <TextField id={`${id}-grantingBody`} label={t('fundingCoord.form.grantingBody')} value={state.grantingBody} onChange={set('grantingBody')} error={errorOf('grantingBody')} />
      <FormStatus kind={Object.keys(errors).length ? 'error' : 'success'} message={status} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isBusy}>
          {isBusy ? t('common.wait') : call ? t('fundingCoord.form.save') : t('fundingCoord.form.add')}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
