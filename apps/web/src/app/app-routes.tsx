import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './app-layout';
import { ErrorPage, NotFoundPage } from './error-page';
import { RequireSession } from './require-session';
import { homeFor } from './navigation';
import { useSession } from '../auth/session-context';

// One chunk per page: an inspector's phone never downloads the organizer's wizard or ECharts.
const LoginPage = lazy(() => import('../auth/login-page'));
const TodoPage = lazy(() => import('../todo/todo-page'));
const NotificationsPage = lazy(() => import('../notifications/notifications-page'));
const CampaignListPage = lazy(() => import('../campaigns/campaign-list-page'));
const CampaignWizardPage = lazy(() => import('../campaigns/wizard/campaign-wizard-page'));
const CampaignPage = lazy(() => import('../campaigns/campaign-page'));
const CaseTablePage = lazy(() => import('../cases/case-table-page'));
const CasePage = lazy(() => import('../cases/case-page'));
const DashboardPage = lazy(() => import('../dashboard/dashboard-page'));
const InspectionTasksPage = lazy(() => import('../inspector/inspection-tasks-page'));
const CheckFormPage = lazy(() => import('../inspector/check-form-page'));
const MyCasesPage = lazy(() => import('../clerk/my-cases-page'));
const MyCasePage = lazy(() => import('../clerk/my-case-page'));
const NoticePage = lazy(() => import('../public/notice-page'));
const BatchPage = lazy(() => import('../batches/batch-page'));
const AssignmentPage = lazy(() => import('../assignment/assignment-page'));
const StandardsPage = lazy(() => import('../standards/standards-page'));
const StandardVersionPage = lazy(() => import('../standards/standard-version-page'));
const StandardEditorPage = lazy(() => import('../standards/standard-editor-page'));
const ImportsPage = lazy(() => import('../imports/imports-page'));
const TitlesPage = lazy(() => import('../titles/titles-page'));
const UsersPage = lazy(() => import('../accounts/users-page'));
const WebhooksPage = lazy(() => import('../accounts/webhooks-page'));

function page(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<div style={{ padding: 24, color: '#888' }}>加载中…</div>}>
      <Page />
    </Suspense>
  );
}

function Home() {
  const { session } = useSession();
  return <Navigate to={session ? homeFor(session.user.role) : '/login'} replace />;
}

export const router = createBrowserRouter(
  [
    { path: '/login', element: page(LoginPage), errorElement: <ErrorPage /> },
    { path: '/public/:campaignId', element: page(NoticePage), errorElement: <ErrorPage /> },
    {
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      errorElement: <ErrorPage />,
      children: [
        { index: true, element: <Home /> },
        { path: 'todo', element: page(TodoPage) },
        { path: 'notifications', element: page(NotificationsPage) },
        { path: 'campaigns', element: page(CampaignListPage) },
        { path: 'campaigns/new', element: page(CampaignWizardPage) },
        { path: 'campaigns/:campaignId', element: page(CampaignPage) },
        { path: 'campaigns/:campaignId/cases', element: page(CaseTablePage) },
        { path: 'campaigns/:campaignId/cases/:communityId', element: page(CasePage) },
        { path: 'campaigns/:campaignId/dashboard', element: page(DashboardPage) },
        { path: 'campaigns/:campaignId/batches/:batchId', element: page(BatchPage) },
        { path: 'campaigns/:campaignId/assignment', element: page(AssignmentPage) },
        { path: 'inspections', element: page(InspectionTasksPage) },
        { path: 'inspections/:campaignId/:communityId', element: page(CheckFormPage) },
        { path: 'my', element: page(MyCasesPage) },
        { path: 'my/:campaignId', element: page(MyCasePage) },
        { path: 'standards', element: page(StandardsPage) },
        { path: 'standards/new', element: page(StandardEditorPage) },
        { path: 'standards/:code/versions/:version', element: page(StandardVersionPage) },
        { path: 'imports', element: page(ImportsPage) },
        { path: 'titles', element: page(TitlesPage) },
        { path: 'users', element: page(UsersPage) },
        { path: 'webhooks', element: page(WebhooksPage) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/console' },
);
