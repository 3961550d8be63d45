import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS, type TArea } from '../../../../../src/shared/areas';
import { ComuneCombobox } from '../../../components/comune-combobox';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { focusFirstInvalid } from '../../../lib/focus';
import { useApi } from '../../../lib/use-api';
import { atecoPath, cvProblem, type TAngelMode, type TAngelProfile, type TAngelProfileInput, type TAteco } from '../api/angels';
import { SectorPicker } from './sector-picker';

export const LANGUAGE_CODES = ['it', 'en', 'fr', 'de', 'es', 'ro', 'ar', 'zh'] as const;
const MODES: TAngelMode[] = ['in_person', 'remote'];
const PHONE = /^\+?[0-9 ./-]{6,20}$/;
const MIN_TEXT = 20;
const MAX_TEXT = 2000;

type TProps = {
  /** The saved profile when editing; nothing when applying. */
  initial?: TAngelProfile;
  /** Applying asks for a CV too. */
  withCv: boolean;
  submitLabel: string;
  onSubmit: (input: TAngelProfileInput, cv: File | null) => Promise<void>;
};

type TErrors = Partial<Record<keyof TAngelProfileInput | 'cv', string>>;

const isArea = (s: string): s is TArea => (AREAS as readonly string[]).includes(s);
const isMode = (s: string): s is TAngelMode => s === 'in_person' || s === 'remote';

/** Maps a server field path ("sectors.3") to the form field that shows it. */
function fieldOf(path: string): keyof TErrors {
  const head = path.split('.')[0] ?? '';
  return (head === 'profile' ? 'presentation' : head) as keyof TErrors;
}

/**
 * The angel's profile: what you know, where and how you work, a few words about you,
 * WhatsApp, and (when applying) a CV. Errors sit next to each field.
 */
export function ProfileForm({ initial, withCv, submitLabel, onSubmit }: TProps) {
  const { t, i18n } = useTranslation();
  const ateco = useApi<TAteco>(atecoPath(i18n.language));
  const [skills, setSkills] = useState<TArea[]>(initial?.skills.filter(isArea) ?? []);
  const [sectors, setSectors] = useState<string[]>(initial?.sectors ?? []);
  const [comune, setComune] = useState<string | null>(initial?.baseComuneIstat ?? null);
  const [radius, setRadius] = useState(String(initial?.radiusKm ?? 30));
  const [modes, setModes] = useState<TAngelMode[]>(initial?.modes.filter(isMode) ?? ['in_person', 'remote']);
  const [languages, setLanguages] = useState<string[]>(initial?.languages ?? ['it']);
  const [capacity, setCapacity] = useState(String(initial?.capacity ?? 3));
  const [presentation, setPresentation] = useState(initial?.presentation ?? '');
  const [phone, setPhone] = useState(initial?.whatsappPhone ?? '');
  const [isWhatsapp, setIsWhatsapp] = useState(initial?.isWhatsappAllowed ?? false);
  const [cv, setCv] = useState<File | null>(null);
  const [errors, setErrors] = useState<TErrors>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const toggle = <T,>(list: T[], item: T, isOn: boolean) => (isOn ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

  const chooseCv = async (file: File | undefined) => {
    setCv(null);
    if (!file) {
      setErrors((e) => ({ ...e, cv: undefined }));
      return;
    }
    const problem = await cvProblem(file);
    if (problem) {
      setErrors((e) => ({ ...e, cv: t(`angels.form.cv.${problem}`) }));
      return;
    }
    setErrors((e) => ({ ...e, cv: undefined }));
    setCv(file);
  };

  const validate = (): TErrors => {
    const e: TErrors = {};
    const r = Number(radius);
    const c = Number(capacity);
    const text = presentation.trim();
    if (skills.length === 0) e.skills = t('angels.form.errors.skills');
    if (!comune) e.baseComuneIstat = t('angels.form.errors.comune');
    if (!Number.isInteger(r) || r < 0 || r > 300 || radius.trim() === '') e.radiusKm = t('angels.form.errors.radius');
    if (modes.length === 0) e.modes = t('angels.form.errors.modes');
    if (languages.length === 0) e.languages = t('angels.form.errors.languages');
    if (!Number.isInteger(c) || c < 1 || c > 20 || capacity.trim() === '') e.capacity = t('angels.form.errors.capacity');
    if (text.length < MIN_TEXT) e.presentation = t('angels.form.errors.presentationShort', { min: MIN_TEXT });
    if (text.length > MAX_TEXT) e.presentation = t('angels.form.errors.presentationLong', { max: MAX_TEXT });
    if (phone.trim() && !PHONE.test(phone.trim())) e.whatsappPhone = t('angels.form.errors.phone');
    if (isWhatsapp && !phone.trim()) e.whatsappPhone = t('angels.form.errors.phoneNeeded');
    if (errors.cv) e.cv = errors.cv;
    return e;
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setStatus(null);
    const found = validate();
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      setStatus({ kind: 'error', message: t('form.fixErrors') });
      focusFirstInvalid('.profile-form');
      return;
    }
    setIsBusy(true);
    try {
      await onSubmit(
        {
          skills,
          sectors,
          baseComuneIstat: comune!,
          radiusKm: Number(radius),
          modes,
          languages,
          capacity: Number(capacity),
          presentation: presentation.trim(),
          whatsappPhone: phone.trim() || null,
          isWhatsappAllowed: isWhatsapp && Boolean(phone.trim()),
        },
        cv,
      );
    } catch (err) {
      if (isApiError(err)) {
        const next: TErrors = {};
        for (const [field, message] of Object.entries(err.fieldErrors)) next[fieldOf(field)] ??= message;
        if (err.code === 'angel.cv_not_pdf' || err.code === 'angel.cv_too_large') next.cv = err.detail;
        setErrors(next);
        setStatus({ kind: 'error', message: Object.keys(next).length ? t('form.fixErrors') : err.detail });
        if (Object.keys(next).length) focusFirstInvalid('.profile-form');
      } else setStatus({ kind: 'error', message: t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  const divisions = ateco.data?.sections.flatMap((s) => s.divisions) ?? [];
  const count = presentation.trim().length;

  return (
    <form className="form profile-form" noValidate onSubmit={(e) => void submit(e)}>
      <fieldset className={errors.skills ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={errors.skills ? 'pf-skills-error' : undefined}>
        <legend>{t('angels.form.skills')}</legend>
        {errors.skills ? (
          <p className="field-error" id="pf-skills-error">
            {errors.skills}
          </p>
        ) : null}
        <div className="checkbox-grid">
          {AREAS.map((a) => (
            <label key={a} className="choice">
              <input type="checkbox" name="skills" value={a} checked={skills.includes(a)} aria-invalid={errors.skills ? true : undefined} onChange={(e) => setSkills((s) => toggle(s, a, e.target.checked))} />
              {t(`areas.${a}.label`)}
            </label>
          ))}
        </div>
      </fieldset>

      {ateco.isLoading && !ateco.data ? <Loading /> : null}
      {ateco.error ? <p className="notice notice-info">{t('angels.form.sectorsError')}</p> : null}
      {ateco.data ? <SectorPicker divisions={divisions} value={sectors} onChange={setSectors} error={errors.sectors} /> : null}

      <ComuneCombobox
        label={t('angels.form.comune')}
        hint={t('angels.form.comuneHint')}
        initialText={initial ? initial.comuneName : ''}
        onSelect={(c) => setComune(c.istat)}
        onClear={() => setComune(null)}
        error={errors.baseComuneIstat}
      />
      <TextField id="pf-radius" label={t('angels.form.radius')} hint={t('angels.form.radiusHint')} type="number" inputMode="numeric" min={0} max={300} value={radius} onChange={setRadius} error={errors.radiusKm} />

      <fieldset className={errors.modes ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={errors.modes ? 'pf-modes-error' : undefined}>
        <legend>{t('angels.form.modes')}</legend>
        {errors.modes ? (
          <p className="field-error" id="pf-modes-error">
            {errors.modes}
          </p>
        ) : null}
        {MODES.map((m) => (
          <label key={m} className="choice">
            <input type="checkbox" checked={modes.includes(m)} aria-invalid={errors.modes ? true : undefined} onChange={(e) => setModes((s) => toggle(s, m, e.target.checked))} />
            {t(`angels.modes.${m}`)}
          </label>
        ))}
      </fieldset>

      <fieldset className={errors.languages ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={errors.languages ? 'pf-lang-error' : undefined}>
        <legend>{t('angels.form.languages')}</legend>
        {errors.languages ? (
          <p className="field-error" id="pf-lang-error">
            {errors.languages}
          </p>
        ) : null}
        <div className="checkbox-grid">
          {LANGUAGE_CODES.map((l) => (
            <label key={l} className="choice">
              <input type="checkbox" checked={languages.includes(l)} aria-invalid={errors.languages ? true : undefined} onChange={(e) => setLanguages((s) => toggle(s, l, e.target.checked))} />
              {t(`angels.languages.${l}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <TextField id="pf-capacity" label={t('angels.form.capacity')} hint={t('angels.form.capacityHint')} type="number" inputMode="numeric" min={1} max={20} value={capacity} onChange={setCapacity} error={errors.capacity} />
      <TextArea
        id="pf-presentation"
        label={t('angels.form.presentation')}
        hint={t('angels.form.presentationHint', { min: MIN_TEXT })}
        value={presentation}
        onChange={setPresentation}
        error={errors.presentation}
        rows={5}
        maxLength={MAX_TEXT}
      />
      <p className="muted small" aria-live="polite">
        {t('angels.form.count', { count, max: MAX_TEXT })}
      </p>

      <fieldset className="fieldset">
        <legend>{t('angels.form.whatsapp')}</legend>
        <TextField id="pf-phone" label={t('angels.form.phone')} hint={t('angels.form.phoneHint')} type="tel" autoComplete="tel" inputMode="tel" value={phone} onChange={setPhone} error={errors.whatsappPhone} />
        <label className="choice">
          <input type="checkbox" checked={isWhatsapp} onChange={(e) => setIsWhatsapp(e.target.checked)} />
          {t('angels.form.whatsappAllowed')}
        </label>
      </fieldset>

      {withCv ? (
        <div className={errors.cv ? 'field field-invalid' : 'field'}>
          <label htmlFor="pf-cv">{t('angels.form.cv.label')}</label>
          <p className="field-hint" id="pf-cv-hint">
            {t('angels.form.cv.hint')}
          </p>
          <input
            id="pf-cv"
            type="file"
            accept="application/pdf,.pdf"
            aria-invalid={errors.cv ? true : undefined}
            aria-describedby={errors.cv ? 'pf-cv-hint pf-cv-error' : 'pf-cv-hint'}
            onChange={(e) => void chooseCv(e.target.files?.[0])}
          />
          {errors.cv ? (
            <p className="field-error" id="pf-cv-error">
              {errors.cv}
            </p>
          ) : null}
          {cv ? <p className="muted small">{t('angels.form.cv.chosen', { name: cv.name })}</p> : null}
        </div>
      ) : null}

      <FormStatus kind={status?.kind} message={status?.message} />
      <button type="submit" className="btn btn-primary btn-big" disabled={isBusy}>
        {isBusy ? t('common.wait') : submitLabel}
      </button>
    </form>
  );
}
