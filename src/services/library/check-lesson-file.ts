import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { GULPEASE_FLOOR, LESSON_LEVELS, analyseReadability, type TLessonLevel } from '../../domain/library/readability.js';
import { LESSON_PART_HEADINGS, minutesToRead, missingLessonParts } from '../../domain/library/lesson-shape.js';
import { slugify } from '../../shared/slug.js';
import { AREAS } from '../../shared/areas.js';
import { MAX_MARKDOWN_CHARS, renderMarkdown } from './render-markdown.js';

// Authors may write the level in Italian, as they say it.
const LEVEL_WORDS: Record<string, TLessonLevel> = { 'primi passi': 'first_steps', 'in cammino': 'on_the_way', avanzato: 'advanced' };

export const ZLessonFrontMatter = z.strictObject({
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(300),
  areas: z.array(z.enum(AREAS)).min(1).max(3),
  level: z.preprocess((v) => (typeof v === 'string' ? (LEVEL_WORDS[v.trim().toLowerCase()] ?? v) : v), z.enum(LESSON_LEVELS)),
  language: z.enum(['it', 'en']).default('it'),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80).optional(),
  translationOf: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80).optional(),
});
export type TLessonFrontMatter = z.infer<typeof ZLessonFrontMatter>;

export interface TLessonProblem {
  code: 'lesson.front_matter' | 'lesson.too_long' | 'lesson.missing_part' | 'lesson.raw_html' | 'readability.too_hard' | 'readability.empty';
  field?: string;
  message: string;
}

export interface TLessonCheck {
  gulpease: number | null;
  floor: number | null;
  publishable: boolean;
  problems: TLessonProblem[];
  html: string;
  meta: TLessonFrontMatter | null;
  minutes: number | null;
}

/** A lesson file: YAML front matter between two `---` lines, then the Markdown body. */
export function splitFrontMatter(text: string): { front: string | null; body: string } {
  const m = text.replace(/^\uFEFF/, '').match(/^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/);
  return m ? { front: m[1]!, body: m[2]! } : { front: null, body: text };
}

/**
 * What `affianco lessons check` prints for a lesson file: readability against the
 * level's floor, the parts of the lesson's shape, the front matter, and the HTML as
 * it would be published. Problems say what to fix, in Italian (the authors' language).
 * The lesson's address is its `slug`, else `defaultSlug` (a file's name), else made from the title.
 *
 * @example checkLessonFile('---\ntitle: Vendi il tuo latte\n…\n---\n## Un esempio\n…').publishable
 */
export function checkLessonFile(text: string, options: { defaultSlug?: string } = {}): TLessonCheck {
  const problems: TLessonProblem[] = [];
  const { front, body } = splitFrontMatter(text);
  let meta: TLessonFrontMatter | null = null;
  if (front === null) {
    problems.push({ code: 'lesson.front_matter', message: 'Manca l’intestazione tra due righe "---" (title, summary, areas, level, language).' });
  } else {
    let raw: unknown;
    try {
      raw = parseYaml(front);
    } catch (err) {
      problems.push({ code: 'lesson.front_matter', message: `L’intestazione non si legge: ${(err as Error).message.split('\n')[0]}` });
    }
    if (raw !== undefined) {
      const parsed = ZLessonFrontMatter.safeParse(raw);
      if (parsed.success) meta = { ...parsed.data, slug: parsed.data.slug ?? options.defaultSlug ?? slugify(parsed.data.title, 80).replace(/-+$/, '') };
      else for (const issue of parsed.error.issues) problems.push({ code: 'lesson.front_matter', field: issue.path.join('.') || '_', message: issue.message });
    }
  }
  if (body.length > MAX_MARKDOWN_CHARS) {
    problems.push({ code: 'lesson.too_long', message: `La lezione è troppo lunga: al massimo ${MAX_MARKDOWN_CHARS} caratteri, questa ne ha ${body.length}. Dividila in due.` });
    return { gulpease: null, floor: meta ? GULPEASE_FLOOR[meta.level] : null, publishable: false, problems, html: '', meta, minutes: null };
  }
  if (/<\/?[a-z][^>]*>/i.test(body)) {
    problems.push({ code: 'lesson.raw_html', message: 'Il codice HTML non è ammesso: sarà mostrato come testo. Usa il Markdown.' });
  }
  const locale = meta?.language ?? 'it';
  for (const part of missingLessonParts(body, locale)) {
    problems.push({ code: 'lesson.missing_part', field: part, message: `Manca la parte "## ${LESSON_PART_HEADINGS[locale][part]}" (nell’ordine: esempio, idea, metodo, prova subito).` });
  }
  const report = analyseReadability(body, meta?.level ?? 'first_steps');
  for (const code of report.problems) {
    problems.push(
      code === 'readability.empty'
        ? { code, message: 'La lezione non ha testo.' }
        : { code, message: `Indice Gulpease ${report.gulpease}: serve almeno ${report.floor} per questo livello. Accorcia le frasi lunghe e usa parole più semplici.` },
    );
  }
  return {
    gulpease: report.gulpease,
    floor: meta ? report.floor : null,
    publishable: problems.length === 0,
    problems,
    html: renderMarkdown(body),
    meta,
    minutes: report.words ? minutesToRead(report.words) : null,
  };
}
