import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Marks the document with the path whose page is now on screen. The address changes as soon as a
 * link is followed, while the page it leads to may still be loading with the old one shown: this
 * mark tells the two apart, for assistive checks and the end-to-end tests alike.
 * @example <><Page /><PageShown /></>
 */
export function PageShown() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.documentElement.dataset.page = pathname;
  }, [pathname]);
  return null;
}
