import { AREAS, isArea, type TArea } from '../../../../../src/shared/areas';
import { CONSENT_VERSION } from '../../../../../src/shared/consent';
import type { TIntakeBody, TLocalized, TProposedArea } from './intake';

/** The screens of the ascolto, in order. */
export const STEPS = ['comune', 'sector', 'people', 'text', 'areas', 'contact'] as const;
export type TStep = (typeof STEPS)[number];

/** How many people work there, in bands; each sends one number the server can compare. */
export const PEOPLE_BANDS = [
  { key: '1', employees: 1 },
  { key: '2-5', employees: 3 },
  { key: '6-9', employees: 7 },
  { key: '10-49', employees: 20 },
  { key: '50+', employees: 50 },
] as const;
export type TPeopleBand = (typeof PEOPLE_BANDS)[number]['key'];

export const TEXT_MIN = 10;
export const TEXT_MAX = 4000;
export const OTHER_SECTOR_MAX = 80;
export const DRAFT_KEY = 'affianco.intake.draft.v1';

export type TSectorChoice = { kind: 'list'; id: string; division: string; label: TLocalized } | { kind: 'other'; text: string };

/** Everything the person has answered, kept on the device after every change. */
export type TDraft = {
  version: 1;
  step: TStep;
  comune: { istat: string; label: string } | null;
  sector: TSectorChoice | null;
  businessName: string;
  people: TPeopleBand | null;
  text: string;
  /** The last reading of the text; stale when `analysis.text` differs from `text`. */
  analysis: { text: string; areas: TProposedArea[] } | null;
  /** True while the text waits for a connection to be read. */
  isAnalysePending: boolean;
  chosenAreas: TArea[];
  contactMode: 'account' | 'callback' | null;
  email: string;
  name: string;
  phone: string;
  hasConsent: boolean;
  /** Made once per draft; sent as Idempotency-Key. */
  idempotencyKey: string;
  /** The exact body waiting to be sent (pressed "Invia", no answer yet). */
  outbox: TIntakeBody | null;
};

/**
 * A fresh draft at the first step.
 * @example const draft = emptyDraft(newUuid());
 */
export function emptyDraft(idempotencyKey: string): TDraft {
  return {
    version: 1,
    step: 'comune',
    comune: null,
    sector: null,
    businessName: '',
    people: null,
    text: '',
    analysis: null,
    isAnalysePending: false,
    chosenAreas: [],
    contactMode: null,
    email: '',
    name: '',
    phone: '',
    hasConsent: false,
    idempotencyKey,
    outbox: null,
  };
}

/** True when nothing has been answered yet: such a draft is not worth keeping. */
export function isDraftEmpty(d: TDraft): boolean {
  return !d.comune && !d.sector && !d.people && !d.text.trim() && !d.businessName.trim() && !d.outbox;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Reads a stored draft back, dropping anything malformed (an old version, a hand-edited value).
 * @example parseDraft(JSON.parse(localStorage.getItem(DRAFT_KEY)))
 */
export function parseDraft(value: unknown): TDraft | null {
  if (!isObject(value) || value.version !== 1 || typeof value.idempotencyKey !== 'string' || !value.idempotencyKey) return null;
  const d = emptyDraft(value.idempotencyKey);
  if (STEPS.includes(value.step as TStep)) d.step = value.step as TStep;
  if (isObject(value.comune) && typeof value.comune.istat === 'string' && /^\d{6}$/.test(value.comune.istat)) {
    d.comune = { istat: value.comune.istat, label: str(value.comune.label) || value.comune.istat };
  }
  const s = value.sector;
  if (isObject(s) && s.kind === 'list' && typeof s.id === 'string' && typeof s.division === 'string' && isObject(s.label)) {
    d.sector = { kind: 'list', id: s.id, division: s.division, label: { it: str(s.label.it), en: str(s.label.en) } };
  } else if (isObject(s) && s.kind === 'other') {
    d.sector = { kind: 'other', text: str(s.text).slice(0, OTHER_SECTOR_MAX) };
  }
  d.businessName = str(value.businessName);
  if (PEOPLE_BANDS.some((b) => b.key === value.people)) d.people = value.people as TPeopleBand;
  d.text = str(value.text);
  if (isObject(value.analysis) && typeof value.analysis.text === 'string' && Array.isArray(value.analysis.areas)) {
    const areas = value.analysis.areas.filter(
      (a): a is TProposedArea => isObject(a) && isArea(a.area) && typeof a.score === 'number' && Array.isArray(a.evidence),
    );
    d.analysis = { text: value.analysis.text, areas: areas.map((a) => ({ ...a, evidence: a.evidence.filter((e) => typeof e === 'string') })) };
  }
  d.isAnalysePending = value.isAnalysePending === true;
  if (Array.isArray(value.chosenAreas)) d.chosenAreas = [...new Set(value.chosenAreas.filter(isArea))];
  if (value.contactMode === 'account' || value.contactMode === 'callback') d.contactMode = value.contactMode;
  d.email = str(value.email);
  d.name = str(value.name);
  d.phone = str(value.phone);
  d.hasConsent = value.hasConsent === true;
  // The outbox was built by this code and is sent as is; keep it only if it still looks like a body.
  if (isObject(value.outbox) && typeof value.outbox.comuneIstat === 'string' && isObject(value.outbox.contact)) {
    d.outbox = value.outbox as unknown as TIntakeBody;
  }
  return d;
}

/** A loose e-mail check: the server has the last word. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** Same rule as the server: digits, spaces, dots, dashes, slashes, an optional leading +. */
export function isPhone(value: string): boolean {
  return /^\+?[0-9 ./-]{6,20}$/.test(value.trim());
}

/** Field name → i18n key of the message, for one step. */
export type TStepErrors = Partial<Record<string, string>>;

/**
 * What is missing or wrong on a step before moving on; empty when the step is done.
 * `signedInEmail` is the account's address when someone is signed in.
 * @example validateStep(draft, 'text', null) // { text: 'intake.text.tooShort' }
 */
export function validateStep(d: TDraft, step: TStep, signedInEmail: string | null): TStepErrors {
  const e: TStepErrors = {};
  switch (step) {
    case 'comune':
      if (!d.comune) e.comuneIstat = 'intake.comune.required';
      break;
    case 'sector':
      if (!d.sector) e.sectorId = 'intake.sector.required';
      else if (d.sector.kind === 'other' && !d.sector.text.trim()) e.sectorOther = 'intake.sector.otherRequired';
      break;
    case 'people':
      if (!d.people) e.employees = 'intake.people.required';
      break;
    case 'text': {
      const n = d.text.trim().length;
      if (n < TEXT_MIN) e.text = 'intake.text.tooShort';
      else if (n > TEXT_MAX) e.text = 'intake.text.tooLong';
      break;
    }
    case 'areas':
      break;
    case 'contact':
      if (!signedInEmail) {
        if (d.contactMode === null) e.contactMode = 'intake.contact.modeRequired';
        if (d.contactMode === 'account' && !isEmail(d.email)) e['contact.email'] = 'intake.contact.emailInvalid';
        if (d.contactMode === 'callback') {
          if (!d.name.trim()) e['contact.name'] = 'intake.contact.nameRequired';
          const hasPhone = d.phone.trim() !== '';
          const hasEmail = d.email.trim() !== '';
          if (!hasPhone && !hasEmail) e['contact.phone'] = 'intake.contact.phoneOrEmail';
          if (hasPhone && !isPhone(d.phone)) e['contact.phone'] = 'intake.contact.phoneInvalid';
          if (hasEmail && !isEmail(d.email)) e['contact.email'] = 'intake.contact.emailInvalid';
        }
      }
      if (!d.hasConsent) e['consent.accepted'] = 'intake.contact.consentRequired';
      break;
  }
  return e;
}

/**
 * The step where a server field error belongs, so it shows next to the right question.
 * @example stepOfField('contact.phone') // 'contact'
 */
export function stepOfField(field: string): TStep {
  const head = field.replace(/^body\./, '').split('.')[0] ?? '';
  if (head === 'comuneIstat') return 'comune';
  if (head === 'sectorId' || head === 'atecoDivision' || head === 'businessName') return 'sector';
  if (head === 'employees') return 'people';
  if (head === 'text') return 'text';
  if (head === 'chosenAreas') return 'areas';
  return 'contact';
}

/**
 * The request body from a complete draft. A sector written in the person's own words has no
 * field of its own in the API, so it goes in front of the text, where the sportello reads it.
 * @example buildRequestBody(draft, { signedInEmail: null, locale: 'it', otherSectorLine: (s) => `Attività: ${s}` })
 */
export function buildRequestBody(
  d: TDraft,
  opts: { signedInEmail: string | null; locale: 'it' | 'en'; otherSectorLine: (sector: string) => string },
): TIntakeBody {
  if (!d.comune) throw new Error('draft has no comune');
  const band = PEOPLE_BANDS.find((b) => b.key === d.people);
  let text = d.text.trim();
  if (d.sector?.kind === 'other' && d.sector.text.trim()) {
    const withSector = `${opts.otherSectorLine(d.sector.text.trim())}\n\n${text}`;
    if (withSector.length <= TEXT_MAX) text = withSector;
  }
  const email = d.email.trim();
  const phone = d.phone.trim();
  return {
    comuneIstat: d.comune.istat,
    sectorId: d.sector?.kind === 'list' ? d.sector.id : null,
    atecoDivision: d.sector?.kind === 'list' ? d.sector.division : null,
    employees: band ? band.employees : null,
    businessName: d.businessName.trim() || null,
    text,
    chosenAreas: AREAS.filter((a) => d.chosenAreas.includes(a)),
    contact: opts.signedInEmail
      ? { kind: 'account', email: opts.signedInEmail }
      : d.contactMode === 'account'
        ? { kind: 'account', email }
        : { kind: 'callback', name: d.name.trim(), phone: phone || null, email: email || null },
    consent: { version: CONSENT_VERSION, accepted: true },
    locale: opts.locale,
  };
}

/** The proposed areas, strongest first. */
export function proposedAreas(d: TDraft): TProposedArea[] {
  return [...(d.analysis?.areas ?? [])].sort((a, b) => b.score - a.score);
}
