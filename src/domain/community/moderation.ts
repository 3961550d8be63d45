/**
 * The community's moderation rules, with no I/O: when reports hide a post pending review,
 * which decision applies to what, and what a moderator must say about it.
 */

export const REPORT_REASONS = ['spam', 'rude', 'off_topic', 'personal_data', 'other'] as const;
export type TReportReason = (typeof REPORT_REASONS)[number];

/** A moderator's reason is shown to the author: long enough to say something, short enough for a phone. */
export const REASON_MIN = 3;
export const REASON_MAX = 500;
/** A reporter's optional note, read by the moderator only. */
export const REPORT_NOTE_MAX = 500;

/** Reports from this many different people hide a post until a moderator looks at it. */
export const REPORT_THRESHOLD = 3;
/** The lower threshold when one reporter is an angel, a coordinator or the admin, or one reports personal data. */
export const REPORT_THRESHOLD_URGENT = 2;

/** Slow mode: at least 30 seconds between two posts of one person, at most one a day. */
export const SLOW_MODE_MIN_SECONDS = 30;
export const SLOW_MODE_MAX_SECONDS = 86_400;
/** A silence lasts from an hour to 30 days: longer is a decision for the network, not a moderator's pause. */
export const SILENCE_MIN_HOURS = 1;
export const SILENCE_MAX_HOURS = 720;

/** One open report, as the threshold sees it. */
export type TOpenReport = { reporterUserId: string; reason: TReportReason; isTrustedReporter: boolean };

/**
 * How many different people must report a post before it is hidden pending review. Three by
 * default, so one person (or two who disagree with a post) cannot silence someone; two when an
 * angel or a coordinator is among them (people the network already trusts) or when someone
 * reports personal data (harm that grows every hour it stays up). Never one: a single report
 * only reaches the moderators' queue.
 *
 * @example reportThreshold([{ reporterUserId: 'a', reason: 'personal_data', isTrustedReporter: false }]) // 2
 */
export function reportThreshold(reports: ReadonlyArray<TOpenReport>): number {
  const urgent = reports.some((r) => r.isTrustedReporter || r.reason === 'personal_data');
  return urgent ? REPORT_THRESHOLD_URGENT : REPORT_THRESHOLD;
}

/**
 * Whether the open reports of a post hide it pending review: one report per person counts.
 *
 * @example shouldAutoHide([{ reporterUserId: 'a', reason: 'spam', isTrustedReporter: true }, { reporterUserId: 'b', reason: 'spam', isTrustedReporter: false }]) // true
 */
export function shouldAutoHide(reports: ReadonlyArray<TOpenReport>): boolean {
  const people = new Set(reports.map((r) => r.reporterUserId)).size;
  return people >= reportThreshold(reports);
}

/** A field and the stable message code the web turns into words. */
export type TModerationFieldError = { field: string; message: string };

/**
 * A moderator's reason, trimmed; null when it is fine, else the error next to `reason`.
 *
 * @example checkReason('  ') // { field: 'reason', message: 'reason_required' }
 */
export function checkReason(reason: string | null | undefined): TModerationFieldError | null {
  const text = (reason ?? '').trim();
  if (text.length === 0) return { field: 'reason', message: 'reason_required' };
  if (text.length < REASON_MIN) return { field: 'reason', message: 'reason_too_short' };
  if (text.length > REASON_MAX) return { field: 'reason', message: 'reason_too_long' };
  return null;
}

export type TPostState = { isHidden: boolean; isPendingReview: boolean; isDeleted: boolean; openReports: number };
export type TThreadState = { isHidden: boolean; isLocked: boolean; area: string; slowModeSeconds: number | null };
export type TMemberState = { silencedUntil: Date | null };

export type TPostDecision = { action: 'hide' } | { action: 'restore' } | { action: 'dismiss_reports' };
export type TThreadDecision =
  | { action: 'hide' }
  | { action: 'restore' }
  | { action: 'lock' }
  | { action: 'unlock' }
  | { action: 'move'; area: string }
  | { action: 'slow_mode'; seconds: number | null };
export type TAccountDecision = { action: 'silence'; hours: number } | { action: 'unsilence' };

const conflict = (field: string, message: string): TModerationFieldError => ({ field, message });

/**
 * Whether a decision applies to this post now. Hiding a post already hidden by a moderator, or
 * restoring a visible one, is refused so the log never holds a decision that changed nothing; a
 * post hidden by reports may be hidden (confirmed) or restored. An author's deleted post has no
 * text left to hide.
 *
 * @example checkPostDecision({ action: 'restore' }, { isHidden: false, isPendingReview: false, isDeleted: false, openReports: 0 }) // { field: 'action', message: 'not_hidden' }
 */
export function checkPostDecision(d: TPostDecision, s: TPostState): TModerationFieldError | null {
  switch (d.action) {
    case 'hide':
      if (s.isDeleted) return conflict('action', 'post_deleted');
      return s.isHidden && !s.isPendingReview ? conflict('action', 'already_hidden') : null;
    case 'restore':
      return s.isHidden ? null : conflict('action', 'not_hidden');
    case 'dismiss_reports':
      // A post hidden by reports is restored (which resolves them), not merely dismissed.
      if (s.isPendingReview) return conflict('action', 'pending_review');
      return s.openReports > 0 ? null : conflict('action', 'no_open_reports');
  }
}

/**
 * Whether a decision applies to this thread now; `knownAreas` are the areas of need a thread may move to.
 *
 * @example checkThreadDecision({ action: 'move', area: 'finance' }, state, AREAS) // null
 */
export function checkThreadDecision(d: TThreadDecision, s: TThreadState, knownAreas: ReadonlyArray<string>): TModerationFieldError | null {
  switch (d.action) {
    case 'hide':
      return s.isHidden ? conflict('action', 'already_hidden') : null;
    case 'restore':
      return s.isHidden ? null : conflict('action', 'not_hidden');
    case 'lock':
      return s.isLocked ? conflict('action', 'already_locked') : null;
    case 'unlock':
      return s.isLocked ? null : conflict('action', 'not_locked');
    case 'move':
      if (!knownAreas.includes(d.area)) return conflict('area', 'unknown_area');
      return d.area === s.area ? conflict('area', 'same_area') : null;
    case 'slow_mode':
      if (d.seconds === null) return s.slowModeSeconds === null ? conflict('seconds', 'not_slow') : null;
      if (!Number.isInteger(d.seconds) || d.seconds < SLOW_MODE_MIN_SECONDS) return conflict('seconds', 'too_small');
      if (d.seconds > SLOW_MODE_MAX_SECONDS) return conflict('seconds', 'too_large');
      return d.seconds === s.slowModeSeconds ? conflict('seconds', 'unchanged') : null;
  }
}

/**
 * Whether a silence may start or be lifted now; a silence already running may be changed (the new end replaces it).
 *
 * @example checkAccountDecision({ action: 'silence', hours: 721 }, { silencedUntil: null }, now) // { field: 'hours', message: 'too_large' }
 */
export function checkAccountDecision(d: TAccountDecision, s: TMemberState, now: Date): TModerationFieldError | null {
  if (d.action === 'unsilence') return isSilenced(s, now) ? null : conflict('action', 'not_silenced');
  if (!Number.isInteger(d.hours) || d.hours < SILENCE_MIN_HOURS) return conflict('hours', 'too_small');
  if (d.hours > SILENCE_MAX_HOURS) return conflict('hours', 'too_large');
  return null;
}

/** Whether a person is silenced at `now`. */
export function isSilenced(s: TMemberState, now: Date): boolean {
  return s.silencedUntil !== null && s.silencedUntil.getTime() > now.getTime();
}

/**
 * When a silence of `hours` from `now` ends.
 *
 * @example silenceEnd(new Date('2026-01-01T00:00:00Z'), 24).toISOString() // '2026-01-02T00:00:00.000Z'
 */
export function silenceEnd(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * 3_600_000);
}
