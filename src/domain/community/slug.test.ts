import { describe, expect, it } from 'vitest';
import { slugFromTitle } from './slug.js';

describe('slugFromTitle', () => {
  it('folds accents and punctuation into dashes, with the suffix', () => {
    expect(slugFromTitle('Perché il mio negozio non compare su Google?', 'x7k2')).toBe('perche-il-mio-negozio-non-compare-su-google-x7k2');
  });
  it('cuts a long title at a word boundary', () => {
    const slug = slugFromTitle('Come faccio a vendere online i formaggi della mia latteria senza spendere troppo in spedizioni e imballaggi', 'ab12');
    expect(slug.length).toBeLessThanOrEqual(65);
    expect(slug).toMatch(/^come-faccio-a-vendere-online-[a-z0-9-]+-ab12$/);
    expect(slug).not.toMatch(/--/);
  });
  it('gives a title of symbols an address all the same', () => {
    expect(slugFromTitle('??? !!!', 'zz99')).toBe('discussione-zz99');
  });
});
