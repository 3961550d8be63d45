import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { projectPath } from '../../../config/paths.js';

/**
 * Where the library's files live on disk: DATA_DIR/files (outside web/dist, so nothing there
 * is ever served as a page), one file per random storage key, in 256 folders by its first
 * two letters. Written to a temporary name and renamed, so a reader never sees half a file.
 */
export interface TFileStore {
  dir: string;
  /** Writes the bytes under a new random key; resolves once the file is complete on disk. */
  put(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string; bytes: number }>;
  /** Size on disk, or undefined when the file is missing. */
  size(storageKey: string): Promise<number | undefined>;
  /** A stream of bytes `start`..`end` (inclusive), read from disk as it is sent. */
  stream(storageKey: string, range?: { start: number; end: number }): ReadableStream<Uint8Array>;
  read(storageKey: string): Promise<Buffer>;
  /** Removes the file; a missing one is not an error (the work is done either way). */
  remove(storageKey: string): Promise<void>;
}

/** The folder of the library's files when the data folder is the default ./data. */
export const DEFAULT_FILES_DIR = projectPath('data', 'files');

const KEY = /^[a-f0-9]{32}$/;

/**
 * A file store rooted at `dir` (created on first write).
 *
 * @example const store = createFileStore(path.join(env.DATA_DIR, 'files')); const { storageKey } = await store.put(bytes);
 */
export function createFileStore(dir: string): TFileStore {
  const root = path.resolve(dir);
  const fileOf = (storageKey: string) => {
    // A key only ever comes from put(); anything else must not reach the file system.
    if (!KEY.test(storageKey)) throw new Error(`not a storage key: ${storageKey}`);
    return path.join(root, storageKey.slice(0, 2), storageKey);
  };
  return {
    dir: root,
    async put(bytes) {
      const storageKey = crypto.randomBytes(16).toString('hex');
      const target = fileOf(storageKey);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.part-${process.pid}`;
      try {
        await fsp.writeFile(temp, bytes, { flag: 'wx', mode: 0o640 });
        await fsp.rename(temp, target);
      } catch (err) {
        await fsp.rm(temp, { force: true });
        throw err;
      }
      return { storageKey, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength };
    },
    async size(storageKey) {
      try {
        return (await fsp.stat(fileOf(storageKey))).size;
      } catch {
        return undefined;
      }
    },
    stream(storageKey, range) {
      const node = fs.createReadStream(fileOf(storageKey), range ? { start: range.start, end: range.end } : {});
      return Readable.toWeb(node) as ReadableStream<Uint8Array>;
    },
    read: (storageKey) => fsp.readFile(fileOf(storageKey)),
    remove: (storageKey) => fsp.rm(fileOf(storageKey), { force: true }),
  };
}
