import { describe, expect, it } from 'vitest';
import { slugify } from './slug.js';

describe('slugify', () => {
  it('drops accents and joins words with dashes', () => {
    expect(slugify('Sportello di Forlì')).toBe('sportello-di-forli');
    expect(slugify("  L'Aquila & Dintorni!  ")).toBe('l-aquila-dintorni');
  });
});
