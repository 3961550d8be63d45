import type { TResource, TRule } from './types.js';

type TUser = Extract<TResource, { type: 'user' }>;

export const accountRules = {
  'account.read': ((actor, r) => actor.userId === r.userId) as TRule<TUser>,
  'account.update': ((actor, r) => actor.userId === r.userId) as TRule<TUser>,
} as const;
