import { z } from '@hono/zod-openapi';

const ZText = z.object({ it: z.string(), en: z.string() });
const ZScores = z.record(z.string(), z.number().nullable());

export const ZQuestionnaireView = z
  .object({
    version: z.string(),
    dontKnow: ZText,
    sections: z.array(z.object({ key: z.string(), kind: z.enum(['area', 'dimension']), title: ZText, why: ZText })),
    questions: z.array(
      z.object({ id: z.string(), section: z.string(), text: ZText, help: ZText.nullable(), options: z.array(z.object({ id: z.string(), text: ZText })) }),
    ),
  })
  .openapi('Questionnaire');

export const ZCheckupResult = z
  .object({
    version: z.string(),
    areas: ZScores,
    dimensions: ZScores,
    overall: z.number(),
    level: z.object({ step: z.number().int(), key: z.string(), name: ZText }),
    priorities: z.array(z.object({ section: z.string(), score: z.number().nullable(), reason: ZText })),
    answered: z.number().int(),
    dontKnow: z.number().int(),
    total: z.number().int(),
  })
  .openapi('CheckupResult');

export const ZAnswers = z.record(z.string().max(60), z.string().max(40)).refine((a) => Object.keys(a).length <= 200, { message: 'too_many' });

export const ZCheckup = z
  .object({ id: z.uuid(), businessId: z.uuid(), round: z.number().int(), version: z.string(), status: z.enum(['draft', 'submitted']), answers: ZAnswers, updatedAt: z.string() })
  .openapi('Checkup');

export const ZCheckupSummary = z.object({
  id: z.uuid(),
  round: z.number().int(),
  status: z.enum(['draft', 'submitted']),
  version: z.string(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  overall: z.number().nullable(),
  level: ZCheckupResult.shape.level.nullable(),
});

export const ZSaveAnswers = z.strictObject({ answers: ZAnswers }).openapi('SaveAnswers');
export const ZSubmit = z.strictObject({ answers: ZAnswers.optional() }).openapi('SubmitCheckup');

export const ZReport = z
  .object({
    checkup: z.object({ id: z.uuid(), round: z.number().int(), version: z.string(), submittedAt: z.string() }),
    business: z.object({ id: z.uuid(), name: z.string() }),
    result: ZCheckupResult,
    previous: z.object({ id: z.uuid(), round: z.number().int(), submittedAt: z.string(), result: ZCheckupResult }).nullable(),
    deltas: z.object({ sections: ZScores, overall: z.number(), isSameVersion: z.boolean() }).nullable(),
    peers: z.object({ n: z.number().int(), sections: ZScores, overallMedian: z.number() }).nullable(),
    peerGroup: z.object({ atecoDivision: z.string().nullable(), regionName: z.string().nullable() }),
    pdfUrl: z.string(),
    /** In the order of result.priorities: the lessons to start from, each a page at /lezioni/{slug}. */
    priorityLessons: z.array(
      z.object({
        section: z.string(),
        lessons: z.array(z.object({ slug: z.string(), language: z.enum(['it', 'en']), title: z.string(), summary: z.string(), minutes: z.number().int(), level: z.enum(['first_steps', 'on_the_way', 'advanced']) })),
      }),
    ),
  })
  .openapi('CheckupReport');

export const ZPdfQuery = z.object({ lang: z.enum(['it', 'en']).optional().openapi({ param: { name: 'lang', in: 'query' } }) });
