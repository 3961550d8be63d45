import { api } from '../../../lib/api-client';

export type TAngelStatus = 'applied' | 'qualified' | 'rejected';

/** An application or angel as the sportello's list shows it. */
export type TAngelListItem = {
  userId: string;
  name: string;
  email: string;
  status: TAngelStatus;
  isPaused: boolean;
  skills: string[];
  capacity: number;
  activeCases: number;
  comuneName: string;
  createdAt: string;
  reviewedAt: string | null;
  profileChangedAt: string | null;
};

/** The full profile a reviewer reads (interview notes only for reviewers). */
export type TAngelReview = Omit<TAngelListItem, 'createdAt'> & {
  sportelloId: string | null;
  sectors: string[];
  radiusKm: number;
  modes: string[];
  languages: string[];
  presentation: string;
  whatsappPhone: string | null;
  isWhatsappAllowed: boolean;
  hasCv: boolean;
  cvFileName: string | null;
  decisionReason: string | null;
  interviewNotes?: string | null;
};

export type TSportelloBusiness = { id: string; name: string; comuneName: string; atecoDivision: string | null; employees: number | null };
export type TAssignment = { angelUserId: string; angelName: string; startedAt: string; reason: string | null } | null;
export type TAtecoDivisions = { sections: { divisions: { code: string; display: string }[] }[] };

const sp = (id: string) => `/api/sportelli/${encodeURIComponent(id)}`;
export const sportelloAngelsPath = (id: string) => `${sp(id)}/angels`;
export const sportelloBusinessesPath = (id: string) => `${sp(id)}/businesses`;
export const angelPath = (userId: string) => `/api/angels/${encodeURIComponent(userId)}`;
export const angelCvUrl = (userId: string) => `${angelPath(userId)}/cv`;
export const assignmentPath = (businessId: string) => `/api/businesses/${encodeURIComponent(businessId)}/assignment`;
export const atecoPath = (lng: string) => `/api/ateco?locale=${lng === 'en' ? 'en' : 'it'}`;

/** Qualifies or turns down an application; the reason goes to the applicant by e-mail. */
export function reviewAngel(userId: string, input: { decision: 'approve' | 'reject'; reason: string; interviewNotes: string | null }) {
  return api.post<TAngelReview>(`${angelPath(userId)}/review`, input);
}

/** A coordinator gives the business to another angel, saying why. */
export function assignAngel(businessId: string, input: { angelUserId: string; reason: string }) {
  return api.post<TAssignment>(assignmentPath(businessId), input);
}
