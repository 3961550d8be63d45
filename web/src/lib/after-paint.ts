/**
 * Runs `fn` just after the next frame is painted: work the person does not need to see the page
 * (saving a copy for offline use, a timing mark) waits until the page is on screen.
 * @example afterPaint(() => writeCachedView(id, view));
 */
export function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * Names a moment of the page in the browser's User Timing, once per page load, just after the
 * frame that shows it is painted. Benchmarks read these (`performance.getEntriesByName`); they
 * cost nothing to a person.
 * @example useEffect(() => markAfterPaint('affianco:plan-shown'), []);
 */
export function markAfterPaint(name: string): void {
  if (typeof performance === 'undefined') return;
  afterPaint(() => {
    if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  });
}
