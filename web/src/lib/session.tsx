import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import i18n, { isLanguage, storeLanguage, switchLanguage, type TLanguage } from '../i18n';
import { Navigate } from 'react-router-dom';
import { api, isApiError } from './api-client';
import { takeEarly, takeSettled } from './early-fetch';
import { forgetOfflineCopies } from './service-worker';

export type TRole = 'coordinator' | 'angel';

export type TMe = {
  user: { id: string; name: string; email: string; locale: TLanguage; isAdmin: boolean };
  memberships: { id: string; sportelloId: string; sportelloName: string; role: TRole }[];
  businesses: { id: string; name: string; comuneName: string; sportelloName: string }[];
};

type TSession = {
  /** `undefined` while loading, `null` for a visitor. */
  me: TMe | null | undefined;
  refresh: () => Promise<TMe | null>;
  setLanguage: (lng: TLanguage) => Promise<void>;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<TSession | null>(null);

/** GET /api/me answers `null` for a visitor (an older server said 401: the same visitor). */
async function fetchMe(): Promise<TMe | null> {
  try {
    return (await (takeEarly<TMe | null>('/api/me') ?? api.get<TMe | null>('/api/me'))) ?? null;
  } catch (e) {
    if (isApiError(e, 401)) return null;
    throw e;
  }
}

/** Holds who is signed in (from GET /api/me) and their language. */
export function SessionProvider({ children }: { children: ReactNode }) {
  // Known at the first render when the page script's early answer has arrived: the page is
  // then drawn at once for the person, not after a spinner and a second pass.
  const [opening] = useState(() => takeSettled<TMe | null>('/api/me'));
  const [me, setMe] = useState<TMe | null | undefined>(() => (opening?.ok ? (opening.value ?? null) : opening && isApiError(opening.error, 401) ? null : undefined));

  const adopt = useCallback((next: TMe | null) => {
    setMe(next);
    if (next && isLanguage(next.user.locale) && next.user.locale !== i18n.language) {
      void switchLanguage(next.user.locale);
    }
    return next;
  }, []);

  const refresh = useCallback(async () => {
    try {
      return adopt(await fetchMe());
    } catch {
      // The API is unreachable: behave as a visitor, pages show their own errors.
      return adopt(null);
    }
  }, [adopt]);

  useEffect(() => {
    if (opening?.ok) adopt(opening.value ?? null);
    else if (!(opening && isApiError(opening.error, 401))) void refresh();
  }, [adopt, opening, refresh]);

  const setLanguage = useCallback(
    async (lng: TLanguage) => {
      await switchLanguage(lng);
      storeLanguage(lng);
      if (me) {
        const next = await api.patch<TMe>('/api/me', { locale: lng });
        setMe(next);
      }
    },
    [me],
  );

  const signOut = useCallback(async () => {
    const { authClient } = await import('./auth-client');
    await authClient.signOut();
    await forgetOfflineCopies();
    setMe(null);
  }, []);

  const value = useMemo(() => ({ me, refresh, setLanguage, signOut }), [me, refresh, setLanguage, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * Who is signed in, and actions on the session.
 * @example const { me } = useSession(); if (me === null) return <Navigate to="/accedi" />;
 */
export function useSession(): TSession {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession must be used inside <SessionProvider>');
  return ctx;
}

/**
 * Renders children only for a signed-in user; sends a visitor to /accedi and back here after.
 * @example <RequireSignIn>{(me) => <AdminPage me={me} />}</RequireSignIn>
 */
export function RequireSignIn({ children, fallback }: { children: (me: TMe) => ReactNode; fallback: ReactNode }) {
  const { me } = useSession();
  if (me === undefined) return <>{fallback}</>;
  if (me === null) {
    const here = window.location.pathname + window.location.search;
    return <Navigate to={`/accedi?next=${encodeURIComponent(here)}`} replace />;
  }
  return <>{children(me)}</>;
}
