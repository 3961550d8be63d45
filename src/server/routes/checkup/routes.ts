import { z } from '@hono/zod-openapi';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire, type TAnswers } from '../../../domain/checkup/questionnaire.js';
import { authorize } from '../../../policy/index.js';
import { getCheckupReport } from '../../../services/checkup/checkup-report.js';
import { listCheckups, loadCheckup, saveAnswers, startCheckup, submitCheckup, type TCheckupRow } from '../../../services/checkup/checkups.js';
import { reportPdfModel } from '../../../services/checkup/report-pdf-model.js';
import { renderReportPdf } from '../../../services/checkup/render-report-pdf.js';
import { getBusiness } from '../../../services/network/businesses.js';
import { AppError } from '../../../shared/errors.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZUuidParam } from '../network/schema.js';
import { ZCheckup, ZCheckupResult, ZCheckupSummary, ZPdfQuery, ZQuestionnaireView, ZReport, ZSaveAnswers, ZSubmit } from './schema.js';
import { presentQuestionnaire } from './present-questionnaire.js';

const tags = ['check-up'];
const asBusiness = (businessId: string, sportelloId: string | null) => ({ type: 'business' as const, businessId, sportelloId });

const questionnaireRoute = defineRoute({
  method: 'get',
  path: '/checkup/questionnaire',
  tags,
  summary: 'The current check-up questionnaire (versioned data)',
  permission: 'public',
  responses: { 200: json(ZQuestionnaireView) },
});

const listRoute = defineRoute({
  method: 'get',
  path: '/businesses/{id}/checkups',
  tags,
  summary: "A business's check-ups, newest first",
  permission: 'checkup.read',
  request: { params: ZUuidParam },
  responses: { 200: json(z.object({ items: z.array(ZCheckupSummary) })), 401: problemResponses[401], 404: problemResponses[404] },
});

const startRoute = defineRoute({
  method: 'post',
  path: '/businesses/{id}/checkups',
  tags,
  summary: 'Open (or resume) a check-up: the first is T0, later ones re-takes',
  permission: 'checkup.write',
  request: { params: ZUuidParam },
  responses: { 200: json(ZCheckup), 401: problemResponses[401], 404: problemResponses[404] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/checkups/{id}',
  tags,
  summary: 'A check-up with its answers so far',
  permission: 'checkup.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZCheckup), 401: problemResponses[401], 404: problemResponses[404] },
});

const answersRoute = defineRoute({
  method: 'put',
  path: '/checkups/{id}/answers',
  tags,
  summary: 'Save some answers (merged); resumable from any device',
  permission: 'checkup.write',
  request: { params: ZUuidParam, ...jsonBody(ZSaveAnswers) },
  responses: { 200: json(ZCheckup), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const submitRoute = defineRoute({
  method: 'post',
  path: '/checkups/{id}/submit',
  tags,
  summary: 'Finish: every question answered (or "non so"), scored and stored',
  permission: 'checkup.write',
  request: { params: ZUuidParam, body: { required: false, content: { 'application/json': { schema: ZSubmit } } } },
  responses: { 200: json(ZReport), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const reportRoute = defineRoute({
  method: 'get',
  path: '/checkups/{id}/report',
  tags,
  summary: 'The report: scores, level, priorities, change since last time, similar businesses',
  permission: 'checkup.read',
  request: { params: ZUuidParam },
  responses: { 200: json(ZReport), 401: problemResponses[401], 404: problemResponses[404] },
});

const pdfRoute = defineRoute({
  method: 'get',
  path: '/checkups/{id}/report.pdf',
  tags,
  summary: 'The report as a PDF that reads on a phone',
  permission: 'checkup.read',
  request: { params: ZUuidParam, query: ZPdfQuery },
  responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, 401: problemResponses[401], 404: problemResponses[404] },
});

function presentCheckup(row: TCheckupRow): z.infer<typeof ZCheckup> {
  return { id: row.id, businessId: row.businessId, round: row.round, version: row.questionnaireVersion, status: row.status, answers: row.answers as TAnswers, updatedAt: row.updatedAt.toISOString() };
}

type TResult = z.infer<typeof ZCheckupResult>;

export function checkupRoutes() {
  return createRouter()
    .openapi(questionnaireRoute, (c) => c.json(presentQuestionnaire(getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)!), 200))
    .openapi(listRoute, async (c) => {
      const { db } = c.get('deps');
      const found = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'checkup.read', asBusiness(found.id, found.sportelloId));
      const rows = await listCheckups(db, found.id);
      return c.json(
        {
          items: rows.map((r) => {
            const result = r.result as TResult | null;
            return {
              id: r.id,
              round: r.round,
              status: r.status,
              version: r.questionnaireVersion,
              createdAt: r.createdAt.toISOString(),
              submittedAt: r.submittedAt?.toISOString() ?? null,
              overall: result?.overall ?? null,
              level: result?.level ?? null,
            };
          }),
        },
        200,
      );
    })
    .openapi(startRoute, async (c) => {
      const { db } = c.get('deps');
      const found = await getBusiness(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'checkup.write', asBusiness(found.id, found.sportelloId), { hiddenUnless: 'checkup.read' });
      return c.json(presentCheckup(await startCheckup(db, found.id, c.get('actor')!.userId)), 200);
    })
    .openapi(getRoute, async (c) => {
      const { checkup, sportelloId } = await loadCheckup(c.get('deps').db, c.req.valid('param').id);
      authorize(c.get('actor'), 'checkup.read', asBusiness(checkup.businessId, sportelloId));
      return c.json(presentCheckup(checkup), 200);
    })
    .openapi(answersRoute, async (c) => {
      const { db } = c.get('deps');
      const { checkup, sportelloId } = await loadCheckup(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'checkup.write', asBusiness(checkup.businessId, sportelloId), { hiddenUnless: 'checkup.read' });
      return c.json(presentCheckup(await saveAnswers(db, checkup.id, c.req.valid('json').answers)), 200);
    })
    .openapi(submitRoute, async (c) => {
      const { db } = c.get('deps');
      const { checkup, sportelloId } = await loadCheckup(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'checkup.write', asBusiness(checkup.businessId, sportelloId), { hiddenUnless: 'checkup.read' });
      const body = (c.req.header('content-type')?.includes('application/json') ? c.req.valid('json') : undefined) ?? {};
      await submitCheckup(db, checkup.id, body.answers ?? {});
      return c.json((await getCheckupReport(db, checkup.id, c.get('locale'))) as z.infer<typeof ZReport>, 200);
    })
    .openapi(reportRoute, async (c) => {
      const { db } = c.get('deps');
      const { checkup, sportelloId } = await loadCheckup(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'checkup.read', asBusiness(checkup.businessId, sportelloId));
      return c.json((await getCheckupReport(db, checkup.id, c.get('locale'))) as z.infer<typeof ZReport>, 200);
    })
    .openapi(pdfRoute, async (c) => {
      const { db } = c.get('deps');
      const { checkup, sportelloId } = await loadCheckup(db, c.req.valid('param').id);
      authorize(c.get('actor'), 'checkup.read', asBusiness(checkup.businessId, sportelloId));
      if (checkup.status !== 'submitted') throw new AppError('checkup.not_submitted', 409);
      const locale = c.req.valid('query').lang ?? c.get('locale');
      const pdf = await renderReportPdf(reportPdfModel(await getCheckupReport(db, checkup.id, locale), locale, c.get('deps').config.baseUrl));
      return c.body(new Uint8Array(pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="check-up-${checkup.round}.pdf"`,
        'cache-control': 'private, no-store',
      });
    });
}
