// The moment the app has drawn (or taken over) the page once: the light start of the reading
// pages waits for it before passing on the tap that asked for the app.
let settle: () => void = () => undefined;
const whenDone = new Promise<void>((resolve) => {
  settle = resolve;
});

/** Called once the app's first render is on screen (the layout's first effect). */
export function markTakenOver(): void {
  settle();
}

/**
 * Resolves once the app runs the page.
 * @example await whenTakenOver(); button.click();
 */
export function whenTakenOver(): Promise<void> {
  return whenDone;
}
