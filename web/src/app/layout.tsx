import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { Loading } from '../components/ui/loading';
import { forgetSettled } from '../lib/early-fetch';
import { NotificationsLink } from '../features/community/notifications/notifications-link';
import { useSession } from '../lib/session';
import { markTakenOver } from '../lib/taken-over';
import { LanguageSwitch } from './language-switch';
import { PageErrorBoundary } from './page-error-boundary';
import { RoleSwitch } from './role-switch';

/** Header with skip link, navigation and language switch; the page; a footer. */
export function Layout() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const isFirst = useRef(true);

  // The reading pages' light start waits for this to pass on the tap that asked for the app.
  useEffect(() => markTakenOver(), []);

  // After a client-side navigation, move focus to the new content as a page load would.
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    // The answers the first page came with are that page's: the next one asks afresh.
    forgetSettled();
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#contenuto" onClick={skip}>
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              A
            </span>
            {t('app.name')}
          </Link>
          <nav aria-label={t('layout.mainNav')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/comunita">{t('community.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/bandi" end>
                  {t('fundingFinder.nav')}
                </NavLink>
              </li>
              {me === null ? (
                <>
                  <li>
                    <NavLink to="/accedi">{t('nav.signIn')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/registrati">{t('nav.signUp')}</NavLink>
                  </li>
                </>
              ) : null}
              {me ? (
                <>
                  {/* Angels and coordinators follow several plans; an entrepreneur has theirs. */}
                  {me.businesses.length > 0 ? (
                    <li>
                      <NavLink to="/impresa">{t('nav.business')}</NavLink>
                    </li>
                  ) : null}
                  {me.memberships.length > 0 || me.businesses.length > 0 ? (
                    <li>
                      <NavLink to="/piano">{t(me.memberships.length > 0 ? 'nav.plans' : 'nav.plan')}</NavLink>
                    </li>
                  ) : null}
                  {me.businesses.length > 0 ? (
                    <li>
                      <NavLink to="/incontra">{t('nav.meet')}</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <NavLink to="/incontri">{t('nav.meetings')}</NavLink>
                  </li>
                  {me.memberships.some((m) => m.role === 'angel') ? (
                    <li>
                      <NavLink to="/angel">{t('nav.angel')}</NavLink>
                    </li>
                  ) : null}
                  {/* Lessons are written by coordinators and trusted angels, and reviewed by coordinators and the admin. */}
                  {me.memberships.length > 0 || me.user.isAdmin ? (
                    <li>
                      <NavLink to="/lezioni/mie">{t('libraryEditor.mine.title')}</NavLink>
                    </li>
                  ) : null}
                  {/* Coordinators and the admin moderate the community. */}
                  {me.memberships.some((m) => m.role === 'coordinator') || me.user.isAdmin ? (
                    <li>
                      <NavLink to="/comunita/moderazione">{t('communityModeration.page.title')}</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <NotificationsLink key={location.pathname} />
                  </li>
                  <li>
                    <NavLink to="/account">{t('nav.account')}</NavLink>
                  </li>
                  {me.user.isAdmin ? (
                    <>
                      <li>
                        <NavLink to="/admin/sportelli">{t('nav.adminSportelli')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/admin/posta">{t('nav.adminMail')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/admin/bandi">{t('nav.adminFunding')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/territorio">{t('territory.nav')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/rete/andamento">{t('insights.navNetwork')}</NavLink>
                      </li>
                    </>
                  ) : null}
                </>
              ) : null}
            </ul>
          </nav>
          {me ? <RoleSwitch me={me} /> : null}
          <LanguageSwitch />
        </div>
      </header>
      <main id="contenuto" ref={mainRef} tabIndex={-1}>
        <div className="container">
          <PageErrorBoundary key={location.pathname}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('layout.footer')}</p>
          <nav aria-label={t('layout.footerNav')}>
            <ul className="footer-links">
              <li>
                <Link to="/diventa-angel">{t('nav.becomeAngel')}</Link>
              </li>
              <li>
                <Link to="/lezioni">{t('library.title')}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}
