// A stand-in for the library's video player (features/library/media/lesson-video.tsx, written
// beside this work): same props, swapped in at merge time. Kept tiny on purpose.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLessonVideo } from '../api/reading';

/**
 * The lesson's video with its transcript below, always visible. A file we serve plays in a
 * `<video>` with its poster and captions; a link to YouTube or Vimeo shows our poster and loads
 * the host's player only when tapped (nothing of theirs before that).
 * @example <LessonVideo video={lesson.video} />
 */
export function LessonVideo({ video }: { video: TLessonVideo }) {
  const { t } = useTranslation();
  const [isPlaying, setIsPlaying] = useState(false);
  return (
    <section className="lesson-video" aria-label={t('library.lesson.video')}>
      {video.source === 'file' ? (
        <video controls preload="none" poster={video.poster ?? undefined} src={video.src}>
          {video.captions ? <track kind="captions" src={video.captions} srcLang="it" label={t('library.lesson.captions')} default /> : null}
        </video>
      ) : isPlaying ? (
        <iframe src={video.embedUrl} title={t('library.lesson.video')} allow="autoplay; fullscreen; picture-in-picture" allowFullScreen loading="lazy" />
      ) : (
        // The host's player needs frame-src for it in the CSP (the media work adds it).
        <button type="button" className="lesson-video-poster" onClick={() => setIsPlaying(true)}>
          {video.poster ? <img src={video.poster} alt="" /> : null}
          <span>{t('library.lesson.playOn', { host: video.host === 'youtube' ? 'YouTube' : 'Vimeo' })}</span>
        </button>
      )}
      {video.transcript ? (
        <div className="lesson-transcript">
          <h2>{t('library.lesson.transcript')}</h2>
          <p>{video.transcript}</p>
        </div>
      ) : null}
    </section>
  );
}
