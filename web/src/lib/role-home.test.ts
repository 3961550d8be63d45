import { describe, expect, it } from 'vitest';
import { currentRole, homeFor, roleHomes } from './role-home';

const person = (over: { isAdmin?: boolean; roles?: ('coordinator' | 'angel')[]; businesses?: number } = {}) => ({
  user: { id: 'u', name: 'Anna', email: 'anna@example.test', locale: 'it' as const, isAdmin: over.isAdmin ?? false },
  memberships: (over.roles ?? []).map((role, n) => ({ id: `m${n}`, sportelloId: `s${n}`, sportelloName: `Sportello ${n}`, role })),
  businesses: Array.from({ length: over.businesses ?? 0 }, (_, n) => ({ id: `b${n}`, name: `Impresa ${n}`, comuneName: 'Lodi', sportelloName: 'Milano' })),
});

describe('role homes', () => {
  it('send each role to its own first page', () => {
    expect(homeFor(person({ businesses: 1 }), null)).toBe('/impresa');
    expect(homeFor(person({ roles: ['angel'] }), null)).toBe('/angel');
    expect(homeFor(person({ roles: ['coordinator'] }), null)).toBe('/sportelli/s0');
    expect(homeFor(person({ isAdmin: true }), null)).toBe('/admin/sportelli');
    expect(homeFor(person(), null)).toBe('/account');
  });

  it('take a person with several roles to the widest, or to the one chosen on the device while they hold it', () => {
    const both = person({ roles: ['angel', 'coordinator'], businesses: 1 });
    expect(roleHomes(both).map((h) => h.role)).toEqual(['coordinator', 'angel', 'entrepreneur']);
    expect(homeFor(both, null)).toBe('/sportelli/s1');
    expect(homeFor(both, 'entrepreneur')).toBe('/impresa');
    expect(homeFor(person({ roles: ['angel'] }), 'admin')).toBe('/angel');
  });

  it('tell which role the open page belongs to', () => {
    const homes = roleHomes(person({ roles: ['angel'], businesses: 1 }));
    expect(currentRole(homes, '/angel', 'entrepreneur')).toBe('angel');
    expect(currentRole(homes, '/incontri', 'entrepreneur')).toBe('entrepreneur');
    expect(currentRole(homes, '/incontri', null)).toBe('angel');
  });
});
