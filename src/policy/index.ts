import type { TActor } from '../domain/network/actor.js';
import { AppError } from '../shared/errors.js';
import { accountRules } from './account.js';
import { angelRules } from './angels.js';
import { assignmentRules } from './assignment.js';
import { businessRules } from './business.js';
import { communityRules } from './community.js';
import { fundingRules } from './funding.js';
import { inboxRules } from './inbox.js';
import { insightsRules } from './insights.js';
import { libraryRules } from './library.js';
import { networkRules } from './network.js';
import { planRules } from './plans.js';
import { solutionRules } from './solutions.js';
import { territoryRules } from './territory.js';
import { trapRules } from './traps.js';
import type { TResource, TRule } from './types.js';

export type { TResource } from './types.js';
export { planScopeOf, type TPlanScope } from './plans.js';

// Imported by name so a forgotten file is a compile error, not a silent gap.
const rules = { ...networkRules, ...businessRules, ...accountRules, ...angelRules, ...planRules, ...libraryRules, ...communityRules, ...fundingRules, ...territoryRules, ...insightsRules, ...assignmentRules, ...inboxRules, ...trapRules, ...solutionRules } as const;

export type TPermission = keyof typeof rules;
type TResourceOf<P extends TPermission> = Parameters<(typeof rules)[P]>[1];

/**
 * May this actor do this to that? Whatever no rule allows is refused.
 *
 * @example can(actor, 'sportello.update', { type: 'sportello', sportelloId })
 */
export function can<P extends TPermission>(actor: TActor | null, permission: P, resource: TResourceOf<P>): boolean {
  if (!actor) return false;
  const rule = rules[permission] as TRule<TResource> | undefined;
  return rule ? rule(actor, resource as TResource) : false;
}

/**
 * Throws unless allowed. A resource the actor may not even read answers 404, so
 * another sportello's ids reveal nothing; a readable one answers 403.
 */
export function authorize<P extends TPermission>(
  actor: TActor | null,
  permission: P,
  resource: TResourceOf<P>,
  options: { hiddenUnless?: TPermission } = {},
): void {
  if (!actor) throw new AppError('auth.required', 401);
  if (can(actor, permission, resource)) return;
  const visible = options.hiddenUnless ? can(actor, options.hiddenUnless, resource as never) : false;
  throw visible ? new AppError('policy.forbidden', 403) : new AppError('resource.not_found', 404);
}

export const PERMISSIONS = Object.keys(rules) as TPermission[];
