import { describe, expect, it } from 'vitest';
import { DEMO_WARNINGS } from './demo-warnings.js';
import { cleanCues, detectTraps } from './detect.js';

const traps = DEMO_WARNINGS.map(({ slug, cues }) => ({ slug, cues }));
const slugs = (text: string) => detectTraps(text, traps).map((h) => h.slug);
const one = (text: string, slug: string) => detectTraps(text, traps).find((h) => h.slug === slug);

describe('detectTraps on what people write in the ascolto', () => {
  it('finds the POS contract and says it is signed, quoting the words', () => {
    const hit = one('Due anni fa mi hanno fatto firmare il contratto del POS per 48 mesi e adesso pago un canone che non finisce mai.', 'contratto-pos-48-mesi');
    expect(hit?.stage).toBe('signed');
    expect(hit?.cues).toEqual(expect.arrayContaining(['contratto pos', '48 mesi']));
    expect(hit?.evidence[0]).toContain('contratto del POS per 48 mesi');
  });

  it('reads "non ho firmato nessun contratto del POS" as not signed, and still warns before signing', () => {
    const hit = one('Non ho firmato nessun contratto del POS, ma la banca me ne propone uno.', 'contratto-pos-48-mesi');
    expect(hit).toBeDefined();
    expect(hit?.stage).toBe('before');
  });

  it('finds the 99 euro site and the promised first place on Google, as an offer still open', () => {
    const hit = one('Mi ha chiamato uno che mi propone un sito a 99 euro e dice che mi mette primo su Google.', 'sito-a-99-euro-primo-su-google');
    expect(hit?.stage).toBe('before');
    expect(hit?.cues).toEqual(expect.arrayContaining(['sito 99 euro', 'primo su google']));
  });

  it('matches across plurals and capitals: "Contratti del Pos"', () => {
    expect(slugs('I CONTRATTI DEL POS mi sembrano tutti uguali')).toContain('contratto-pos-48-mesi');
  });

  it('finds the locked-in management software from "non riesco a esportare i dati"', () => {
    const hit = one('Il gestionale del negozio è lento e non riesco a esportare i dati dei clienti per cambiare.', 'gestionale-senza-esportazione');
    expect(hit?.evidence[0]).toContain('esportare i dati');
  });

  it('finds bought reviews, signed when the person already paid for them', () => {
    const hit = one('Un anno fa ho comprato un pacchetto di recensioni, poi Google me le ha cancellate.', 'recensioni-comprate');
    expect(hit?.stage).toBe('signed');
  });

  it('finds hidden costs in a quote', () => {
    expect(slugs('Il preventivo sembrava basso ma poi sono arrivati i costi nascosti: assistenza, rinnovo, formazione.')).toEqual(['preventivo-costi-nascosti']);
  });

  it('finds the custom app nobody updates', () => {
    const hit = one("Ci siamo fatti fare un'app su misura per le prenotazioni, ora la ditta è chiusa e l'app non funziona più.", 'app-su-misura-senza-aggiornamenti');
    expect(hit?.cues).toEqual(expect.arrayContaining(['app su misura', 'app non funziona']));
  });

  it('drops a cue the person says they do not want: "non mi interessa il sito a 99 euro"', () => {
    expect(slugs('Non mi interessa il sito a 99 euro, vorrei solo capire i conti.')).not.toContain('sito-a-99-euro-primo-su-google');
  });

  it('finds nothing in a statement about something else', () => {
    expect(slugs('Ho un forno a Lodi, i clienti sono sempre meno e non so come farmi conoscere.')).toEqual([]);
    expect(slugs('')).toEqual([]);
  });

  it('does not read a cue out of words far apart ("contratto" here, "POS" two sentences later)', () => {
    expect(detectTraps('Ho un contratto di affitto del locale che scade a giugno. Per il resto, uso la cassa e un vecchio POS.', [{ slug: 'x', cues: ['contratto pos'] }])).toEqual([]);
  });

  it('puts the warning with more cues first, and finds two traps in one text', () => {
    const hits = detectTraps('Ho firmato il noleggio del POS per 48 mesi con commissioni POS alte. Ho anche un preventivo con costi nascosti.', traps);
    expect(hits.map((h) => h.slug)).toEqual(['contratto-pos-48-mesi', 'preventivo-costi-nascosti']);
    expect(hits[0]!.stage).toBe('signed');
  });

  it('keeps the evidence short and at most three quotes', () => {
    const text = Array.from({ length: 5 }, (_, i) => `Il contratto del POS numero ${i} mi costa tanto.`).join(' ');
    const hit = one(text, 'contratto-pos-48-mesi');
    expect(hit?.evidence).toHaveLength(3);
    expect(hit?.evidence.every((e) => e.length <= 160)).toBe(true);
  });
});

describe('cleanCues', () => {
  it('trims, squeezes spaces and drops empty and repeated cues (after folding and stemming)', () => {
    expect(cleanCues(['  contratto   pos ', 'Contratti POS', '', '48 mesi'])).toEqual(['contratto pos', '48 mesi']);
  });
});
