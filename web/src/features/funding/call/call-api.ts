export { callApiPath, callAt, callPagePath } from '../../../../../src/shared/funding-call-pages';

/** Who the data comes from (GET /api/funding/calls/{slug}'s `attribution`). */
export type TAttribution = { source: string; licence: string | null; licenceUrl: string | null; snapshotDate: string | null };

/** Where a call stands on the day the API answered for. */
export type TCallStatus = 'open' | 'upcoming' | 'closed' | 'rolling' | 'unknown';

/** GET /api/funding/calls/{slug}: one call, its facts already in words in the page's language. */
export type TCallView = {
  slug: string;
  title: string;
  source: 'incentivi' | 'sportello';
  sportelloName: string | null;
  grantingBody: string | null;
  status: TCallStatus;
  closesSoon: boolean;
  daysLeft: number | null;
  closesText: string;
  description: { what: string; who: string | null; offers: string | null };
  link: string | null;
  who: { sizes: string; territory: string[]; sectors: string[]; subjects: string[] };
  howMuch: { grant: string; spending: string };
  kindsText: string[];
  dates: { opensText: string | null; closesText: string; note: string | null };
  rules: { text: string; sourceUrl: string }[];
  missingSince: string | null;
  updatedAt: string;
  today: string;
  attribution: TAttribution;
};
