import { useTranslation } from 'react-i18next';
import type { TLessonLanguage, TLessonLevel } from '../api/authoring';
import { useServerPreview } from './use-preview';

/**
 * The lesson as readers will see it, rendered by the server (raw HTML as text, only safe
 * links): the HTML comes from our renderer, never from the author's own tags.
 */
export function PreviewPanel({ body, level, language }: { body: string; level: TLessonLevel; language: TLessonLanguage }) {
  const { t } = useTranslation();
  const { preview, error } = useServerPreview(body, level, language);
  return (
    <section className="card lesson-preview" aria-labelledby="lesson-preview-title">
      <h2 id="lesson-preview-title">{t('libraryEditor.preview.title')}</h2>
      {error ? <p className="notice notice-error">{t('libraryEditor.preview.error')}</p> : null}
      {!preview && !error ? <p className="muted">{t('libraryEditor.preview.loading')}</p> : null}
      {preview?.hasRawHtml ? <p className="notice notice-info">{t('libraryEditor.preview.rawHtml')}</p> : null}
      {preview ? <div className="lesson-body" lang={language} dangerouslySetInnerHTML={{ __html: preview.html }} /> : null}
    </section>
  );
}
