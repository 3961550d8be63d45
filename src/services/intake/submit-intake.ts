import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, businessMember, comune, intakeRequest, sportello, sportelloProvince } from '../../db/schema/index.js';
import { extractNeeds } from '../../domain/intake/extract-needs.js';
import { PLAIN_SECTORS } from '../../domain/intake/sectors.js';
import { routeToSportello } from '../../domain/network/routing.js';
import type { TArea } from '../../shared/areas.js';
import { CONSENT_VERSION } from '../../shared/consent.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { withIdempotency } from '../system/idempotency.js';
import { warningsInText, type TRequestWarning } from '../traps/request-warnings.js';

export interface TIntakeInput {
  comuneIstat: string;
  sectorId?: string | null;
  atecoDivision?: string | null;
  employees?: number | null;
  businessName?: string | null;
  text: string;
  chosenAreas: TArea[];
  contact: { kind: 'account'; email: string } | { kind: 'callback'; name: string; phone?: string | null; email?: string | null };
  consent: { version: string; accepted: true };
  locale: TLocale;
}

export interface TIntakeResult {
  id: string;
  sportello: { id: string; name: string; email: string | null; phone: string | null } | null;
  proposedAreas: ReturnType<typeof extractNeeds>['areas'];
  chosenAreas: TArea[];
  businessId: string | null;
  /** "Attenzione a": the published warnings the text speaks of, shown on the thank-you page and mailed. */
  warnings: TRequestWarning[];
}

/**
 * Stores an ascolto: what the system read in the text (computed here, never taken
 * from the client), what the person chose, how to reach them and their consent.
 * Routed to the sportello of the comune. A signed-in person gets their business
 * created (or linked). Sending twice with the same key stores it once.
 */
export async function submitIntake(db: TDb, input: TIntakeInput, idempotencyKey: string, actorUserId: string | null) {
  if (input.consent.version !== CONSENT_VERSION) throw new AppError('intake.consent_outdated', 422, [{ field: 'consent', message: CONSENT_VERSION }]);
  const proposed = extractNeeds(input.text).areas;
  const division = input.atecoDivision ?? PLAIN_SECTORS.find((s) => s.id === input.sectorId)?.division ?? null;

  return withIdempotency(db, 'intake', idempotencyKey, { input, actorUserId }, async (tx): Promise<TIntakeResult> => {
    const [place] = await tx.select({ provinceCode: comune.provinceCode }).from(comune).where(eq(comune.istat, input.comuneIstat));
    if (!place) throw new AppError('geo.comune_not_found', 422, [{ field: 'comuneIstat', message: input.comuneIstat }]);
    const coverage = await tx.select().from(sportelloProvince).where(eq(sportelloProvince.provinceCode, place.provinceCode));
    const sportelloId = routeToSportello(place.provinceCode, coverage) ?? null;

    let businessId: string | null = null;
    if (actorUserId) {
      const [created] = await tx
        .insert(business)
        .values({ name: input.businessName || defaultBusinessName(input.locale), comuneIstat: input.comuneIstat, sportelloId, atecoDivision: division, employees: input.employees ?? null })
        .returning({ id: business.id });
      businessId = created!.id;
      await tx.insert(businessMember).values({ businessId, userId: actorUserId });
    }

    const contact = input.contact;
    const [row] = await tx
      .insert(intakeRequest)
      .values({
        sportelloId,
        comuneIstat: input.comuneIstat,
        sectorId: input.sectorId ?? null,
        atecoDivision: division,
        employees: input.employees ?? null,
        businessName: input.businessName ?? null,
        text: input.text,
        proposedAreas: proposed,
        chosenAreas: input.chosenAreas,
        contactKind: contact.kind,
        contactName: contact.kind === 'callback' ? contact.name : null,
        contactEmail: contact.email ? contact.email.trim().toLowerCase() : null,
        contactPhone: contact.kind === 'callback' ? (contact.phone ?? null) : null,
        consentVersion: input.consent.version,
        consentAcceptedAt: new Date(),
        locale: input.locale,
        userId: actorUserId,
        businessId,
      })
      .returning({ id: intakeRequest.id });

    const [desk] = sportelloId
      ? await tx.select({ id: sportello.id, name: sportello.name, email: sportello.email, phone: sportello.phone }).from(sportello).where(eq(sportello.id, sportelloId))
      : [];
    const warnings = await warningsInText(tx, input.text, sportelloId);
    return { id: row!.id, sportello: desk ?? null, proposedAreas: proposed, chosenAreas: input.chosenAreas, businessId, warnings };
  });
}

export const defaultBusinessName = (locale: TLocale) => (locale === 'en' ? 'My business' : 'La mia impresa');
