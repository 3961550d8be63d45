import { lazy, type ComponentType } from 'react';

export type TLazyPage = ComponentType & { preload: () => Promise<void> };

/**
 * A page in its own chunk that can also be fetched ahead of its first render. Once fetched it
 * renders at once, without suspending: React shows a suspended page's fallback for at least
 * 300 ms, which on the page a visit opens with was a third of a second of spinner for nothing.
 * @example const PlanPage = lazyPage(() => import('../features/plans/components/plan-page')); await PlanPage.preload();
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): TLazyPage {
  let loaded: ComponentType | undefined;
  const remember = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(remember);
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  Page.preload = () => remember().then(() => undefined);
  return Page;
}
