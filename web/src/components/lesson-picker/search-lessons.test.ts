import { describe, expect, it } from 'vitest';
import { looksLikeAddress } from './search-lessons';

describe('the lesson picker', () => {
  it('tells a pasted web address from words to search', () => {
    expect(looksLikeAddress('https://www.example.org/listino.xlsx')).toBe(true);
    expect(looksLikeAddress('  HTTP://example.org ')).toBe(true);
    expect(looksLikeAddress('mappe google')).toBe(false);
    expect(looksLikeAddress('fatti-trovare-sulle-mappe')).toBe(false);
  });
});
