import { api } from './api-client';

const started = new Map<string, Promise<unknown>>();

/**
 * Starts GET requests from the entry script, before React and the page's own code have loaded,
 * so that on a slow phone the data travels while the code is still being read.
 * @example startEarly(['/api/me'], storedLanguage());
 */
export function startEarly(paths: string[], language: string): void {
  for (const path of paths) {
    if (started.has(path)) continue;
    const request = api.get(path, undefined, { 'Accept-Language': language });
    // Whoever takes it handles its failure; one nobody takes must not be reported as unhandled.
    request.catch(() => undefined);
    started.set(path, request);
  }
}

/**
 * The answer of a request started early, once: a later call (a reload) goes to the network.
 * @example const me = await (takeEarly<TMe>('/api/me') ?? api.get<TMe>('/api/me'));
 */
export function takeEarly<T>(path: string): Promise<T> | undefined {
  const request = started.get(path);
  started.delete(path);
  return request as Promise<T> | undefined;
}
