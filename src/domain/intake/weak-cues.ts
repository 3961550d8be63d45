import type { TArea } from './areas.js';
import type { TToken } from './normalize-text.js';
import { normalizeText } from './normalize-text.js';
import { PLAIN_SECTORS } from './sectors.js';

/**
 * Weak cues: the fallback for a statement in which no word of the lexicon is found.
 *
 * "Vorrei fare qualcosa per la mia bottega ma non so" names no area, yet the person is
 * asking about direction; showing nothing would leave them facing an empty list. These cues
 * are generic (a business noun, a wish, "non", a doubt), so they only give an ordering of
 * likely areas, never a reading: `extractNeeds` uses them only when nothing else matched and
 * nothing was denied, and caps their scores low (see `WEAK_MAX_SCORE` there).
 *
 * Words are matched as written (after folding), not by stem: they are common words whose
 * stems gather too much.
 */
type TWeights = Partial<Record<TArea, number>>;

const CUES = new Map<string, TWeights>();

function cue(weights: TWeights, ...words: string[]): void {
  for (const word of words) CUES.set(normalizeText(word), weights);
}

// The business itself: whoever names it is, at bottom, asking where it goes and who buys.
const BUSINESS: TWeights = { strategy: 0.3, marketing: 0.2 };
cue(BUSINESS, 'azienda', 'aziende', 'attività', 'ditta', 'impresa', 'imprese', 'lavoro', 'lavori', 'lavoriamo', 'settore', 'bottega', 'negozio', 'locale', 'laboratorio', 'officina', 'studio', 'prodotti', 'prodotto', 'merce', 'roba', 'affari', 'business');
// Sector words ("bar", "panificio", "vigneto"), as listed for the sector picker.
for (const sector of PLAIN_SECTORS) {
  for (const keyword of sector.keywords) if (!keyword.includes(' ')) CUES.set(normalizeText(keyword), BUSINESS);
}
// A wish: something new or a new direction.
cue({ strategy: 0.25, innovation: 0.2 }, 'vorrei', 'vorremmo', 'voglio', 'vogliamo', 'piacerebbe', 'sogno', 'pensavo', 'pensando', 'pensiamo', 'cambiare');
// A doubt or a call for help: direction first.
cue({ strategy: 0.3 }, 'capire', 'sapere', 'aiuto', 'aiutare', 'consiglio', 'consigli', 'dubbio', 'so', 'sappiamo', 'boh', 'futuro');
// Trouble without a name: direction, then money.
cue({ strategy: 0.2, finance: 0.1 }, 'non', 'nn', 'nessuno', 'niente', 'nulla', 'mai', 'difficile', 'difficolta', 'fatica', 'dura', 'male', 'peggio', 'problema', 'problemi');
// Fewer people, less of everything: selling.
cue({ marketing: 0.2, finance: 0.1 }, 'pochi', 'poche', 'poco', 'meno', 'vuoto', 'vuota', 'fermo', 'ferma');

export interface TWeakReading {
  raw: Map<TArea, number>;
  evidence: Map<TArea, string[]>;
}

/**
 * Sums the weak cues of a statement per area, with the words that gave them as written.
 *
 * @example
 *   weakCues(tokenize('Vorrei fare qualcosa per la mia bottega')).raw.get('strategy') // 0.55
 */
export function weakCues(tokens: readonly TToken[]): TWeakReading {
  const raw = new Map<TArea, number>();
  const evidence = new Map<TArea, string[]>();
  for (const token of tokens) {
    const weights = CUES.get(token.norm);
    if (!weights) continue;
    for (const [area, weight] of Object.entries(weights) as [TArea, number][]) {
      raw.set(area, (raw.get(area) ?? 0) + weight);
      const list = evidence.get(area) ?? [];
      if (!list.some((e) => e.toLowerCase() === token.raw.toLowerCase())) list.push(token.raw);
      evidence.set(area, list);
    }
  }
  return { raw, evidence };
}
