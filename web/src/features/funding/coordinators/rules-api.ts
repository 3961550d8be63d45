import { api } from '../../../lib/api-client';

export const CURATED_FACTS = ['maxEmployees', 'minYearsInBusiness', 'maxYearsInBusiness', 'foundedBefore', 'foundedAfter', 'legalForms'] as const;
export type TCuratedFact = (typeof CURATED_FACTS)[number];
export const LEGAL_FORMS = ['ditta_individuale', 'snc', 'sas', 'srl', 'srls', 'spa', 'sapa', 'cooperativa', 'consorzio', 'professionista', 'altro'] as const;

export type TCuratedRule = { fact: TCuratedFact; value: string | number | string[]; sourceUrl: string };
export type TRuleView = { id: string; callId: string; sportelloId: string | null; rule: TCuratedRule; sourceUrl: string; createdAt: string };
/** A call as GET /api/funding/calls lists it: what the search shows. */
export type TCallHit = { id: string; slug: string; title: string; source: 'incentivi' | 'sportello'; closesText: string };

export const callSearchPath = (q: string) => `/api/funding/calls?${new URLSearchParams({ q, pageSize: '8' }).toString()}`;
export const rulesPath = (callId: string, sportelloId: string) => `/api/funding/calls/${callId}/rules?sportelloId=${sportelloId}`;

export const addRule = (callId: string, sportelloId: string, rule: TCuratedRule) => api.post<TRuleView>(`/api/funding/calls/${callId}/rules`, { sportelloId, rule });
export const removeRule = (callId: string, ruleId: string) => api.delete(`/api/funding/calls/${callId}/rules/${ruleId}`);
