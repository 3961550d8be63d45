import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { useApi } from '../../../lib/use-api';
import { ACCEPT, mediaApi, mediaPath, type TLessonMedia, type TUploadPart } from '../api/media';
import { TemplateList } from './template-list';
import { UploadField } from './upload-field';

type TChoice = 'none' | 'file' | 'link';

const messageOf = (err: unknown, field: string, fallback: string) => (isApiError(err) ? (err.fieldErrors[field] ?? err.detail) : fallback);

/**
 * The video and templates of one lesson, for its editor: no video, an uploaded file (with
 * poster and WebVTT captions) or a link to YouTube or Vimeo; the transcript (made from the
 * captions until the author writes their own); the templates to download. Every refusal is
 * shown next to its field and changes nothing.
 * `onChange` hears every saved change (the editor's preview follows it).
 * @example <LessonMediaPanel lessonId={lesson.id} canEdit={lesson.abilities.canEdit} />
 */
export function LessonMediaPanel({ lessonId, canEdit, onChange }: { lessonId: string; canEdit: boolean; onChange?: (media: TLessonMedia) => void }) {
  const { t } = useTranslation();
  const loaded = useApi<TLessonMedia>(mediaPath(lessonId));
  const [media, setMedia] = useState<TLessonMedia>();
  const [choice, setChoice] = useState<TChoice>('none');
  const [linkUrl, setLinkUrl] = useState('');
  const [linkError, setLinkError] = useState<string>();
  const [transcript, setTranscript] = useState('');
  const [transcriptStatus, setTranscriptStatus] = useState<{ kind: 'error' | 'done'; text: string }>();
  const [removeError, setRemoveError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  const take = (next: TLessonMedia) => {
    setMedia(next);
    onChange?.(next);
    setTranscript(next.video.transcript ?? '');
    setLinkUrl(next.video.link?.url ?? '');
  };
  useEffect(() => {
    if (!loaded.data) return;
    setMedia(loaded.data);
    setTranscript(loaded.data.video.transcript ?? '');
    setLinkUrl(loaded.data.video.link?.url ?? '');
    setChoice(loaded.data.video.source);
  }, [loaded.data]);

  if (loaded.error) return <ErrorNotice message={loaded.error.detail} onRetry={loaded.reload} />;
  if (!media) return <Loading />;
  const video = media.video;
  const isLocked = !canEdit || isBusy;

  const send = async (part: TUploadPart, file: File, onProgress: (share: number) => void) => take(await mediaApi.uploadPart(lessonId, part, file, onProgress));

  const saveLink = async () => {
    setLinkError(undefined);
    setIsBusy(true);
    try {
      take(await mediaApi.setLink(lessonId, linkUrl));
    } catch (err) {
      setLinkError(messageOf(err, 'videoLinkUrl', t('errors.generic')));
    } finally {
      setIsBusy(false);
    }
  };

  const removeVideo = async () => {
    setRemoveError(undefined);
    setIsBusy(true);
    try {
      take(await mediaApi.removeVideo(lessonId));
    } catch (err) {
      setRemoveError(messageOf(err, '_', t('errors.generic')));
    } finally {
      setIsBusy(false);
    }
  };

  const saveTranscript = async () => {
    setTranscriptStatus(undefined);
    setIsBusy(true);
    try {
      take(await mediaApi.setTranscript(lessonId, transcript));
      setTranscriptStatus({ kind: 'done', text: t('libraryMedia.transcript.saved') });
    } catch (err) {
      setTranscriptStatus({ kind: 'error', text: messageOf(err, 'text', t('errors.generic')) });
    } finally {
      setIsBusy(false);
    }
  };

  const hasVideo = video.source !== 'none';
  return (
    <div className="lesson-media-panel">
      <section aria-labelledby="lm-video-title">
        <h2 id="lm-video-title">{t('libraryMedia.video.title')}</h2>
        <fieldset className="field" disabled={isLocked}>
          <legend>{t('libraryMedia.video.choice')}</legend>
          {(['none', 'file', 'link'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="lm-video-choice" value={value} checked={choice === value} onChange={() => setChoice(value)} /> {t(`libraryMedia.video.choices.${value}`)}
            </label>
          ))}
        </fieldset>

        {choice === 'none' && hasVideo ? (
          <div className="field">
            <p>{t('libraryMedia.video.removeHint')}</p>
            <button type="button" className="btn btn-secondary" disabled={isLocked} onClick={() => void removeVideo()}>
              {t('libraryMedia.video.remove')}
            </button>
            {removeError ? <p className="field-error">{removeError}</p> : null}
          </div>
        ) : null}

        {choice === 'file' ? (
          <UploadField id="lm-video" label={t('libraryMedia.video.file.label')} hint={t('libraryMedia.video.file.hint')} accept={ACCEPT.video} current={video.file} disabled={isLocked} onUpload={(f, p) => send('video', f, p)} />
        ) : null}

        {choice === 'link' ? (
          <div className="field-group">
            <TextField
              id="lm-link"
              label={t('libraryMedia.video.link.label')}
              hint={t('libraryMedia.video.link.hint')}
              type="url"
              inputMode="url"
              value={linkUrl}
              onChange={setLinkUrl}
              error={linkError}
              disabled={isLocked}
            />
            <button type="button" className="btn btn-secondary" disabled={isLocked || linkUrl.trim() === ''} onClick={() => void saveLink()}>
              {t('libraryMedia.video.link.save')}
            </button>
          </div>
        ) : null}

        {choice !== 'none' ? (
          <>
            <UploadField id="lm-poster" label={t('libraryMedia.poster.label')} hint={t('libraryMedia.poster.hint')} accept={ACCEPT.poster} current={video.poster} disabled={isLocked} onUpload={(f, p) => send('poster', f, p)} />
            <UploadField id="lm-captions" label={t('libraryMedia.captions.label')} hint={t('libraryMedia.captions.hint')} accept={ACCEPT.captions} current={video.captions} disabled={isLocked} onUpload={(f, p) => send('captions', f, p)} />
            <TextArea
              id="lm-transcript"
              label={t('libraryMedia.transcript.label')}
              hint={t(video.isTranscriptFromCaptions ? 'libraryMedia.transcript.fromCaptions' : 'libraryMedia.transcript.hint')}
              value={transcript}
              onChange={setTranscript}
              rows={8}
              disabled={isLocked}
              error={transcriptStatus?.kind === 'error' ? transcriptStatus.text : undefined}
            />
            <button type="button" className="btn btn-secondary" disabled={isLocked} onClick={() => void saveTranscript()}>
              {t('libraryMedia.transcript.save')}
            </button>
            <div role="status" aria-live="polite" className="form-status-region">
              {transcriptStatus?.kind === 'done' ? <p className="small">{transcriptStatus.text}</p> : null}
            </div>
          </>
        ) : null}
      </section>

      <TemplateList lessonId={lessonId} templates={media.templates} canEdit={canEdit} onChange={take} />
    </div>
  );
}
