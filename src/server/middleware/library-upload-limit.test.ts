import { describe, expect, it } from 'vitest';
import { libraryUploadLimit } from './library-upload-limit.js';

describe('libraryUploadLimit', () => {
  it('gives the media uploads their own limit and leaves every other request to the default', () => {
    const id = '7b0c6f0e-3f7e-4a53-9d0e-3a1c0e5b9a11';
    for (const part of ['video', 'poster', 'captions', 'templates']) expect(libraryUploadLimit('POST', `/api/library/lessons/${id}/${part}`), part).toBeTypeOf('function');
    expect(libraryUploadLimit('POST', `/api/library/lessons/${id}/video`)).not.toBe(libraryUploadLimit('POST', `/api/library/lessons/${id}/poster`));
    expect(libraryUploadLimit('PUT', `/api/library/lessons/${id}/video-link`)).toBeUndefined();
    expect(libraryUploadLimit('PATCH', `/api/library/lessons/${id}/templates/${id}`)).toBeUndefined();
    expect(libraryUploadLimit('POST', `/api/library/lessons/${id}/video/extra`)).toBeUndefined();
    expect(libraryUploadLimit('POST', '/api/angels/application')).toBeUndefined();
  });
});
