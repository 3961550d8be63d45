/** Longest slug before its short unique suffix: enough words to read, short enough to share. */
const MAX_SLUG_BASE = 60;

/**
 * The readable part of a thread's address, from its title: accents folded, lower case,
 * words joined by dashes, cut at a word boundary. The caller adds a short suffix so two
 * threads with the same title get two addresses.
 *
 * @example slugFromTitle('Perché il mio negozio non compare su Google?', 'x7k2'); // 'perche-il-mio-negozio-non-compare-su-google-x7k2'
 */
export function slugFromTitle(title: string, suffix: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let base = '';
  for (const w of words) {
    const next = base ? `${base}-${w}` : w;
    if (next.length > MAX_SLUG_BASE) break;
    base = next;
  }
  if (!base && words[0]) base = words[0].slice(0, MAX_SLUG_BASE);
  return base ? `${base}-${suffix}` : `discussione-${suffix}`;
}
