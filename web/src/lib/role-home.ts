import type { TMe } from './session';

/** The hats a person can wear here, each with its own first page. */
export type THomeRole = 'admin' | 'coordinator' | 'angel' | 'entrepreneur';

export type TRoleHome = { role: THomeRole; path: string };

/** The device remembers which hat a person with several last chose. */
export const ROLE_STORAGE_KEY = 'affianco.role';

const isHomeRole = (value: unknown): value is THomeRole => value === 'admin' || value === 'coordinator' || value === 'angel' || value === 'entrepreneur';

/**
 * Each role the person holds with its home, the widest first: the network admin's sportelli,
 * the coordinator's sportello (its incoming requests come first), the angel area, the business.
 * @example roleHomes(me) // [{ role: 'coordinator', path: '/sportelli/…' }, { role: 'angel', path: '/angel' }]
 */
export function roleHomes(me: Pick<TMe, 'user' | 'memberships' | 'businesses'>): TRoleHome[] {
  const homes: TRoleHome[] = [];
  if (me.user.isAdmin) homes.push({ role: 'admin', path: '/admin/sportelli' });
  const desk = me.memberships.find((m) => m.role === 'coordinator');
  if (desk) homes.push({ role: 'coordinator', path: `/sportelli/${encodeURIComponent(desk.sportelloId)}` });
  if (me.memberships.some((m) => m.role === 'angel')) homes.push({ role: 'angel', path: '/angel' });
  if (me.businesses.length > 0) homes.push({ role: 'entrepreneur', path: '/impresa' });
  return homes;
}

/**
 * Where `/` takes a signed-in person: the home of the role they chose on this device if they
 * still hold it, else of their widest role; their profile when they hold none yet.
 * @example homeFor(me, 'angel') // '/angel'
 */
export function homeFor(me: Pick<TMe, 'user' | 'memberships' | 'businesses'>, chosen: string | null): string {
  const homes = roleHomes(me);
  return (homes.find((h) => h.role === chosen) ?? homes[0])?.path ?? '/account';
}

/** The role chosen on this device, if any. */
export function storedRole(): THomeRole | null {
  try {
    const value = window.localStorage.getItem(ROLE_STORAGE_KEY);
    return isHomeRole(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the chosen role on this device (blocked storage: for this visit only). */
export function storeRole(role: THomeRole): void {
  try {
    window.localStorage.setItem(ROLE_STORAGE_KEY, role);
  } catch {
    // the choice lasts until the page is closed
  }
}

/**
 * The role whose pages the person is on, for the switcher: the one whose home the path is in,
 * else the one chosen on the device, else the widest.
 * @example currentRole(homes, '/angel', null) // 'angel'
 */
export function currentRole(homes: TRoleHome[], pathname: string, chosen: THomeRole | null): THomeRole | undefined {
  const here = homes.find((h) => pathname === h.path || pathname.startsWith(`${h.path}/`));
  return here?.role ?? homes.find((h) => h.role === chosen)?.role ?? homes[0]?.role;
}
