import { startTransition, useEffect, useState } from 'react';

/**
 * How many items of a long list to draw now: `first` at once, then `step` more in each following
 * frame until all are there. The first screen of a big plan appears without waiting for the
 * hundreds of lines below it, and a tap in between is answered (each step is a transition).
 * @example const shown = useGrowingCount(goals.length, 3, 6); goals.slice(0, shown)
 */
export function useGrowingCount(total: number, first: number, step: number): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    // After the next paint, not before it: the frame that shows the first items comes first.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setCount((c) => c + step)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [count, total, step]);
  return Math.min(count, total);
}
