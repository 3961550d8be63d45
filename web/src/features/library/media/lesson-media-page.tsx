import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { useApi } from '../../../lib/use-api';
import { mediaPath, type TLessonMedia } from '../api/media';
import { LessonMediaPanel } from './lesson-media-panel';
import { LessonVideo, type TLessonVideo } from './lesson-video';

/** What the lesson page would show, from the panel's answer (the public page reads the same columns). */
function previewOf(media: TLessonMedia): TLessonVideo | null {
  const v = media.video;
  const common = { poster: v.poster?.url ?? null, captions: v.captions?.url ?? null, transcript: v.transcript };
  if (v.source === 'file' && v.file) return { source: 'file', src: v.file.url, ...common };
  if (v.source === 'link' && v.link) return { source: 'link', host: v.link.host, url: v.link.url, embedUrl: v.link.embedUrl, ...common };
  return null;
}

/**
 * /lezioni/media/:id — the media panel alone, with a preview of the video as readers see it,
 * until the lesson editor takes the panel in.
 */
export default function LessonMediaPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('libraryMedia.page.title'));
  const loaded = useApi<TLessonMedia>(mediaPath(id));
  const [changed, setChanged] = useState<TLessonMedia>();
  const data = changed ?? loaded.data;
  const preview = data ? previewOf(data) : null;
  return (
    <article className="page narrow" aria-labelledby="lm-page-title">
      <h1 id="lm-page-title">{t('libraryMedia.page.title')}</h1>
      <LessonMediaPanel key={id} lessonId={id} canEdit={data?.abilities.canEdit ?? false} onChange={setChanged} />
      {preview ? (
        <section aria-labelledby="lm-preview-title">
          <h2 id="lm-preview-title">{t('libraryMedia.page.preview')}</h2>
          <LessonVideo key={preview.source === 'file' ? preview.src : preview.embedUrl} video={preview} />
        </section>
      ) : null}
    </article>
  );
}
