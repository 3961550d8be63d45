import { trapApiPath, trapPagePath, TRAPS_API_PATH } from '../shared/trap-pages.js';
import { pageHead } from './library-head.js';

type TRenderer = { renderPage(input: { url: string; lang: 'it' | 'en'; answers: Record<string, unknown> }): Promise<{ markup: string; title: string; description?: string }> };
type TRead = (apiPath: string) => Promise<{ status: number; body: unknown }>;

/** A shared link's description: the warning's summary cut at a word near 160 characters. */
const describe = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 160 ? `${clean.slice(0, 157).replace(/\s+\S*$/, '')} …` : clean;
};

/**
 * "Attenzione a" (/attenzione) and one warning (/attenzione/{slug}), drawn for everyone as a
 * call's page is: readable with JavaScript off, in the reader's language (a visitor's is
 * Italian), a warning that is not there (or a proposal this reader may not see) drawn as the
 * not-found page with its 404.
 */
export async function drawTrapPage(
  renderer: TRenderer,
  input: { pathname: string; slug: string | null; read: TRead; hasCookie: boolean; baseUrl: string },
): Promise<{ markup: string; lang: 'it' | 'en'; answers: Record<string, unknown>; title: string; kind: 'traps' | 'trap'; status: 200 | 404; head?: string } | null> {
  const dataPath = input.slug ? trapApiPath(input.slug) : TRAPS_API_PATH;
  const [me, data] = await Promise.all([input.hasCookie ? input.read('/api/me') : Promise.resolve({ status: 200, body: null }), input.read(dataPath)]);
  if (me.status !== 200) return null;
  const isMissing = Boolean(input.slug) && data.status === 404;
  if (data.status !== 200 && !isMissing) return null;
  const lang = (me.body as { user: { locale: string } } | null)?.user.locale === 'en' ? 'en' : 'it';
  const answers = { '/api/me': me.body, [dataPath]: data.body };
  const { markup, title, description } = await renderer.renderPage({ url: input.pathname, lang, answers });
  const trap = data.body as { slug: string; title: string; summary: string } | null;
  const head = input.slug
    ? trap
      ? pageHead({ baseUrl: input.baseUrl, path: trapPagePath(trap.slug), title: trap.title, description: describe(trap.summary), type: 'article' })
      : undefined
    : pageHead({ baseUrl: input.baseUrl, path: '/attenzione', title, description: description ?? title });
  return { markup, lang, answers, title, kind: input.slug ? 'trap' : 'traps', status: isMissing ? 404 : 200, head };
}
