import i18n from '../../../i18n';
import { api, ApiError } from '../../../lib/api-client';

/** A file of the library as the API gives it; `url` is always /api/library/files/{id}. */
export type TLibraryFile = { id: string; url: string; fileName: string; mediaType: string; bytes: number };

/** GET /api/library/lessons/{id}/media, also the answer of every write below. */
export type TLessonMedia = {
  lessonId: string;
  video: {
    source: 'none' | 'file' | 'link';
    file: TLibraryFile | null;
    link: { url: string; host: 'youtube' | 'vimeo'; embedUrl: string } | null;
    poster: TLibraryFile | null;
    captions: TLibraryFile | null;
    transcript: string | null;
    isTranscriptFromCaptions: boolean;
  };
  templates: (TLibraryFile & { title: string; position: number })[];
  abilities: { canEdit: boolean };
};

export type TUploadPart = 'video' | 'poster' | 'captions';

/** What each file field takes: the browser's picker shows only these; the server checks the content. */
export const ACCEPT: Record<TUploadPart | 'template', string> = {
  video: '.mp4,.webm,video/mp4,video/webm',
  poster: '.png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp',
  captions: '.vtt,text/vtt',
  template: '.pdf,.docx,.xlsx,.odt,.ods',
};

const base = (lessonId: string) => `/api/library/lessons/${encodeURIComponent(lessonId)}`;

export const mediaPath = (lessonId: string) => `${base(lessonId)}/media`;

function problemOf(xhr: XMLHttpRequest): ApiError {
  try {
    const p = JSON.parse(xhr.responseText) as { code?: string; title?: string; detail?: string; errors?: { field: string; message: string }[] };
    return new ApiError({ status: xhr.status, code: p.code ?? `HTTP_${xhr.status}`, title: p.title ?? '', detail: p.detail ?? i18n.t('errors.generic'), errors: p.errors });
  } catch {
    return new ApiError({ status: xhr.status, code: `HTTP_${xhr.status}`, title: '', detail: i18n.t(xhr.status === 413 ? 'libraryMedia.errors.tooLarge' : 'errors.generic') });
  }
}

/**
 * Sends a file as multipart/form-data (`file`, plus `fields`) and reports the share sent (0–1).
 * fetch cannot report upload progress, hence XMLHttpRequest; errors come back as ApiError.
 * @example await uploadFile(`/api/library/lessons/${id}/video`, file, {}, (share) => setProgress(share));
 */
export function uploadFile(path: string, file: File, fields: Record<string, string>, onProgress: (share: number) => void): Promise<TLessonMedia> {
  const form = new FormData();
  form.set('file', file);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', i18n.language || 'it');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve(JSON.parse(xhr.responseText) as TLessonMedia) : reject(problemOf(xhr)));
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK', title: '', detail: i18n.t('errors.network') }));
    xhr.send(form);
  });
}

/** The writes of the media panel; each answers with the lesson's media as they are now. */
export const mediaApi = {
  uploadPart: (lessonId: string, part: TUploadPart, file: File, onProgress: (share: number) => void) => uploadFile(`${base(lessonId)}/${part}`, file, {}, onProgress),
  addTemplate: (lessonId: string, file: File, title: string, onProgress: (share: number) => void) => uploadFile(`${base(lessonId)}/templates`, file, { title }, onProgress),
  setLink: (lessonId: string, url: string) => api.put<TLessonMedia>(`${base(lessonId)}/video-link`, { url }),
  setTranscript: (lessonId: string, text: string) => api.put<TLessonMedia>(`${base(lessonId)}/transcript`, { text }),
  removeVideo: (lessonId: string) => api.delete<TLessonMedia>(`${base(lessonId)}/video`),
  changeTemplate: (lessonId: string, fileId: string, change: { title?: string; position?: number }) => api.patch<TLessonMedia>(`${base(lessonId)}/templates/${fileId}`, change),
  removeTemplate: (lessonId: string, fileId: string) => api.delete<TLessonMedia>(`${base(lessonId)}/templates/${fileId}`),
};
