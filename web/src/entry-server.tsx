// The plan page drawn on the server (src/server/page-render.ts), so that a slow phone shows it as
// soon as the HTML arrives instead of after the app's code has run; the browser then takes the
// same markup over (main.tsx, hydrateRoot). Built apart: npm run build:web writes web/dist-ssr.
import { createInstance, type i18n as TI18n } from 'i18next';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router-dom';
import { AppRoutes, preloadPage } from './app/router';
import { pageTitle } from './components/ui/use-page-title';
import { TRANSLATOR_OPTIONS, type TLanguage } from './i18n';
import en from './i18n/en.json';
import it from './i18n/it.json';
import { forgetSettled, settleWith } from './lib/early-fetch';
import { SessionProvider } from './lib/session';
import { COMMUNITY_PAGE, threadAt } from '../../src/shared/community-pages';
import { lessonAt } from '../../src/shared/library-pages';
import { callAt } from '../../src/shared/funding-call-pages';
import { trapAt, TRAPS_PAGE } from '../../src/shared/trap-pages';
import { CATALOGUE_PAGE, COMPARE_PAGE, solutionAt } from '../../src/shared/solution-pages';

export type TRenderInput = {
  /** The page's address, e.g. /piano/0b9c…. */
  url: string;
  lang: TLanguage;
  /** The API answers the page reads first, by path, exactly as the API gave them. */
  answers: Record<string, unknown>;
};

/** One translator per language, made once: a render is synchronous, so none is shared mid-page. */
const translators = new Map<TLanguage, TI18n>();

function translator(lang: TLanguage): TI18n {
  let instance = translators.get(lang);
  if (!instance) {
    instance = createInstance();
    void instance.init({ ...TRANSLATOR_OPTIONS, resources: { it: { translation: it }, en: { translation: en } }, lng: lang });
    translators.set(lang, instance);
  }
  return instance;
}

/** The business a plan answer names (the only page drawn here is a plan's). */
function businessNameIn(answers: Record<string, unknown>): string | undefined {
  for (const value of Object.values(answers)) {
    const name = (value as { business?: { name?: unknown } } | null)?.business?.name;
    if (typeof name === 'string' && name) return name;
  }
  return undefined;
}

/** The page's title as the app then sets it (and, for the library, its description). */
function titleOf(pathname: string, answers: Record<string, unknown>, t: TI18n['t']): { title: string; description?: string } {
  if (lessonAt(pathname)) {
    const lesson = Object.entries(answers).find(([path]) => path.startsWith('/api/lessons/'))?.[1] as { title?: string } | null | undefined;
    return { title: pageTitle(t, lesson?.title ?? t('notFound.title')) };
  }
  if (threadAt(pathname)) {
    const thread = Object.entries(answers).find(([path]) => path.startsWith('/api/community/threads/'))?.[1] as { title?: string } | null | undefined;
    return { title: pageTitle(t, thread?.title ?? t('notFound.title')) };
  }
  if (callAt(pathname)) {
    const call = Object.entries(answers).find(([path]) => path.startsWith('/api/funding/calls/'))?.[1] as { title?: string } | null | undefined;
    return { title: pageTitle(t, call?.title ?? t('fundingCall.missing.title')) };
  }
  if (trapAt(pathname)) {
    const trap = Object.entries(answers).find(([path]) => path.startsWith('/api/traps/'))?.[1] as { title?: string } | null | undefined;
    return { title: pageTitle(t, trap?.title ?? t('traps.missing.title')) };
  }
  if (TRAPS_PAGE.test(pathname)) return { title: pageTitle(t, t('traps.list.title')), description: t('traps.list.lead') };
  if (solutionAt(pathname)) {
    const found = Object.entries(answers).find(([path]) => path.startsWith('/api/solutions/'))?.[1] as { name?: string; summary?: string } | null | undefined;
    return { title: pageTitle(t, found?.name ?? t('solutions.missing.title')), description: found?.summary };
  }
  if (CATALOGUE_PAGE.test(pathname)) return { title: pageTitle(t, t('solutions.title')), description: t('solutions.intro') };
  if (COMPARE_PAGE.test(pathname)) return { title: pageTitle(t, t('solutions.compareTitle')), description: t('solutions.intro') };
  if (COMMUNITY_PAGE.test(pathname)) return { title: pageTitle(t, t('community.title')), description: t('community.description') };
  if (/^\/lezioni\/?$/.test(pathname)) return { title: pageTitle(t, t('library.title')), description: t('library.description') };
  const business = businessNameIn(answers);
  return { title: pageTitle(t, business ? t('plans.titleOf', { business }) : t('plans.title')) };
}

/**
 * The markup of `#root` for a page, as the browser's first render will draw it with the same
 * answers and language, and the page's title as the app then sets it (plan-page.tsx).
 * @example const { markup, title } = await renderPage({ url: '/piano/…', lang: 'it', answers: { '/api/me': me, [planPath]: plan } });
 */
export async function renderPage({ url, lang, answers }: TRenderInput): Promise<{ markup: string; title: string; description?: string }> {
  await preloadPage(new URL(url, 'http://affianco.invalid').pathname);
  // The answers go where the browser's first render finds them (lib/early-fetch.ts). Nothing
  // else runs between these lines, so another page's answers never mix in.
  settleWith(answers);
  const t = translator(lang).t;
  const { title, description } = titleOf(new URL(url, 'http://affianco.invalid').pathname, answers, t);
  try {
    const markup = renderToString(
      <StrictMode>
        <I18nextProvider i18n={translator(lang)}>
          <SessionProvider>
            <StaticRouter location={url}>
              <AppRoutes />
            </StaticRouter>
          </SessionProvider>
        </I18nextProvider>
      </StrictMode>,
    );
    return { markup, title, description };
  } finally {
    forgetSettled();
  }
}
