import { describe, expect, it } from 'vitest';
import { contentHash, countImages, countLinks, isDuplicatePost } from './post-content.js';

describe('post content', () => {
  it('hashes the text regardless of case and spacing', () => {
    expect(contentHash('Ciao   a tutti\n')).toBe(contentHash('ciao a tutti'));
    expect(contentHash('Ciao a tutti')).not.toBe(contentHash('Ciao a tutte'));
  });
  it('counts Markdown links, bare addresses and mailto, not our own pages', () => {
    expect(countLinks('Vedi https://a.it, [b](http://b.it) e www.c.it')).toBe(3);
    expect(countLinks('[scrivimi](mailto:a@b.it)')).toBe(1);
    expect(countLinks('Leggi [la lezione](/lezioni/fatti-trovare)')).toBe(0);
  });
  it('counts images apart from links', () => {
    const md = '![foto](/api/community/images/1) ![altra](/api/community/images/2) https://a.it';
    expect(countImages(md)).toBe(2);
    expect(countLinks(md)).toBe(1);
  });
  it('sees the same post within five minutes as a duplicate, not later', () => {
    const now = new Date('2026-05-04T10:00:00Z');
    const h = contentHash('uguale');
    expect(isDuplicatePost(h, [{ contentHash: h, createdAt: new Date('2026-05-04T09:56:00Z') }], now)).toBe(true);
    expect(isDuplicatePost(h, [{ contentHash: h, createdAt: new Date('2026-05-04T09:54:00Z') }], now)).toBe(false);
  });
});
