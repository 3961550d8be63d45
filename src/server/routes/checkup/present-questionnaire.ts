import type { TQuestionnaire } from '../../../domain/checkup/questionnaire.js';

/** The questionnaire as the web reads it: texts and option ids, never the points behind them. */
export function presentQuestionnaire(q: TQuestionnaire) {
  return {
    version: q.version,
    dontKnow: q.dontKnow,
    sections: q.sections.map(({ key, kind, title, why }) => ({ key, kind, title, why })),
    questions: q.questions.map((question) => ({
      id: question.id,
      section: question.section,
      text: question.text,
      help: question.help ?? null,
      options: question.options.map(({ id, text }) => ({ id, text })),
    })),
  };
}
