import { desc, eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, intakeRequest } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';

const columns = {
  id: intakeRequest.id,
  createdAt: intakeRequest.createdAt,
  sportelloId: intakeRequest.sportelloId,
  businessId: intakeRequest.businessId,
  comuneIstat: intakeRequest.comuneIstat,
  comuneName: comune.name,
  sectorId: intakeRequest.sectorId,
  atecoDivision: intakeRequest.atecoDivision,
  employees: intakeRequest.employees,
  businessName: intakeRequest.businessName,
  text: intakeRequest.text,
  proposedAreas: intakeRequest.proposedAreas,
  chosenAreas: intakeRequest.chosenAreas,
  contactKind: intakeRequest.contactKind,
  contactName: intakeRequest.contactName,
  contactEmail: intakeRequest.contactEmail,
  contactPhone: intakeRequest.contactPhone,
  consentVersion: intakeRequest.consentVersion,
  status: intakeRequest.status,
};

/** The ascolto requests routed to a sportello, newest first. */
export async function listIntakeRequests(db: TDb, sportelloId: string, limit = 200) {
  return db.select(columns).from(intakeRequest).innerJoin(comune, eq(comune.istat, intakeRequest.comuneIstat)).where(eq(intakeRequest.sportelloId, sportelloId)).orderBy(desc(intakeRequest.createdAt)).limit(limit);
}

export async function getIntakeRequest(db: TDb, id: string) {
  const [row] = await db.select(columns).from(intakeRequest).innerJoin(comune, eq(comune.istat, intakeRequest.comuneIstat)).where(eq(intakeRequest.id, id));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

/** The ascolto requests of one business (what it told us, over time). */
export async function listIntakeRequestsOfBusiness(db: TDb, businessId: string) {
  return db.select(columns).from(intakeRequest).innerJoin(comune, eq(comune.istat, intakeRequest.comuneIstat)).where(eq(intakeRequest.businessId, businessId)).orderBy(desc(intakeRequest.createdAt));
}
