/** Someone already in the thread (the asker, a person who replied), as the mention sees them. */
export interface TThreadPerson {
  userId: string;
  displayName: string;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The people a post mentions with "@Nome Cognome" (or "@Nome" alone when only one person in
 * the thread has that first name), among those already in the thread: mentioning a stranger
 * would be a way to send mail to anyone. Accents and case do not matter; the longest name
 * wins, so "@Anna Maria" is not "@Anna".
 *
 * @example parseMentions('Grazie @angela prova!', [{ userId: 'u1', displayName: 'Angela Prova' }]); // ['u1']
 */
export function parseMentions(text: string, people: readonly TThreadPerson[]): string[] {
  const folded = fold(text);
  const candidates: { userId: string; handle: string }[] = [];
  const firstNames = new Map<string, string[]>();
  for (const p of people) {
    const full = fold(p.displayName.trim()).replace(/\s+/g, ' ');
    if (!full) continue;
    candidates.push({ userId: p.userId, handle: full });
    const first = full.split(' ')[0]!;
    if (first !== full) firstNames.set(first, [...(firstNames.get(first) ?? []), p.userId]);
  }
  for (const [first, ids] of firstNames) if (new Set(ids).size === 1 && !candidates.some((c) => c.handle === first)) candidates.push({ userId: ids[0]!, handle: first });
  candidates.sort((a, b) => b.handle.length - a.handle.length);

  const found = new Set<string>();
  const taken: [number, number][] = [];
  for (const c of candidates) {
    const needle = `@${c.handle}`;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + needle.length;
      // A name ends where a letter or digit does not follow ("@anna" is not in "@annalisa").
      if (/[\p{L}\p{N}]/u.test(folded[end] ?? '')) continue;
      if (taken.some(([s, e]) => at >= s && at < e)) continue;
      taken.push([at, end]);
      found.add(c.userId);
    }
  }
  return [...found];
}
