import { isPercentKind, pricePartProblem, type TPricePart, type TPricePartKind } from '../../../../../src/shared/solution-cost';
import { solutionFieldMessage } from '../../../../../src/shared/solution-messages';
import type { TPortabilityItem } from '../api';
import { slugify } from '../../../../../src/shared/slug';

export type TPartKind = TPricePartKind;

type TWords = { it: string; en?: string | null };

/** The body of POST /api/solutions and PUT /api/solutions/by-id/{id} (the server's ZSolutionBody). */
export type TSolutionInput = {
  slug: string;
  name: string;
  provider: string;
  summary: TWords;
  whatItDoes: TWords;
  notFor: TWords;
  areas: string[];
  sectors: string[];
  dataLocation: 'eu' | 'non_eu' | 'unknown';
  dataNote?: TWords | null;
  hoursPerWeek: number;
  minimumMonths: number;
  noticeDays: number;
  exitCosts?: TWords | null;
  portability: { customers: TPortabilityItem; products: TPortabilityItem; invoices: TPortabilityItem };
  alternativeSlugs: string[];
  sportelloId: string | null;
  status: 'proposed' | 'published';
  parts: {
    kind: TPartKind;
    amount?: number | null;
    percent?: number | null;
    introMonths?: number | null;
    introAmount?: number | null;
    label?: TWords | null;
    sourceText: string;
    sourceUrl?: string | null;
    asOf: string;
    isExample: boolean;
  }[];
};

/** One price part as typed: every number still text, so a half-typed "1," is kept. */
export type TPartDraft = { kind: TPartKind; value: string; introMonths: string; introAmount: string; label: string; sourceText: string; sourceUrl: string; asOf: string; isExample: boolean };

export type TPortabilityKey = 'customers' | 'products' | 'invoices';

/** The whole form as typed. */
export type TSolutionDraft = {
  slug: string;
  name: string;
  provider: string;
  summary: string;
  summaryEn: string;
  whatItDoes: string;
  whatItDoesEn: string;
  notFor: string;
  notForEn: string;
  areas: string[];
  sectors: string[];
  dataLocation: 'eu' | 'non_eu' | 'unknown';
  dataNote: string;
  hoursPerWeek: string;
  minimumMonths: string;
  noticeDays: string;
  exitCosts: string;
  portability: Record<TPortabilityKey, { can: TPortabilityItem['can']; format: string }>;
  alternatives: string;
  sportelloId: string;
  parts: TPartDraft[];
};

export const emptyPart = (today: string): TPartDraft => ({ kind: 'monthly', value: '', introMonths: '', introAmount: '', label: '', sourceText: '', sourceUrl: '', asOf: today, isExample: false });

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The form's starting state: empty for a proposal, or a stored solution to change. */
export function draftOf(input: TSolutionInput | null): TSolutionDraft {
  const port = (key: TPortabilityKey) => ({ can: input?.portability[key].can ?? 'unknown', format: input?.portability[key].format ?? '' });
  return {
    slug: input?.slug ?? '',
    name: input?.name ?? '',
    provider: input?.provider ?? '',
    summary: input?.summary.it ?? '',
    summaryEn: input?.summary.en ?? '',
    whatItDoes: input?.whatItDoes.it ?? '',
    whatItDoesEn: input?.whatItDoes.en ?? '',
    notFor: input?.notFor.it ?? '',
    notForEn: input?.notFor.en ?? '',
    areas: input?.areas ?? [],
    sectors: input?.sectors ?? [],
    dataLocation: input?.dataLocation ?? 'unknown',
    dataNote: input?.dataNote?.it ?? '',
    hoursPerWeek: text(input?.hoursPerWeek),
    minimumMonths: text(input?.minimumMonths ?? 0),
    noticeDays: text(input?.noticeDays ?? 0),
    exitCosts: input?.exitCosts?.it ?? '',
    portability: { customers: port('customers'), products: port('products'), invoices: port('invoices') },
    alternatives: input?.alternativeSlugs.join('\n') ?? '',
    sportelloId: input?.sportelloId ?? '',
    parts: (input?.parts ?? []).map((p) => ({
      kind: p.kind,
      value: text(isPercentKind(p.kind) ? p.percent : p.amount),
      introMonths: text(p.introMonths),
      introAmount: text(p.introAmount),
      label: p.label?.it ?? '',
      sourceText: p.sourceText,
      sourceUrl: p.sourceUrl ?? '',
      asOf: p.asOf,
      isExample: p.isExample,
    })),
  };
}

/**
 * A typed number: "1,5" and "1.5" alike; empty is null; anything else NaN (refused next to the field).
 * @example numberOf('1,95') // 1.95
 */
export function numberOf(value: string): number | null {
  const v = value.trim().replace(',', '.');
  if (!v) return null;
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
}

/** An address part from a name: "Cassa in cloud" → "cassa-in-cloud" (as the server makes them). */
export const slugOf = (name: string): string => slugify(name, 120);

const words = (it: string, en?: string): TWords => ({ it: it.trim(), en: en?.trim() ? en.trim() : null });
const optionalWords = (it: string) => (it.trim() ? { it: it.trim(), en: null } : null);
const lines = (s: string) =>
  s
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The body the API takes, from the form as typed; numbers that are not numbers go as NaN-free nulls after `draftProblems`. */
export function inputOf(d: TSolutionDraft, status: 'proposed' | 'published'): TSolutionInput {
  const num = (s: string) => numberOf(s) ?? 0;
  return {
    slug: d.slug.trim(),
    name: d.name.trim(),
    provider: d.provider.trim(),
    summary: words(d.summary, d.summaryEn),
    whatItDoes: words(d.whatItDoes, d.whatItDoesEn),
    notFor: words(d.notFor, d.notForEn),
    areas: d.areas,
    sectors: d.sectors,
    dataLocation: d.dataLocation,
    dataNote: optionalWords(d.dataNote),
    hoursPerWeek: num(d.hoursPerWeek),
    minimumMonths: num(d.minimumMonths),
    noticeDays: num(d.noticeDays),
    exitCosts: optionalWords(d.exitCosts),
    portability: {
      customers: { can: d.portability.customers.can, format: d.portability.customers.format.trim() || null },
      products: { can: d.portability.products.can, format: d.portability.products.format.trim() || null },
      invoices: { can: d.portability.invoices.can, format: d.portability.invoices.format.trim() || null },
    },
    alternativeSlugs: lines(d.alternatives),
    sportelloId: d.sportelloId || null,
    status,
    parts: d.parts.map((p) => {
      const value = numberOf(p.value);
      const isPercent = isPercentKind(p.kind);
      const isMonthly = p.kind === 'monthly';
      return {
        kind: p.kind,
        amount: isPercent ? null : value,
        percent: isPercent ? value : null,
        introMonths: isMonthly ? numberOf(p.introMonths) : null,
        introAmount: isMonthly && p.introMonths.trim() ? (numberOf(p.introAmount) ?? 0) : null,
        label: optionalWords(p.label),
        sourceText: p.sourceText.trim(),
        sourceUrl: p.sourceUrl.trim() || null,
        asOf: p.asOf,
        isExample: p.isExample,
      };
    }),
  };
}

/**
 * What is wrong with the typed numbers, by the API's field names (`parts.0.amount`), in the
 * reader's language: the same checks as the server's, so a negative or impossible price is
 * refused next to its field before anything is sent.
 * @example draftProblems(draft, 'it') // { 'parts.0.amount': 'Il prezzo non può essere negativo.' }
 */
export function draftProblems(d: TSolutionDraft, lang: 'it' | 'en', notANumber: string): Record<string, string> {
  const out: Record<string, string> = {};
  const checkNumber = (field: string, value: string, max: number) => {
    const n = numberOf(value);
    if (n === null) return;
    if (Number.isNaN(n)) out[field] = notANumber;
    else if (n < 0) out[field] = solutionFieldMessage('negative', lang);
    else if (n > max) out[field] = solutionFieldMessage('too_high', lang);
  };
  checkNumber('hoursPerWeek', d.hoursPerWeek, 80);
  checkNumber('minimumMonths', d.minimumMonths, 120);
  checkNumber('noticeDays', d.noticeDays, 730);
  d.parts.forEach((p, i) => {
    const isPercent = isPercentKind(p.kind);
    const field = `parts.${i}.${isPercent ? 'percent' : 'amount'}`;
    const value = numberOf(p.value);
    if (value === null) {
      out[field] = solutionFieldMessage('value_missing', lang);
      return;
    }
    if (Number.isNaN(value)) {
      out[field] = notANumber;
      return;
    }
    const introMonths = p.kind === 'monthly' ? numberOf(p.introMonths) : null;
    const introAmount = p.kind === 'monthly' ? numberOf(p.introAmount) : null;
    if (Number.isNaN(introMonths)) out[`parts.${i}.introMonths`] = notANumber;
    if (Number.isNaN(introAmount)) out[`parts.${i}.introAmount`] = notANumber;
    if (Number.isNaN(introMonths) || Number.isNaN(introAmount)) return;
    const part = (isPercent ? { kind: p.kind, percent: value } : { kind: p.kind, amount: value, ...(introMonths !== null ? { introMonths, introAmount: introAmount ?? 0 } : {}) }) as TPricePart;
    const problem = pricePartProblem(part);
    if (problem === 'negative') {
      const where = value < 0 ? field : (introAmount ?? 0) < 0 ? `parts.${i}.introAmount` : `parts.${i}.introMonths`;
      out[where] = solutionFieldMessage('negative', lang);
    } else if (problem === 'intro_too_long') out[`parts.${i}.introMonths`] = solutionFieldMessage('intro_too_long', lang);
    else if (problem) out[field] = solutionFieldMessage(problem, lang);
    else if (!isPercent && value > 1_000_000) out[field] = solutionFieldMessage('too_high', lang);
  });
  return out;
}
