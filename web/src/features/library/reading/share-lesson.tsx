import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sharing a lesson: a WhatsApp link (works without JavaScript) and a button copying the address.
 * @example <ShareLesson title={lesson.title} url={lesson.url} />
 */
export function ShareLesson({ title, url }: { title: string; url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };
  return (
    <section className="lesson-share" aria-labelledby="lesson-share-h">
      <h2 id="lesson-share-h">{t('library.share.title')}</h2>
      <div className="lesson-share-actions">
        <a className="btn btn-secondary" href={`https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`} target="_blank" rel="noopener noreferrer">
          {t('library.share.whatsapp')}
        </a>
        <button type="button" className="btn btn-secondary" onClick={copy}>
          {t('library.share.copy')}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {copied === 'yes' ? t('library.share.copied') : copied === 'no' ? t('library.share.copyFailed', { url }) : ''}
      </p>
    </section>
  );
}
