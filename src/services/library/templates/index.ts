import type { TArea } from '../../../shared/areas.js';
import type { TTemplateKind } from '../check-template-file.js';
import { IL_MIO_PIANO_TITLE, buildIlMioPianoInUnaPagina } from './il-mio-piano-in-una-pagina.js';
import { CLIENTE_TIPO_TITLE, buildIlMioClienteTipo } from './il-mio-cliente-tipo.js';
import { LA_CASSA_TITLE, buildLaCassaDeiProssimi90Giorni } from './la-cassa-dei-prossimi-90-giorni.js';
import { PIANO_MARKETING_TITLE, buildPianoMarketingInUnaPagina } from './piano-marketing-in-una-pagina.js';
import { PRIMA_DI_FIRMARE_TITLE, buildPrimaDiFirmare } from './prima-di-firmare-le-10-domande.js';
import { QUANTO_MI_COSTA_TITLE, buildQuantoMiCostaDavvero } from './quanto-mi-costa-davvero.js';

export interface TTemplate {
  slug: string;
  /** The title in Italian, as printed on the file. */
  title: string;
  fileName: string;
  kind: TTemplateKind;
  /** The area of need (PRODUCT.md) the template serves first. */
  area: TArea;
  build(): Promise<Uint8Array>;
}

/**
 * The templates of Metodo Pop built by code: free to use (CC BY 4.0), rebuilt with
 * `affianco templates build DIR`.
 *
 * @example for (const t of TEMPLATES) await fs.writeFile(t.fileName, await t.build());
 */
export const TEMPLATES: readonly TTemplate[] = [
  { slug: 'quanto-mi-costa-davvero', title: QUANTO_MI_COSTA_TITLE, fileName: 'quanto-mi-costa-davvero.xlsx', kind: 'xlsx', area: 'finance', build: buildQuantoMiCostaDavvero },
  { slug: 'la-cassa-dei-prossimi-90-giorni', title: LA_CASSA_TITLE, fileName: 'la-cassa-dei-prossimi-90-giorni.xlsx', kind: 'xlsx', area: 'finance', build: buildLaCassaDeiProssimi90Giorni },
  { slug: 'il-mio-cliente-tipo', title: CLIENTE_TIPO_TITLE, fileName: 'il-mio-cliente-tipo.pdf', kind: 'pdf', area: 'market_research', build: buildIlMioClienteTipo },
  { slug: 'piano-marketing-in-una-pagina', title: PIANO_MARKETING_TITLE, fileName: 'piano-marketing-in-una-pagina.pdf', kind: 'pdf', area: 'marketing', build: buildPianoMarketingInUnaPagina },
  { slug: 'prima-di-firmare-le-10-domande', title: PRIMA_DI_FIRMARE_TITLE, fileName: 'prima-di-firmare-le-10-domande.pdf', kind: 'pdf', area: 'data_tools', build: buildPrimaDiFirmare },
  { slug: 'il-mio-piano-in-una-pagina', title: IL_MIO_PIANO_TITLE, fileName: 'il-mio-piano-in-una-pagina.pdf', kind: 'pdf', area: 'strategy', build: buildIlMioPianoInUnaPagina },
];
