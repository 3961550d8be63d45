/**
 * The `--arcs-out` file of `affianco assign`: every feasible pair with its cost before the load
 * term, `{"arcs":[{"businessId","angelId","cost"}]}`. Written while the pairs are walked, in
 * chunks that wait for the disk (a national instance has tens of millions of pairs: they never
 * sit in memory together, nor in one string).
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { feasiblePairsIterator, type TAssignInput } from '../services/assignment/assign.js';

type TBusinesses = TAssignInput['businesses'];
type TAngels = TAssignInput['angels'];

/** About this many characters per write. */
const CHUNK_CHARS = 1 << 16;

/**
 * The file's text in chunks, byte for byte `JSON.stringify({ arcs })` and a newline.
 *
 * @example [...arcsJsonChunks(businesses, angels)].join(''); // '{"arcs":[...]}\n'
 */
export function* arcsJsonChunks(businesses: TBusinesses, angels: TAngels): Generator<string> {
  // Each row as JSON.stringify({ businessId, angelId, cost }) writes it, the ids quoted once
  // each rather than once per pair (a cost is a finite number: the same digits either way).
  const angelIds = angels.map((a) => `,"angelId":${JSON.stringify(a.id)},"cost":`);
  let businessIndexNow = -1;
  let businessPart = '';
  let chunk = '{"arcs":[';
  let separator = '';
  for (const { businessIndex, pair } of feasiblePairsIterator(businesses, angels)) {
    if (businessIndex !== businessIndexNow) {
      businessIndexNow = businessIndex;
      businessPart = `{"businessId":${JSON.stringify(businesses[businessIndex]!.id)}`;
    }
    chunk += `${separator}${businessPart}${angelIds[pair.angelIndex]!}${JSON.stringify(pair.cost)}}`;
    separator = ',';
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]}\n`;
}

/**
 * Writes the arcs file with back-pressure (the next chunk is made only when the file has taken
 * the last); rejects with the file system's error.
 *
 * @example await writeArcsFile('arcs.json', businesses, angels);
 */
export async function writeArcsFile(file: string, businesses: TBusinesses, angels: TAngels): Promise<void> {
  await pipeline(Readable.from(arcsJsonChunks(businesses, angels), { objectMode: false }), fs.createWriteStream(file));
}
