export type TSportelloRole = 'coordinator' | 'angel';

/** Who is asking, as the policy sees them: loaded once per request from the session. */
export interface TActor {
  userId: string;
  isAdmin: boolean;
  /** `canAuthor`: an angel a coordinator trusts to write Metodo Pop lessons (absent: no). */
  memberships: ReadonlyArray<{ sportelloId: string; role: TSportelloRole; canAuthor?: boolean }>;
  businessIds: ReadonlyArray<string>;
  /** Businesses this person follows as an angel, through an assignment still open. */
  assignedBusinessIds: ReadonlyArray<string>;
}

export function hasRole(actor: TActor, sportelloId: string, role?: TSportelloRole): boolean {
  return actor.memberships.some((m) => m.sportelloId === sportelloId && (role === undefined || m.role === role));
}
