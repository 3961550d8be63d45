import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AREAS } from '../../../../../src/shared/areas';
import { SECTOR_CHOICES } from '../../../../../src/shared/plain-sectors';
import { REGIONS } from '../../../../../src/shared/regions';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { ApiError } from '../../../lib/api-client';
import { RequireSignIn } from '../../../lib/session';
import { createThread, threadPagePath } from '../api/threads';
import { PictureButton } from './picture-button';

function NewThreadForm() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language === 'en' ? 'en' : 'it';
  const navigate = useNavigate();
  const [kind, setKind] = useState<'question' | 'story'>('question');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [area, setArea] = useState('');
  const [sector, setSector] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const { slug } = await createThread({ kind, title, body, area, sector: sector || null, regionCode: regionCode || null });
      navigate(threadPagePath(slug));
    } catch (err) {
      if (err instanceof ApiError) {
        setErrors(err.fieldErrors);
        setFormError(err.detail);
      } else setFormError(t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="field">
        <legend>{t('community.new.kindLabel')}</legend>
        {(['question', 'story'] as const).map((k) => (
          <label key={k} className="radio">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`community.new.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="notice">
        <p>
          <strong>{t('community.new.exampleTitle')}</strong>
        </p>
        <p>{t(kind === 'question' ? 'community.new.exampleQuestion' : 'community.new.exampleStory')}</p>
      </div>
      <TextField id="thread-title" label={t('community.new.titleLabel')} hint={t('community.new.titleHint')} value={title} onChange={setTitle} error={errors.title} maxLength={150} required />
      <div className={errors.area ? 'field field-invalid' : 'field'}>
        <label htmlFor="thread-area">{t('community.new.areaLabel')}</label>
        <select id="thread-area" name="area" value={area} onChange={(e) => setArea(e.target.value)} aria-invalid={errors.area ? true : undefined} aria-describedby={errors.area ? 'thread-area-error' : undefined} required>
          <option value="">{t('community.new.areaChoose')}</option>
          {AREAS.map((a) => (
            <option key={a} value={a}>
              {t(`areas.${a}.label`)}
            </option>
          ))}
        </select>
        {errors.area ? (
          <p className="field-error" id="thread-area-error">
            {errors.area}
          </p>
        ) : null}
      </div>
      <div className={errors.sector ? 'field field-invalid' : 'field'}>
        <label htmlFor="thread-sector">{t('community.new.sectorLabel')}</label>
        <select id="thread-sector" name="sector" value={sector} onChange={(e) => setSector(e.target.value)} aria-invalid={errors.sector ? true : undefined} aria-describedby={errors.sector ? 'thread-sector-error' : undefined}>
          <option value="">{t('community.new.sectorNone')}</option>
          {SECTOR_CHOICES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label[lng]}
            </option>
          ))}
        </select>
        {errors.sector ? (
          <p className="field-error" id="thread-sector-error">
            {errors.sector}
          </p>
        ) : null}
      </div>
      <div className={errors.regionCode ? 'field field-invalid' : 'field'}>
        <label htmlFor="thread-region">{t('community.new.regionLabel')}</label>
        <p className="field-hint" id="thread-region-hint">
          {t('community.new.regionHint')}
        </p>
        <select
          id="thread-region"
          name="regionCode"
          value={regionCode}
          onChange={(e) => setRegionCode(e.target.value)}
          aria-invalid={errors.regionCode ? true : undefined}
          aria-describedby={errors.regionCode ? 'thread-region-hint thread-region-error' : 'thread-region-hint'}
        >
          <option value="">{t('community.new.regionNone')}</option>
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {t(`regions.${r.code}`)}
            </option>
          ))}
        </select>
        {errors.regionCode ? (
          <p className="field-error" id="thread-region-error">
            {errors.regionCode}
          </p>
        ) : null}
      </div>
      <TextArea id="thread-body" label={t('community.new.bodyLabel')} hint={t('community.new.bodyHint')} value={body} onChange={setBody} error={errors.body} rows={8} required />
      <PictureButton onText={setBody} />
      <FormStatus kind="error" message={formError} />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t(kind === 'question' ? 'community.new.submitQuestion' : 'community.new.submitStory')}
      </button>
    </form>
  );
}

/** /comunita/nuova: ask a question or tell how you did it, with an example first. */
export default function NewThreadPage() {
  const { t } = useTranslation();
  usePageTitle(t('community.new.title'));
  return (
    <section className="page" aria-labelledby="new-thread-h">
      <h1 id="new-thread-h">{t('community.new.title')}</h1>
      <p className="lead">{t('community.new.intro')}</p>
      <RequireSignIn fallback={<Loading />}>{() => <NewThreadForm />}</RequireSignIn>
    </section>
  );
}
