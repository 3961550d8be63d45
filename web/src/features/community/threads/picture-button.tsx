import { useEffect, useId, useState, type ChangeEvent, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import { ApiError } from '../../../lib/api-client';
import { uploadPicture } from '../api/threads';
import { withPicture } from './picture-markdown';

/** What the server takes (src/services/community/threads/post-images.ts): checked here first to spare a 3 MB upload that would be refused. */
const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_PICTURE_BYTES = 3 * 1024 * 1024;

type TProps = {
  /** The composer's own setter: the picture is added to the text as it is when the upload ends. */
  onText: Dispatch<SetStateAction<string>>;
};

/**
 * "Aggiungi una foto" under a post's text: a description for who cannot see it, then the file,
 * uploaded at once and added to the text as `![description](url)`. Needs JavaScript, so it is
 * drawn only once the page runs (the server-drawn form stays plain text).
 *
 * @example <PictureButton onText={setBody} />
 */
export function PictureButton({ onText }: TProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isReady, setReady] = useState(false);
  const [alt, setAlt] = useState('');
  const [altError, setAltError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [status, setStatus] = useState<'idle' | 'busy' | 'added'>('idle');
  useEffect(() => setReady(true), []);
  if (!isReady) return null;

  const fileId = `${id}-file`;
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    setAltError(undefined);
    setFileError(undefined);
    setStatus('idle');
    if (!file) return;
    // A second choice of the same file must fire change again.
    input.value = '';
    if (!alt.trim()) return setAltError(t('community.picture.altMissing'));
    if (!PICTURE_TYPES.includes(file.type)) return setFileError(t('community.picture.wrongType'));
    if (file.size > MAX_PICTURE_BYTES) return setFileError(t('community.picture.tooLarge'));
    setStatus('busy');
    try {
      const { url } = await uploadPicture(file);
      onText((text) => withPicture(text, alt, url));
      setAlt('');
      setStatus('added');
    } catch (err) {
      setStatus('idle');
      setFileError(err instanceof ApiError ? (err.fieldErrors.file ?? err.detail) : t('errors.generic'));
    }
  };

  return (
    <fieldset className="field community-picture">
      <legend>{t('community.picture.legend')}</legend>
      <TextField id={`${id}-alt`} label={t('community.picture.altLabel')} hint={t('community.picture.altHint')} value={alt} onChange={setAlt} error={altError} maxLength={200} />
      <div className={fileError ? 'field field-invalid' : 'field'}>
        <label htmlFor={fileId}>{t('community.picture.label')}</label>
        <p className="field-hint" id={`${fileId}-hint`}>
          {t('community.picture.hint')}
        </p>
        <input
          id={fileId}
          type="file"
          accept={PICTURE_TYPES.join(',')}
          disabled={status === 'busy'}
          onChange={(e) => void choose(e)}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
        />
        {fileError ? (
          <p className="field-error" id={`${fileId}-error`}>
            {fileError}
          </p>
        ) : null}
      </div>
      <p role="status" className="muted">
        {status === 'busy' ? t('community.picture.uploading') : status === 'added' ? t('community.picture.added') : ''}
      </p>
    </fieldset>
  );
}
