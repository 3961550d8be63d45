import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import type { TLibraryFile } from '../api/media';

type TProps = {
  id: string;
  label: string;
  hint: string;
  accept: string;
  current: TLibraryFile | null;
  disabled?: boolean;
  /** Sends the file; rejects with an ApiError whose `file` field error (or detail) is shown here. */
  onUpload: (file: File, onProgress: (share: number) => void) => Promise<void>;
};

/**
 * A file field that uploads as soon as a file is chosen, with its progress and, next to it,
 * the reason the server refused the file (its content, its size).
 * @example <UploadField id="m-poster" label={t('libraryMedia.poster.label')} hint="…" accept={ACCEPT.poster} current={media.video.poster} onUpload={(f, p) => send('poster', f, p)} />
 */
export function UploadField({ id, label, hint, accept, current, disabled, onUpload }: TProps) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setError(undefined);
    setDone(undefined);
    setProgress(0);
    try {
      await onUpload(file, setProgress);
      setDone(t('libraryMedia.upload.done', { name: file.name }));
    } catch (err) {
      setError(isApiError(err) ? (err.fieldErrors.file ?? err.detail) : t('errors.generic'));
    } finally {
      setProgress(null);
      input.value = '';
    }
  };

  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {current ? (
        <p className="small">
          {t('libraryMedia.upload.current')}{' '}
          <a href={current.url} target="_blank" rel="noreferrer">
            {current.fileName}
          </a>{' '}
          <span className="muted">({formatBytes(current.bytes)})</span>
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled || progress !== null}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${errorId}` : `${id}-hint`}
        onChange={(e) => void choose(e.currentTarget)}
      />
      {progress !== null ? (
        <p className="small">
          <label htmlFor={`${id}-progress`}>{t('libraryMedia.upload.sending')}</label>{' '}
          <progress id={`${id}-progress`} max={1} value={progress}>
            {Math.round(progress * 100)}%
          </progress>
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="form-status-region">
        {done ? <p className="small">{done}</p> : null}
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Bytes as a person reads them: "840 KB", "1,4 MB".
 * @example formatBytes(1_468_006) // '1,4 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('it-IT', { maximumFractionDigits: 1 })} MB`;
}
