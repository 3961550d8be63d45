/**
 * The funders' "Rapporto di impatto", as the PDF draws it: every text already in the reader's
 * language, every figure already counted and, where a group is smaller than five, already
 * withheld. The renderer draws; it decides nothing.
 */
export interface TImpactReportModel {
  title: string;
  scopeName: string;
  periodLine: string;
  generatedLine: string;
  keyFigures: { label: string; value: string }[];
  funnel: {
    heading: string;
    intro: string;
    steps: { label: string; count: number; countText: string; note: string | null }[];
  };
  impact: {
    heading: string;
    intro: string;
    /** Change T0 to T1 in points of the check-up's 0–100 scale; null when withheld. */
    rows: { label: string; median: number | null; q1: number | null; q3: number | null; text: string }[];
    axisLabels: { low: string; zero: string; high: string };
    privacyNote: string;
  };
  goals: { heading: string; rows: { label: string; value: number; text: string }[]; empty: string };
  satisfaction: { heading: string; /** How many ratings of 1 … 5. */ counts: [number, number, number, number, number]; line: string };
  hours: { heading: string; line: string };
  map: {
    heading: string;
    intro: string;
    /** Province ISTAT code → fill colour; provinces not listed are drawn empty (not served or not shown). */
    fills: Record<string, string>;
    legend: { label: string; color: string }[];
    note: string;
  };
  footer: string;
}
