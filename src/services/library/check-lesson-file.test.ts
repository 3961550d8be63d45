import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/processes.js';
import { checkLessonFile, splitFrontMatter } from './check-lesson-file.js';

const example = fs.readFileSync(path.join(ROOT, 'docs/examples/lesson-vendi-il-tuo-latte.md'), 'utf8');
const front = '---\ntitle: Fatti trovare su Google\nsummary: Chi cerca un negozio come il tuo deve trovarti. Ecco come.\nareas: [communication]\nlevel: first_steps\n---\n';
const shape = '## Un esempio\nAnna ha un negozio.\n\n## L\'idea\nChi ti cerca ti deve trovare.\n\n## Il metodo\nScrivi dove sei e quando apri.\n\n## Prova subito\nCerca il tuo negozio sul telefono.\n';

describe('checkLessonFile', () => {
  it('publishes the example lesson: plain, in shape, with its HTML', () => {
    const r = checkLessonFile(example);
    expect(r.problems).toEqual([]);
    expect(r.publishable).toBe(true);
    expect(r.floor).toBe(60);
    expect(r.gulpease!).toBeGreaterThanOrEqual(60);
    expect(r.meta).toMatchObject({ level: 'first_steps', areas: ['marketing', 'strategy'], language: 'it', slug: 'vendi-il-tuo-latte-fai-tu-il-prezzo' });
    expect(r.html).toContain('<h2>Prova subito</h2>');
  });

  it('refuses a lesson under its floor, with the index and the floor in the reason', () => {
    const hard = "L'implementazione di strategie di internazionalizzazione finalizzate all'ottimizzazione della competitività aziendale presuppone un'attenta pianificazione delle risorse organizzative e finanziarie disponibili nell'ambito del perimetro operativo.";
    const r = checkLessonFile(front + shape.replace('Anna ha un negozio.', hard).replace('Chi ti cerca ti deve trovare.', hard).replace('Scrivi dove sei e quando apri.', hard));
    expect(r.publishable).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['readability.too_hard']);
    expect(r.problems[0]!.message).toContain('serve almeno 60');
  });

  it('names the missing parts of the shape and the wrong front matter fields', () => {
    const r = checkLessonFile('---\ntitle: X\nsummary: Breve ma non troppo.\nareas: [cooking]\nlevel: esperto\n---\n## Un esempio\nAnna ha un negozio.');
    expect(r.publishable).toBe(false);
    expect(r.problems.filter((p) => p.code === 'lesson.front_matter').map((p) => p.field)).toEqual(['title', 'areas.0', 'level']);
    expect(r.problems.filter((p) => p.code === 'lesson.missing_part').map((p) => p.field)).toEqual(['idea', 'method', 'try_now']);
  });

  it('neutralises raw HTML and dangerous links, and says so', () => {
    const r = checkLessonFile(front + shape + '\n<script>alert(1)</script>\n\n[premi](javascript:alert(1)) <img src=x onerror=alert(1)>\n');
    expect(r.html).not.toMatch(/<script|<img|href="javascript/i);
    expect(r.problems.map((p) => p.code)).toContain('lesson.raw_html');
    expect(r.publishable).toBe(false);
  });

  it('refuses a 1 MB lesson without rendering it', () => {
    const r = checkLessonFile(front + shape + 'Il latte costa poco. '.repeat(50_000));
    expect(r.problems.map((p) => p.code)).toEqual(['lesson.too_long']);
    expect(r.html).toBe('');
  });

  it('asks for front matter when there is none, and reads a broken one as a problem', () => {
    expect(checkLessonFile(shape).problems[0]!.code).toBe('lesson.front_matter');
    expect(checkLessonFile('---\ntitle: [unclosed\n---\n' + shape).problems[0]!.code).toBe('lesson.front_matter');
  });
});

describe('splitFrontMatter', () => {
  it('splits at the two --- lines, with or without a byte-order mark and CRLF', () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: a\r\n---\r\nbody')).toEqual({ front: 'title: a', body: 'body' });
    expect(splitFrontMatter('no front')).toEqual({ front: null, body: 'no front' });
  });
});
