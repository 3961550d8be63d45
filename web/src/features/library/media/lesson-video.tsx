import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What the public lesson page knows of a lesson's video (from lesson.video_* and its files). */
export type TLessonVideo =
  | { source: 'file'; src: string; poster: string | null; captions: string | null; transcript: string | null }
  | { source: 'link'; host: 'youtube' | 'vimeo'; url: string; embedUrl: string; poster: string | null; captions: string | null; transcript: string | null };

const HOST_NAME = { youtube: 'YouTube', vimeo: 'Vimeo' } as const;

/**
 * A lesson's video with its transcript always below it (WCAG 1.2.2 captions, 1.2.4 and the
 * transcript for who cannot or will not play it). Our own file plays in <video> with its
 * WebVTT captions; a linked video shows our poster and loads the host's player only when the
 * visitor taps, so no request reaches the host before. Without JavaScript (the page drawn on
 * the server) the tap is a plain link to the video on the host.
 * @example <LessonVideo video={{ source: 'file', src: '/api/library/files/1', poster: '/api/library/files/2', captions: '/api/library/files/3', transcript: 'Ciao…' }} />
 */
export function LessonVideo({ video }: { video: TLessonVideo }) {
  const { t } = useTranslation();
  const transcriptId = useId();
  const [isPlaying, setIsPlaying] = useState(false);
  const paragraphs = (video.transcript ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <section className="lesson-video" aria-label={t('libraryMedia.player.label')}>
      <div className="lesson-video-frame">
        {video.source === 'file' ? (
          <video controls preload="none" poster={video.poster ?? undefined} aria-describedby={paragraphs.length ? transcriptId : undefined}>
            <source src={video.src} />
            {video.captions ? <track kind="captions" src={video.captions} srcLang="it" label={t('libraryMedia.player.captionsLabel')} default /> : null}
          </video>
        ) : isPlaying ? (
          <iframe src={video.embedUrl} title={t('libraryMedia.player.iframeTitle', { host: HOST_NAME[video.host] })} allow="autoplay; fullscreen" allowFullScreen referrerPolicy="strict-origin-when-cross-origin" />
        ) : (
          <a
            className={video.poster ? 'lesson-video-tap' : 'lesson-video-tap lesson-video-tap-plain'}
            href={video.url}
            onClick={(e) => {
              // With JavaScript the player comes here; without, the link opens the video on the host.
              e.preventDefault();
              setIsPlaying(true);
            }}
          >
            {video.poster ? <img src={video.poster} alt="" /> : null}
            <span className="lesson-video-play" aria-hidden="true" />
            <span className="lesson-video-tap-label">{t('libraryMedia.player.play', { host: HOST_NAME[video.host] })}</span>
          </a>
        )}
      </div>
      {video.source === 'link' && !isPlaying ? <p className="muted small">{t('libraryMedia.player.privacy', { host: HOST_NAME[video.host] })}</p> : null}
      <h2 className="lesson-video-transcript-title">{t('libraryMedia.player.transcript')}</h2>
      <div id={transcriptId} className="lesson-video-transcript">
        {paragraphs.length ? paragraphs.map((p, i) => <p key={i}>{p}</p>) : <p className="muted">{t('libraryMedia.player.noTranscript')}</p>}
      </div>
    </section>
  );
}
