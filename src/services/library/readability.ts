// Readability is pure domain logic; the command line and the server reach it here.
export { computeGulpease } from '../../domain/library/gulpease.js';
export { analyseReadability, GULPEASE_FLOOR, LESSON_LEVELS, type TLessonLevel, type TReadabilityReport } from '../../domain/library/readability.js';
