import { describe, expect, it } from 'vitest';
import { minutesToRead, missingLessonParts } from './lesson-shape.js';

describe('missingLessonParts', () => {
  it('accepts the four parts in order, whatever the case, accents or apostrophe', () => {
    expect(missingLessonParts("## Un esempio\nx\n## L’idea\nx\n## IL METODO\nx\n## Prova subito\nx", 'it')).toEqual([]);
    expect(missingLessonParts('## An example\n## The idea\n## The method\n## Try it now', 'en')).toEqual([]);
  });

  it('names the parts that are missing or out of order', () => {
    expect(missingLessonParts('## Un esempio\n## Prova subito', 'it')).toEqual(['idea', 'method']);
    expect(missingLessonParts("## Prova subito\n## Un esempio\n## L'idea\n## Il metodo", 'it')).toEqual(['try_now']);
    expect(missingLessonParts('# Un esempio', 'it')).toEqual(['example', 'idea', 'method', 'try_now']);
  });
});

describe('minutesToRead', () => {
  it('counts 180 words a minute, at least one', () => {
    expect(minutesToRead(10)).toBe(1);
    expect(minutesToRead(900)).toBe(5);
  });
});
