import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './layout';
import { LandingRoute } from './routes/landing';

// Every page but the landing is its own chunk, so the first visit stays light.
const SignUpPage = lazy(() => import('../features/auth/components/sign-up-page'));
const SignInPage = lazy(() => import('../features/auth/components/sign-in-page'));
const ForgotPasswordPage = lazy(() => import('../features/auth/components/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('../features/auth/components/reset-password-page'));
const AccountPage = lazy(() => import('../features/account/components/account-page'));
const SportelloAdminPage = lazy(() => import('../features/network/components/sportello-admin-page'));
const InvitationPage = lazy(() => import('../features/network/components/invitation-page'));
const AdminSportelliPage = lazy(() => import('../features/network/components/admin-sportelli-page'));
const AdminMailPage = lazy(() => import('../features/network/components/admin-mail-page'));
const AscoltoPage = lazy(() => import('../features/intake/components/ascolto-page'));
const CheckupPage = lazy(() => import('../features/checkup/components/checkup-page'));
const ReportPage = lazy(() => import('../features/checkup/components/report-page'));
const BecomeAngelPage = lazy(() => import('../features/angels/components/become-angel-page'));
const AngelHomePage = lazy(() => import('../features/angels/components/angel-home-page'));
const AngelReviewPage = lazy(() => import('../features/network/components/angel-review-page'));
const MeetPage = lazy(() => import('../features/matching/components/meet-page'));
const MeetingsPage = lazy(() => import('../features/meetings/components/meetings-page'));
const MeetingPage = lazy(() => import('../features/meetings/components/meeting-page'));
const PlanPage = lazy(() => import('../features/plans/components/plan-page'));
const NotFoundPage = lazy(() => import('./routes/not-found'));

/**
 * Italian paths: they are what people read and share. Declarative routes (no data router)
 * keep react-router's share of the first page small.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<LandingRoute />} />
          <Route path="registrati" element={<SignUpPage />} />
          <Route path="accedi" element={<SignInPage />} />
          <Route path="password-dimenticata" element={<ForgotPasswordPage />} />
          <Route path="nuova-password" element={<ResetPasswordPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="ascolto" element={<AscoltoPage />} />
          <Route path="check-up" element={<CheckupPage />} />
          <Route path="check-up/:id" element={<ReportPage />} />
          <Route path="sportelli/:id" element={<SportelloAdminPage />} />
          <Route path="sportelli/:id/angel/:userId" element={<AngelReviewPage />} />
          <Route path="diventa-angel" element={<BecomeAngelPage />} />
          <Route path="angel" element={<AngelHomePage />} />
          <Route path="incontra" element={<MeetPage />} />
          <Route path="incontri" element={<MeetingsPage />} />
          <Route path="incontri/:id" element={<MeetingPage />} />
          <Route path="piano" element={<PlanPage />} />
          <Route path="piano/:businessId" element={<PlanPage />} />
          <Route path="invito/:token" element={<InvitationPage />} />
          <Route path="admin/sportelli" element={<AdminSportelliPage />} />
          <Route path="admin/posta" element={<AdminMailPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
