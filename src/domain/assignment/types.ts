/**
 * The input of "Assegna tutte": open requests (businesses) and angels, both in the matching
 * format (/work/shared/cases/MATCHING.md), and what the assignment answers.
 */
import { z } from 'zod';
import type { TUnassignedReason } from '../../shared/assignment-messages.js';
import { ZMatchAngel, ZMatchBusiness } from '../matching/types.js';

/** Ids must be unique in each list, or "b1 goes to a1" would not say which one. */
function uniqueIds(list: readonly { id: string }[], field: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [field, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

export const ZAssignInput = z
  .object({
    businesses: z.array(ZMatchBusiness),
    angels: z.array(ZMatchAngel),
  })
  .superRefine((value, ctx) => {
    uniqueIds(value.businesses, 'businesses', ctx);
    uniqueIds(value.angels, 'angels', ctx);
  });

export type TAssignInput = z.infer<typeof ZAssignInput>;

export type { TUnassignedReason };

/** One feasible pair: it passes the hard rules. Costs before the load term. */
export interface TPairArc {
  businessIndex: number;
  angelIndex: number;
  /** needsCost + distanceCost. */
  cost: number;
  needsCost: number;
  distanceCost: number;
  coverage: number;
  isInPerson: boolean;
  distanceKm: number | null;
}

export interface TAssignment {
  businessId: string;
  angelId: string;
  /** Pair cost plus the load term of the place it takes. */
  cost: number;
  needsCost: number;
  distanceCost: number;
  loadCost: number;
  coverage: number;
  isInPerson: boolean;
  distanceKm: number | null;
}

export interface TUnassigned {
  businessId: string;
  reason: TUnassignedReason;
}

export interface TAssignResult {
  assignments: TAssignment[];
  unassigned: TUnassigned[];
  /** Exact float sum of the chosen assignments' costs. */
  totalCost: number;
}
