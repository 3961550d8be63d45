import { useEffect, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { previewLesson, type TLessonLanguage, type TLessonLevel, type TPreview } from '../api/authoring';

/**
 * The body rendered by the server, as readers will get it, asked again a second after the
 * author stops typing (an older answer arriving late is dropped).
 * @example const { preview, error } = useServerPreview(body, level, language);
 */
export function useServerPreview(body: string, level: TLessonLevel, language: TLessonLanguage, delayMs = 1000) {
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      previewLesson(body, level, language)
        .then((p) => {
          if (!isCurrent) return;
          setPreview(p);
          setError(null);
        })
        .catch((e: unknown) => {
          if (isCurrent) setError(isApiError(e) ? e.detail : 'error');
        });
    }, delayMs);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [body, level, language, delayMs]);
  return { preview, error };
}
