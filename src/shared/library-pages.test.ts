import { describe, expect, it } from 'vitest';
import { lessonAt, lessonPagePath, libraryApiPath, readLibraryQuery } from './library-pages.js';

describe('library page addresses', () => {
  it('tells a lesson page from the library’s other pages, with its language in the path', () => {
    expect(lessonAt('/lezioni/vendi-il-tuo-latte')).toEqual({ slug: 'vendi-il-tuo-latte', language: 'it' });
    expect(lessonAt('/lezioni/en/vendi-il-tuo-latte/')).toEqual({ slug: 'vendi-il-tuo-latte', language: 'en' });
    for (const other of ['/lezioni', '/lezioni/scrivi', '/lezioni/mie', '/lezioni/revisione', '/lezioni/en', '/lezioni/modifica/3', '/lezioni/Vendi', '/lezioni/a--b']) expect(lessonAt(other), other).toBeNull();
    expect(lessonPagePath('vendi-il-tuo-latte', 'en')).toBe('/lezioni/en/vendi-il-tuo-latte');
  });

  it('reads the search from the page address, dropping values it does not know, and asks the API the same way every time', () => {
    const query = readLibraryQuery(new URLSearchParams('q=+intelligenza artificale+&area=automation_ai&livello=advanced&tipo=podcast'));
    expect(query).toEqual({ q: 'intelligenza artificale', area: 'automation_ai', level: 'advanced', kind: null, language: 'it' });
    expect(libraryApiPath(query)).toBe('/api/lessons?q=intelligenza+artificale&language=it&limit=50&area=automation_ai&level=advanced');
    expect(libraryApiPath(readLibraryQuery(new URLSearchParams('area=cucina&lingua=en&tipo=video')))).toBe('/api/lessons?language=en&limit=50&kind=video');
  });
});
