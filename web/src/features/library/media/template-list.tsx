import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { ACCEPT, mediaApi, type TLessonMedia } from '../api/media';
import { formatBytes, UploadField } from './upload-field';

type TProps = { lessonId: string; templates: TLessonMedia['templates']; canEdit: boolean; onChange: (media: TLessonMedia) => void };

/**
 * The templates of a lesson: each with its title, its place in the list and a remove button,
 * then a field to add one (a title first, then the file).
 * @example <TemplateList lessonId={id} templates={media.templates} canEdit onChange={setMedia} />
 */
export function TemplateList({ lessonId, templates, canEdit, onChange }: TProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string>();
  const [rowError, setRowError] = useState<{ fileId: string; text: string }>();

  const act = async (fileId: string, work: () => Promise<TLessonMedia>) => {
    setRowError(undefined);
    try {
      onChange(await work());
    } catch (err) {
      setRowError({ fileId, text: isApiError(err) ? (err.fieldErrors.title ?? err.detail) : t('errors.generic') });
    }
  };

  const add = async (file: File, onProgress: (share: number) => void) => {
    setTitleError(undefined);
    const name = title.trim() || file.name.replace(/\.[^.]+$/, '');
    try {
      onChange(await mediaApi.addTemplate(lessonId, file, name, onProgress));
      setTitle('');
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.title) setTitleError(err.fieldErrors.title);
      throw err;
    }
  };

  return (
    <section aria-labelledby="lm-templates-title">
      <h2 id="lm-templates-title">{t('libraryMedia.templates.title')}</h2>
      {templates.length === 0 ? <p className="muted">{t('libraryMedia.templates.empty')}</p> : null}
      <ol className="lesson-templates">
        {templates.map((tpl, i) => (
          <li key={tpl.id} className="lesson-template">
            <TemplateRow
              template={tpl}
              canEdit={canEdit}
              isFirst={i === 0}
              isLast={i === templates.length - 1}
              error={rowError?.fileId === tpl.id ? rowError.text : undefined}
              onRename={(next) => void act(tpl.id, () => mediaApi.changeTemplate(lessonId, tpl.id, { title: next }))}
              onMove={(position) => void act(tpl.id, () => mediaApi.changeTemplate(lessonId, tpl.id, { position }))}
              onRemove={() => void act(tpl.id, () => mediaApi.removeTemplate(lessonId, tpl.id))}
              position={i}
            />
          </li>
        ))}
      </ol>
      {canEdit ? (
        <div className="field-group">
          <h3>{t('libraryMedia.templates.add')}</h3>
          <TextField id="lm-template-title" label={t('libraryMedia.templates.newTitle')} hint={t('libraryMedia.templates.newTitleHint')} value={title} onChange={setTitle} error={titleError} maxLength={120} />
          <UploadField id="lm-template-file" label={t('libraryMedia.templates.file')} hint={t('libraryMedia.templates.fileHint')} accept={ACCEPT.template} current={null} onUpload={add} />
        </div>
      ) : null}
    </section>
  );
}

type TRowProps = {
  template: TLessonMedia['templates'][number];
  canEdit: boolean;
  isFirst: boolean;
  isLast: boolean;
  position: number;
  error?: string;
  onRename: (title: string) => void;
  onMove: (position: number) => void;
  onRemove: () => void;
};

function TemplateRow({ template, canEdit, isFirst, isLast, position, error, onRename, onMove, onRemove }: TRowProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(template.title);
  const id = `lm-tpl-${template.id}`;
  return (
    <>
      <p>
        <a href={template.url} download>
          {template.title}
        </a>{' '}
        <span className="muted small">
          ({template.fileName}, {formatBytes(template.bytes)})
        </span>
      </p>
      {canEdit ? (
        <div className="lesson-template-actions">
          <TextField id={id} label={t('libraryMedia.templates.rename', { title: template.title })} value={title} onChange={setTitle} error={error} maxLength={120} />
          <button type="button" className="btn btn-secondary" disabled={title.trim() === '' || title === template.title} onClick={() => onRename(title.trim())}>
            {t('libraryMedia.templates.saveTitle')}
          </button>
          <button type="button" className="btn btn-secondary" disabled={isFirst} onClick={() => onMove(position - 1)} aria-label={t('libraryMedia.templates.upLabel', { title: template.title })}>
            {t('libraryMedia.templates.up')}
          </button>
          <button type="button" className="btn btn-secondary" disabled={isLast} onClick={() => onMove(position + 1)} aria-label={t('libraryMedia.templates.downLabel', { title: template.title })}>
            {t('libraryMedia.templates.down')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onRemove} aria-label={t('libraryMedia.templates.removeLabel', { title: template.title })}>
            {t('libraryMedia.templates.remove')}
          </button>
        </div>
      ) : null}
    </>
  );
}
