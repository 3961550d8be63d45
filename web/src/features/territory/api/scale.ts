/** One colour class of the map: every value from `min` to `max`, both included. */
export type TBucket = { min: number; max: number; colour: string };

/**
 * Light to dark, each step distinct for colour-blind readers and in grey print; the first is for 0.
 * Province borders are drawn dark, so even the lightest stays visible on white.
 */
export const PALETTE = ['#f3f1ec', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;

/**
 * Up to five classes: 0 alone, then the non-zero values split into (at most) four groups of
 * about the same number of provinces, so a single big city does not wash out the others.
 *
 * @example makeBuckets([0, 1, 2, 3, 10]) // [0], [1], [2], [3], [10]
 */
export function makeBuckets(values: ReadonlyArray<number>, palette: ReadonlyArray<string> = PALETTE): TBucket[] {
  const buckets: TBucket[] = [{ min: 0, max: 0, colour: palette[0]! }];
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const steps = palette.length - 1;
  let min = 1;
  for (let i = 1; i <= steps && positive.length > 0; i++) {
    const max = positive[Math.ceil((i * positive.length) / steps) - 1]!;
    if (max < min) continue;
    buckets.push({ min, max, colour: palette[buckets.length]! });
    min = max + 1;
  }
  return buckets;
}

/** The class a value falls in (the last one for anything above). */
export function bucketOf(value: number, buckets: ReadonlyArray<TBucket>): TBucket {
  return buckets.find((b) => value <= b.max) ?? buckets[buckets.length - 1]!;
}

/** "0", "4" or "4–10": what the legend writes beside a colour. */
export function rangeLabel(bucket: TBucket): string {
  return bucket.min === bucket.max ? String(bucket.min) : `${bucket.min}–${bucket.max}`;
}
