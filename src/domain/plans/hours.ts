import { LIMITS, type TEngagement } from './types.js';

/**
 * Hours of a "noleggia un manager" engagement. The package is what was bought (or what a
 * funding call pays for); a coordinator may approve extra hours above it.
 *
 * The books always balance: hoursUsed ≤ hoursPackage + approvedExtraHours. When a
 * coordinator approves hours beyond the package as they are logged, the overflow is
 * added to approvedExtraHours, so the extra is on record rather than hidden in a negative
 * remainder.
 */

export type THoursErrorCode =
  /** Logging these hours would go over the package plus the approved extra, and no coordinator approved it. */
  | 'hours_exceed_package'
  /** Not a positive number of quarter hours up to 24 (a typing slip, not a day's work). */
  | 'hours_out_of_range';

export type TLogHoursResult =
  | { ok: true; engagement: TEngagement }
  | { ok: false; code: THoursErrorCode; remaining: number };

/**
 * Hours still available: package plus approved extra, minus what is used. Never negative.
 *
 * @example remainingHours({ hoursPackage: 20, hoursUsed: 18.5, approvedExtraHours: 2, fundingCallId: null }) // 3.5
 */
export function remainingHours(engagement: TEngagement): number {
  return Math.max(0, engagement.hoursPackage + engagement.approvedExtraHours - engagement.hoursUsed);
}

/**
 * Adds hours to an engagement, or says why not. Returns a new engagement; the one given is
 * left as it is. Over the package the coordinator's approval is needed: with it the hours
 * are logged and the overflow becomes approved extra.
 *
 * @example
 *   const e = { hoursPackage: 10, hoursUsed: 9, approvedExtraHours: 0, fundingCallId: null };
 *   logHours(e, 2, { isApprovedByCoordinator: false }) // { ok: false, code: 'hours_exceed_package', remaining: 1 }
 *   logHours(e, 2, { isApprovedByCoordinator: true })  // { ok: true, engagement: { ...e, hoursUsed: 11, approvedExtraHours: 1 } }
 */
export function logHours(engagement: TEngagement, hours: number, { isApprovedByCoordinator }: { isApprovedByCoordinator: boolean }): TLogHoursResult {
  const remaining = remainingHours(engagement);
  const isQuarterHours = Number.isFinite(hours) && Number.isInteger(hours / LIMITS.hoursStep);
  if (!isQuarterHours || hours <= 0 || hours > LIMITS.hoursPerEntryMax) return { ok: false, code: 'hours_out_of_range', remaining };

  const hoursUsed = engagement.hoursUsed + hours;
  const allowed = engagement.hoursPackage + engagement.approvedExtraHours;
  if (hoursUsed <= allowed) return { ok: true, engagement: { ...engagement, hoursUsed } };
  if (!isApprovedByCoordinator) return { ok: false, code: 'hours_exceed_package', remaining };
  return { ok: true, engagement: { ...engagement, hoursUsed, approvedExtraHours: engagement.approvedExtraHours + (hoursUsed - allowed) } };
}

export type TPackageErrorCode =
  /** Someone other than a coordinator changes the hours of a package already agreed: raising it would skip the approval of extra hours. */
  | 'package_needs_coordinator'
  /** The package (with the extra approved) would hold fewer hours than those already used. */
  | 'package_below_used';

/**
 * Whether a package of hours may be set now. The first package is agreed by the angel (or the
 * coordinator); after that only the coordinator changes its hours, or raising it would be a way
 * round the approval of extra hours. The voucher or funding call it is tied to may change freely.
 *
 * @example
 *   const e = { hoursPackage: 20, hoursUsed: 18, approvedExtraHours: 0, fundingCallId: null };
 *   checkPackage(null, 20, { isCoordinator: false }) // null: the first package
 *   checkPackage(e, 30, { isCoordinator: false })    // 'package_needs_coordinator'
 *   checkPackage(e, 16, { isCoordinator: true })     // 'package_below_used'
 */
export function checkPackage(current: TEngagement | null, hoursPackage: number, { isCoordinator }: { isCoordinator: boolean }): TPackageErrorCode | null {
  if (!current) return null;
  if (hoursPackage + current.approvedExtraHours < current.hoursUsed) return 'package_below_used';
  if (hoursPackage !== current.hoursPackage && !isCoordinator) return 'package_needs_coordinator';
  return null;
}
