import type { TFundingReason } from '../../shared/funding-messages.js';

/**
 * One rule's outcome before it is put in words: true passes, false fails, null needs a
 * fact or a reading of the bando. `isReminder` marks the prose reminder every call carries,
 * which does not lower the verdict (docs/funding.md, "Verdicts").
 */
export interface TRuleOutcome {
  reason: TFundingReason;
  ok: boolean | null;
  isReminder?: boolean;
}
