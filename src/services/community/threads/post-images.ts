import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPostImage, libraryFile } from '../../../db/schema/index.js';
import { sniffImage } from '../../../domain/library/media-types.js';
import { AppError } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';
import type { TFileStore } from '../../library/files/file-store.js';
import { storeLibraryFile } from '../../library/files/library-files.js';

/** A phone photo, resized by the phone's share sheet, fits; a camera's full-size original does not. */
export const MAX_POST_IMAGE_BYTES = 3 * 1024 * 1024;

/** Where a post's image is read from: what its Markdown shows, and what attachImages looks for. */
export const postImagePath = (fileId: string) => `/api/community/images/${fileId}`;

/**
 * Keeps an image for a post the person is writing, checked by its content (PNG, JPEG or WebP
 * by magic bytes, never SVG), as a library file of kind 'image'. It belongs to the post once the
 * post's Markdown shows it (write-post.ts attachImages).
 *
 * @example const { url } = await uploadPostImage(db, store, { bytes, fileName: 'banco.jpg', uploadedBy, locale: 'it' });
 */
export async function uploadPostImage(db: TDb, store: TFileStore, input: { bytes: Uint8Array; fileName: string; uploadedBy: string; locale: TLocale }): Promise<{ id: string; url: string }> {
  const it = input.locale === 'it';
  if (input.bytes.byteLength > MAX_POST_IMAGE_BYTES) throw new AppError('file.too_large', 413, [{ field: 'file', message: it ? 'L’immagine è troppo grande: al massimo 3 MB.' : 'The picture is too large: 3 MB at most.' }]);
  const type = sniffImage(input.bytes.subarray(0, 16));
  if (!type) throw new AppError('request.invalid', 422, [{ field: 'file', message: it ? 'Puoi caricare solo foto PNG, JPEG o WebP.' : 'You can upload only PNG, JPEG or WebP pictures.' }]);
  const base = (input.fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').replace(/\.[^.]*$/, '').slice(0, 100) || 'foto';
  const { fileId } = await storeLibraryFile(db, store, { kind: 'image', fileName: `${base}.${type.ext}`, mediaType: type.mediaType, bytes: input.bytes, sportelloId: null, uploadedBy: input.uploadedBy }, async (tx, id) => {
    await tx.insert(communityPostImage).values({ fileId: id, uploadedBy: input.uploadedBy });
  });
  return { id: fileId, url: postImagePath(fileId) };
}

/** A post image's file, when it exists (attached or still being written). */
export async function findPostImage(db: TDb, fileId: string) {
  const [row] = await db.select({ file: libraryFile }).from(communityPostImage).innerJoin(libraryFile, eq(libraryFile.id, communityPostImage.fileId)).where(eq(communityPostImage.fileId, fileId));
  return row?.file;
}
