import i18n from '../i18n';

/** One field error from an RFC 9457 problem (`errors[]`), already localised by the server. */
export type TFieldError = { field: string; message: string };

/** A failed API call. `detail` is ready to show; `fieldErrors` maps a field name to its message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: Record<string, string>;
  /** Every field error as sent, in order (a refused file lists one per row). */
  readonly errors: TFieldError[];
  /** From `Retry-After` on a 429: seconds until the same request may be sent again. */
  readonly retryAfterSeconds: number | null;

  constructor(init: { status: number; code: string; title: string; detail: string; errors?: TFieldError[]; retryAfterSeconds?: number | null }) {
    super(init.detail);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = {};
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    for (const e of init.errors ?? []) {
      // Keep the first message per field: it is the one to fix first.
      if (!(e.field in this.fieldErrors)) this.fieldErrors[e.field] = e.message;
    }
  }
}

/** True when the value is an ApiError with the given HTTP status. */
export function isApiError(value: unknown, status?: number): value is ApiError {
  return value instanceof ApiError && (status === undefined || value.status === status);
}

/**
 * True when the call never reached the server (offline, DNS, connection dropped):
 * the same request can safely be tried again later.
 * @example if (isNetworkError(e)) keepForLater();
 */
export function isNetworkError(value: unknown): value is ApiError {
  return value instanceof ApiError && value.code === 'NETWORK';
}

type TRequestOptions = { body?: unknown; form?: FormData; signal?: AbortSignal; headers?: Record<string, string> };

/** `Retry-After` in seconds or as an HTTP date; null when absent or unreadable. */
function retryAfterOf(res: Response): number | null {
  const raw = res.headers.get('retry-after');
  if (!raw) return null;
  const seconds = /^\d+$/.test(raw.trim()) ? Number(raw) : (Date.parse(raw) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : null;
}

async function readProblem(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  const retryAfterSeconds = retryAfterOf(res);
  if (type.includes('json')) {
    try {
      const p = (await res.json()) as Record<string, unknown>;
      const errors = Array.isArray(p.errors)
        ? (p.errors as unknown[]).flatMap((e) => {
            const r = e as Record<string, unknown>;
            return typeof r.field === 'string' && typeof r.message === 'string'
              ? [{ field: r.field, message: r.message }]
              : [];
          })
        : [];
      const detail =
        typeof p.detail === 'string' && p.detail
          ? p.detail
          : typeof p.message === 'string' && p.message
            ? p.message
            : typeof p.title === 'string' && p.title
              ? p.title
              : i18n.t('errors.generic');
      return new ApiError({
        status: res.status,
        code: typeof p.code === 'string' ? p.code : `HTTP_${res.status}`,
        title: typeof p.title === 'string' ? p.title : '',
        detail,
        errors,
        retryAfterSeconds,
      });
    } catch {
      // fall through to the generic error
    }
  }
  return new ApiError({
    status: res.status,
    code: `HTTP_${res.status}`,
    title: '',
    detail: i18n.t(res.status === 404 ? 'errors.notFound' : 'errors.generic'),
    retryAfterSeconds,
  });
}

async function request<T>(method: string, path: string, options: TRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language || 'it',
    ...options.headers,
  };
  let body: string | FormData | undefined;
  if (options.form) {
    // The browser writes the multipart boundary into Content-Type itself.
    body = options.form;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  return readResponse<T>(fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal }));
}

/**
 * The answer of a fetch as the API client gives it: the JSON body, or an `ApiError` (a network
 * failure included). For a request started elsewhere, such as the page's first ones.
 * @example const me = await readResponse<TMe>(fetch('/api/me'));
 */
export async function readResponse<T>(pending: Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await pending;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ status: 0, code: 'NETWORK', title: '', detail: i18n.t('errors.network') });
  }
  if (!res.ok) throw await readProblem(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await res.json()) as T;
}

/**
 * The one place that talks to the API. Errors come back as `ApiError`.
 * @example const { items } = await api.get<{ items: TProvince[] }>('/api/provinces');
 */
export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, { body, headers }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  /** A multipart/form-data POST, e.g. a profile with a file. */
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
