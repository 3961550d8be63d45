import { readResponse } from './api-client';

type TEarly = { at: number; response: Promise<Response> };
type TSettled = { ok: true; value: unknown } | { ok: false; error: unknown };

declare global {
  interface Window {
    /** Set by /early-requests.js (web/public), which runs while the HTML is being read. */
    __affiancoEarly?: Record<string, TEarly | undefined>;
  }
}

/** An early answer is for the page the visit opened with; later it may be out of date. */
const FRESH_FOR_MS = 15_000;

const settled = new Map<string, TSettled>();
/** Paths a render took: a later ask for them (a reload, the session after signing in) goes to the network. */
const takenByRender = new Set<string>();

/**
 * An answer a first render takes stays until the visit leaves the page it opened with
 * (`forgetSettled`, on the first navigation): React may render part of a page again before it
 * is on screen (a hydration in a transition starts over when a tap comes meanwhile; a Suspense
 * boundary is taken over after the rest of the page), and that pass must find the same answer,
 * or it draws a spinner where the server drew the page.
 */
function take(path: string): TSettled | undefined {
  const done = settled.get(path);
  if (done) takenByRender.add(path);
  return done;
}

/** Answers being read (`settleEarly` took them over) that have not arrived yet. */
const reading = new Map<string, Promise<unknown>>();

function takeStarted(path: string): TEarly | undefined {
  const started = typeof window === 'undefined' ? undefined : window.__affiancoEarly;
  const early = started?.[path];
  if (!started || !early) return undefined;
  delete started[path];
  return Date.now() - early.at > FRESH_FOR_MS ? undefined : early;
}

/**
 * The answer of a request the page script started before the app's code loaded, once: a
 * second call (a reload) goes to the network, and so does one made after the first moments.
 * @example const me = await (takeEarly<TMe>('/api/me') ?? api.get<TMe>('/api/me'));
 */
export function takeEarly<T>(path: string): Promise<T> | undefined {
  // An answer a render already drew is spent for everyone else: they ask the network.
  const done = takenByRender.delete(path) ? undefined : settled.get(path);
  const inFlight = reading.get(path);
  settled.delete(path);
  reading.delete(path);
  if (done) return done.ok ? Promise.resolve(done.value as T) : Promise.reject(done.error);
  if (inFlight) return inFlight as Promise<T>;
  const early = takeStarted(path);
  return early ? readResponse<T>(early.response) : undefined;
}

/**
 * Waits (at most `maxMs`) for the early answers, so that the first render can use them as they
 * are: the page is drawn once, with its data, instead of a spinner and a second pass.
 * @example await settleEarly(400); render(); // then takeSettled('/api/me')
 */
export async function settleEarly(maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  const settling = new Set<string>();
  // Rounds: an early answer may start more requests (on /impresa, /api/me names the businesses
  // whose plan and check-ups the page shows); those started meanwhile are waited for as well.
  for (;;) {
    const paths = Object.keys((typeof window === 'undefined' ? undefined : window.__affiancoEarly) ?? {}).filter((path) => !settling.has(path));
    if (paths.length === 0) return;
    paths.forEach((path) => settling.add(path));
    const each = paths.map((path) => settleOne(path));
    const left = deadline - Date.now();
    if (left <= 0) return;
    const isDone = await Promise.race([Promise.all(each).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), left))]);
    if (!isDone) return;
    // Whatever those answers started is registered by now or never.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function settleOne(path: string): Promise<void> {
  const early = takeStarted(path);
  if (!early) return Promise.resolve();
  const answer = readResponse(early.response);
  reading.set(path, answer);
  // Whoever takes it later gets it, whether it came in time or not.
  return answer.then(
    (value) => {
      if (reading.get(path) === answer) settled.set(path, { ok: true, value });
      reading.delete(path);
    },
    (error: unknown) => {
      if (reading.get(path) === answer) settled.set(path, { ok: false, error });
      reading.delete(path);
    },
  );
}

/**
 * Answers known before the first render (the ones a server-drawn page came with): the page's
 * first render uses them as the server did. `forgetSettled` drops those nobody took.
 * @example settleWith({ '/api/me': me }); render(); forgetSettled();
 */
export function settleWith(answers: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(answers)) settled.set(path, { ok: true, value });
}

/** Drops the answers: on the server each page's answers are its own; in the browser, once the visit leaves its first page. */
export function forgetSettled(): void {
  settled.clear();
  takenByRender.clear();
}

/**
 * An early answer that has already arrived, taken once, for a first render; `undefined` when
 * there is none (yet): then ask with `takeEarly` or the network.
 * @example const [me] = useState(() => takeSettled<TMe>('/api/me'));
 */
export function takeSettled<T>(path: string): { ok: true; value: T } | { ok: false; error: unknown } | undefined {
  const done = take(path);
  return done as { ok: true; value: T } | { ok: false; error: unknown } | undefined;
}

/**
 * An early answer that has already arrived successfully, taken once; a failed one stays for
 * `takeEarly`, so that the usual error handling sees it.
 * @example const [view] = useState(() => takeSettledValue<TPlanView>(planPath(id)));
 */
export function takeSettledValue<T>(path: string): T | undefined {
  if (!settled.get(path)?.ok) return undefined;
  const done = take(path) as { ok: true; value: unknown };
  return done.value as T;
}
