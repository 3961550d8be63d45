import type { ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router-dom';
import { lazyPage, type TLazyPage } from './lazy-page';
import { Layout } from './layout';
import { PageShown } from './page-shown';
import { LandingRoute } from './routes/landing';

// Every page but the landing is its own chunk, so the first visit stays light.
const SignUpPage = lazyPage(() => import('../features/auth/components/sign-up-page'));
const SignInPage = lazyPage(() => import('../features/auth/components/sign-in-page'));
const ForgotPasswordPage = lazyPage(() => import('../features/auth/components/forgot-password-page'));
const ResetPasswordPage = lazyPage(() => import('../features/auth/components/reset-password-page'));
const AccountPage = lazyPage(() => import('./routes/account'));
const SportelloAdminPage = lazyPage(() => import('./routes/sportello'));
const InvitationPage = lazyPage(() => import('../features/network/components/invitation-page'));
const AdminSportelliPage = lazyPage(() => import('../features/network/components/admin-sportelli-page'));
const AdminMailPage = lazyPage(() => import('../features/network/components/admin-mail-page'));
const AdminFundingImportsPage = lazyPage(() => import('../features/funding/admin/admin-imports-page'));
const AscoltoPage = lazyPage(() => import('../features/intake/components/ascolto-page'));
const CheckupPage = lazyPage(() => import('../features/checkup/components/checkup-page'));
const ReportPage = lazyPage(() => import('../features/checkup/components/report-page'));
const BecomeAngelPage = lazyPage(() => import('../features/angels/components/become-angel-page'));
const AngelHomePage = lazyPage(() => import('./routes/angel-home'));
const NotificationsPage = lazyPage(() => import('../features/community/notifications/notifications-page'));
const AngelReviewPage = lazyPage(() => import('./routes/angel-review'));
const FundingCoordPage = lazyPage(() => import('../features/funding/coordinators/funding-coord-page'));
const MeetPage = lazyPage(() => import('./routes/meet'));
const MeetingsPage = lazyPage(() => import('../features/meetings/components/meetings-page'));
const MeetingPage = lazyPage(() => import('../features/meetings/components/meeting-page'));
const PlanPage = lazyPage(() => import('../features/plans/components/plan-page'));
const LessonEditorPage = lazyPage(() => import('../features/library/editor/lesson-editor-page'));
const MyLessonsPage = lazyPage(() => import('../features/library/editor/my-lessons-page'));
const ReviewQueuePage = lazyPage(() => import('../features/library/editor/review-queue-page'));
const LessonMediaPage = lazyPage(() => import('../features/library/media/lesson-media-page'));
const CommunityModerationPage = lazyPage(() => import('../features/community/moderation/moderation-page'));
const BusinessHomePage = lazyPage(() => import('./routes/business-home'));
const FundingFinderPage = lazyPage(() => import('../features/funding/finder/finder-page'));
const TerritoryPage = lazyPage(() => import('../features/territory/components/territory-page'));
const FunnelPage = lazyPage(() => import('../features/insights/components/funnel-page'));
const ImpactPage = lazyPage(() => import('../features/insights/components/impact-page'));
const AssignAllPage = lazyPage(() => import('../features/assignment/components/assign-all-page'));
const CaseloadsPage = lazyPage(() => import('../features/assignment/components/caseloads-page'));
const OwnCaseloadPage = lazyPage(() => import('../features/assignment/components/own-caseload-page'));
const InboxPage = lazyPage(() => import('../features/inbox/components/inbox-page'));
const NotFoundPage = lazyPage(() => import('./routes/not-found'));
// The library's reading pages (drawn by the server for everyone, ADR 023).
const LibraryPage = lazyPage(() => import('../features/library/reading/library-page'));
const LessonPage = lazyPage(() => import('../features/library/reading/lesson-page'));
const CommunityPage = lazyPage(() => import('../features/community/threads/community-page'));
const NewThreadPage = lazyPage(() => import('../features/community/threads/new-thread-page'));
const ThreadPage = lazyPage(() => import('../features/community/threads/thread-page'));
// A call for funding's public page (drawn by the server for everyone, like a lesson).
const CallPage = lazyPage(() => import('../features/funding/call/call-page'));
// "Attenzione a": the traps, drawn by the server for everyone.
const TrapsPage = lazyPage(() => import('../features/traps/components/traps-page'));
const TrapPage = lazyPage(() => import('../features/traps/components/trap-page'));
const TrapEditorPage = lazyPage(() => import('../features/traps/components/trap-editor-page'));
// The vetted solutions: drawn by the server for everyone, like a call's page.
const SolutionsPage = lazyPage(() => import('../features/solutions/catalogue-page'));
const SolutionComparePage = lazyPage(() => import('../features/solutions/compare-page'));
const SolutionPage = lazyPage(() => import('../features/solutions/solution-page'));
const SolutionEditorPage = lazyPage(() => import('../features/solutions/forms/solution-editor-page'));

/** Italian paths, each with its page: they are what people read and share. */
const PAGES: [string, TLazyPage][] = [
  ['registrati', SignUpPage],
  ['accedi', SignInPage],
  ['password-dimenticata', ForgotPasswordPage],
  ['nuova-password', ResetPasswordPage],
  ['account', AccountPage],
  ['impresa', BusinessHomePage],
  ['bandi', FundingFinderPage],
  ['ascolto', AscoltoPage],
  ['check-up', CheckupPage],
  ['check-up/:id', ReportPage],
  ['sportelli/:id', SportelloAdminPage],
  ['sportelli/:id/angel/:userId', AngelReviewPage],
  ['sportelli/:id/bandi', FundingCoordPage],
  ['sportelli/:id/richieste', InboxPage],
  ['diventa-angel', BecomeAngelPage],
  ['angel', AngelHomePage],
  ['notifiche', NotificationsPage],
  ['incontra', MeetPage],
  ['incontri', MeetingsPage],
  ['incontri/:id', MeetingPage],
  ['piano', PlanPage],
  ['piano/:businessId', PlanPage],
  ['invito/:token', InvitationPage],
  ['admin/sportelli', AdminSportelliPage],
  ['admin/posta', AdminMailPage],
  ['admin/bandi', AdminFundingImportsPage],
  ['territorio', TerritoryPage],
  ['sportelli/:id/andamento', FunnelPage],
  ['sportelli/:id/impatto', ImpactPage],
  ['rete/andamento', FunnelPage],
  ['rete/impatto', ImpactPage],
  ['sportelli/:id/assegna-tutte', AssignAllPage],
  ['sportelli/:id/carichi', CaseloadsPage],
  ['il-mio-carico', OwnCaseloadPage],
  ['lezioni/scrivi', LessonEditorPage],
  ['lezioni/modifica/:id', LessonEditorPage],
  ['lezioni/mie', MyLessonsPage],
  ['lezioni/revisione', ReviewQueuePage],
  // The media panel alone until the lesson editor takes it in.
  ['lezioni/media/:id', LessonMediaPage],
  ['comunita/moderazione', CommunityModerationPage],
  ['lezioni', LibraryPage],
  ['lezioni/:slug', LessonPage],
  ['lezioni/en/:slug', LessonPage],
  ['comunita', CommunityPage],
  ['comunita/nuova', NewThreadPage],
  ['comunita/:slug', ThreadPage],
  ['bandi/:slug', CallPage],
  ['attenzione', TrapsPage],
  ['attenzione/gestisci', TrapEditorPage],
  ['attenzione/scrivi', TrapEditorPage],
  ['attenzione/modifica/:slug', TrapEditorPage],
  ['attenzione/:slug', TrapPage],
  ['soluzioni', SolutionsPage],
  ['soluzioni/confronta', SolutionComparePage],
  ['soluzioni/proponi', SolutionEditorPage],
  ['soluzioni/gestisci', SolutionEditorPage],
  ['soluzioni/modifica/:id', SolutionEditorPage],
  ['soluzioni/:slug', SolutionPage],
];

/**
 * Fetches the code of the page at `pathname` (if it is in its own chunk), waiting at most
 * `maxMs` when given: on a slow line the app shows its spinner rather than a blank screen.
 * @example await preloadPage(location.pathname, 400);
 */
export function preloadPage(pathname: string, maxMs?: number): Promise<void> {
  const page = PAGES.find(([path]) => matchPath(`/${path}`, pathname))?.[1];
  if (!page) return Promise.resolve();
  const loaded = page.preload().catch(() => undefined);
  return maxMs === undefined ? loaded : Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}

/** A page, and the mark that it is on screen, committed together once its code has loaded. */
function Shown({ page: Page }: { page: ComponentType }) {
  return (
    <>
      <Page />
      <PageShown />
    </>
  );
}

/**
 * Declarative routes (no data router) keep react-router's share of the first page small. The
 * router around them is the browser's (app.tsx) or, on the server, a static one (entry-server.tsx).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Shown page={LandingRoute} />} />
        {PAGES.map(([path, Page]) => (
          <Route key={path} path={path} element={<Shown page={Page} />} />
        ))}
        <Route path="*" element={<Shown page={NotFoundPage} />} />
      </Route>
    </Routes>
  );
}
