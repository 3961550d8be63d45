import { describe, expect, it } from 'vitest';
import { communityApiPath, communityPagePath, readCommunityQuery, threadAt } from './community-pages.js';

describe('community pages', () => {
  it('reads the list query from the address and writes it back', () => {
    const q = readCommunityQuery(new URLSearchParams('vista=unanswered&area=marketing&regione=16&q=google&pagina=2&settore=bar-ristorante'));
    expect(q).toEqual({ tab: 'unanswered', area: 'marketing', sector: 'bar-ristorante', region: '16', q: 'google', page: 2 });
    expect(communityPagePath(q)).toBe('/comunita?vista=unanswered&area=marketing&settore=bar-ristorante&regione=16&q=google&pagina=2');
    expect(communityApiPath(q)).toBe('/api/community/threads?tab=unanswered&area=marketing&sector=bar-ristorante&region=16&q=google&page=2');
  });
  it('drops unknown values', () => {
    expect(readCommunityQuery(new URLSearchParams('vista=boh&area=x&pagina=-3'))).toMatchObject({ tab: 'latest', area: null, page: 1 });
    expect(readCommunityQuery(new URLSearchParams('settore=non-esiste&regione=21'))).toMatchObject({ sector: null, region: null });
    expect(readCommunityQuery(new URLSearchParams('settore=&regione='))).toMatchObject({ sector: null, region: null });
  });
  it('tells a thread page from the new-thread page', () => {
    expect(threadAt('/comunita/come-faccio-a1b2c')).toEqual({ slug: 'come-faccio-a1b2c' });
    expect(threadAt('/comunita/nuova')).toBeNull();
    expect(threadAt('/comunita')).toBeNull();
  });
});
