import { z } from 'zod';
import { AREAS, type TArea } from './areas.js';

/** A file of cases: statements with the areas an angel reads in them, main area first. */
export const ZNeedsCase = z.object({
  text: z.string().min(1),
  gold: z.array(z.enum(AREAS)).min(1),
});
export const ZNeedsCaseFile = z.object({
  about: z.string().optional(),
  cases: z.array(ZNeedsCase).min(1),
});
export type TNeedsCase = z.infer<typeof ZNeedsCase>;
export type TNeedsCaseFile = z.infer<typeof ZNeedsCaseFile>;

/** What an extractor returns, reduced to what evaluation needs: areas in rank order. */
export type TExtract = (text: string) => { areas: readonly { area: TArea }[] };

export interface TNeedsEvaluation {
  /** Share of cases whose top-ranked area is one of the gold areas. */
  top1: number;
  /** Share of cases whose main gold area (gold[0]) is among the first three ranked. */
  top3: number;
  n: number;
  /** Cases failing either measure, for reading. */
  misses: { text: string; gold: TArea[]; got: TArea[]; isTop1Miss: boolean; isTop3Miss: boolean }[];
}

/**
 * Measures an extractor on cases. top1 is lenient (any gold area counts: angels disagree on
 * which of two is "main"), top3 is strict on the main one (it must be offered among three).
 *
 * @example
 *   evaluateNeeds([{ text: 'Le banche non mi danno credito', gold: ['finance'] }], extractNeeds)
 *   // { top1: 1, top3: 1, n: 1, misses: [] }
 */
export function evaluateNeeds(cases: readonly TNeedsCase[], extract: TExtract): TNeedsEvaluation {
  let top1 = 0;
  let top3 = 0;
  const misses: TNeedsEvaluation['misses'] = [];
  for (const c of cases) {
    const got = extract(c.text).areas.map((a) => a.area);
    const isTop1 = got.length > 0 && c.gold.includes(got[0]!);
    const isTop3 = got.slice(0, 3).includes(c.gold[0]!);
    if (isTop1) top1++;
    if (isTop3) top3++;
    if (!isTop1 || !isTop3) misses.push({ text: c.text, gold: [...c.gold], got, isTop1Miss: !isTop1, isTop3Miss: !isTop3 });
  }
  const n = cases.length;
  return { top1: n ? top1 / n : 0, top3: n ? top3 / n : 0, n, misses };
}
