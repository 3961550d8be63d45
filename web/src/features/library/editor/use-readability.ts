import { useEffect, useState } from 'react';
import { LESSON_PARTS, LESSON_PART_HEADINGS, missingLessonParts, minutesToRead, type TLessonPart } from '../../../../../src/domain/library/lesson-shape';
import { analyseReadability, type TReadabilityReport } from '../../../../../src/domain/library/readability';
import type { TLessonLanguage, TLessonLevel } from '../api/authoring';

export type TLiveCheck = { report: TReadabilityReport; minutes: number; parts: { part: TLessonPart; heading: string; isPresent: boolean }[] };

/**
 * What the author sees while writing, from the same functions the server publishes with.
 * @example checkLessonText(body, 'first_steps', 'it').report.gulpease
 */
export function checkLessonText(body: string, level: TLessonLevel, language: TLessonLanguage): TLiveCheck {
  const report = analyseReadability(body, level);
  const missing = new Set(missingLessonParts(body, language));
  return {
    report,
    minutes: minutesToRead(report.words),
    parts: LESSON_PARTS.map((part) => ({ part, heading: LESSON_PART_HEADINGS[language][part], isPresent: !missing.has(part) })),
  };
}

/**
 * The live check of the body, computed again a moment after the author stops typing: a long
 * lesson takes a few milliseconds a pass, and every keystroke need not pay for it.
 * @example const check = useLiveCheck(body, 'first_steps', 'it', 300);
 */
export function useLiveCheck(body: string, level: TLessonLevel, language: TLessonLanguage, delayMs = 300): TLiveCheck {
  const [check, setCheck] = useState(() => checkLessonText(body, level, language));
  useEffect(() => {
    const timer = window.setTimeout(() => setCheck(checkLessonText(body, level, language)), delayMs);
    return () => window.clearTimeout(timer);
  }, [body, level, language, delayMs]);
  return check;
}

/**
 * A starting body with the four parts' headings, in the lesson's language.
 * @example emptyBody('it'); // '## Un esempio\n\n\n## L\'idea…'
 */
export function emptyBody(language: TLessonLanguage): string {
  return LESSON_PARTS.map((part) => `## ${LESSON_PART_HEADINGS[language][part]}\n\n`).join('\n');
}
