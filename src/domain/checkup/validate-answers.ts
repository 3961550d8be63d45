import { DONT_KNOW, type TQuestionnaire } from './questionnaire.js';

export type TAnswerIssueCode =
  /** The answers name a question this version does not have. */
  | 'unknown_question'
  /** The answer is not one of the question's options, nor "non so" (or not a string at all). */
  | 'unknown_option'
  /** Final submission only: a question has no answer. "Non so" is an answer. */
  | 'missing';

export interface TAnswerIssue {
  questionId: string;
  code: TAnswerIssueCode;
}

/**
 * Checks answers against one questionnaire version. A draft may leave questions out;
 * a final submission (`isFinal`) needs every one, "non so" included. Issues come in
 * questionnaire order, then unknown questions in the order the answers list them.
 * Takes `unknown` values because answers arrive from clients and stored JSON.
 *
 * @example
 *   validateAnswers(q, { 'com-website': 'z', 'xyz': 'a' }, { isFinal: false })
 *   // [{ questionId: 'com-website', code: 'unknown_option' }, { questionId: 'xyz', code: 'unknown_question' }]
 */
export function validateAnswers(
  q: TQuestionnaire,
  answers: Readonly<Record<string, unknown>>,
  { isFinal }: { isFinal: boolean },
): TAnswerIssue[] {
  const issues: TAnswerIssue[] = [];
  const known = new Set<string>();
  for (const question of q.questions) {
    known.add(question.id);
    const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (value === undefined) {
      if (isFinal) issues.push({ questionId: question.id, code: 'missing' });
      continue;
    }
    if (value === DONT_KNOW) continue;
    if (typeof value !== 'string' || !question.options.some((o) => o.id === value)) {
      issues.push({ questionId: question.id, code: 'unknown_option' });
    }
  }
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) issues.push({ questionId: id, code: 'unknown_question' });
  }
  return issues;
}
