import { useSyncExternalStore } from 'react';

const noChange = () => () => undefined;

/**
 * True when this page is the copy the service worker kept on the phone, served because the
 * network did not answer (web/public/sw.js marks it on <html>). It says "offline" more surely
 * than navigator.onLine, which stays true on a connection that carries nothing.
 * False in the first render, as on the server, so the drawn page is taken over as drawn.
 * @example const fromPhone = useKeptCopy();
 */
export function useKeptCopy(): boolean {
  return useSyncExternalStore(
    noChange,
    () => document.documentElement.hasAttribute('data-kept-copy'),
    () => false,
  );
}
