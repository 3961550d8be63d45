import snowball from 'snowball-stemmers';

const italian = snowball.newStemmer('italian');

/**
 * Past this many distinct words the cache starts again: free text from the public can hold
 * any string, and a long-running server must not grow without bound.
 */
const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

/**
 * Italian Snowball stem of one already normalized word (lower case, no accents), cached
 * because the same everyday words come back in every statement.
 *
 * @example
 *   stemWord('vendere') // "vend"
 *   stemWord('prezzi') // "prezz"
 */
export function stemWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stem = italian.stem(word);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, stem);
  return stem;
}
