import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate, type LoaderFunctionArgs } from 'react-router';
import { AppLayout } from './app-layout';
import { RequireSession } from './require-session';
import { homeFor, type PageRoute } from './navigation';
import { PageAccess } from './page-access';
import { CampaignGate } from './campaign-gate';
import { useSession } from '../auth/session-context';
import { campaignQuery, caseFileQuery, standardQuery } from '../cases/case-queries';
import {
  caseTableFilterOf,
  caseTableQuery,
  childrenProgressQuery,
  progressQuery,
} from '../cases/case-table-queries';
import { myCasesQuery } from '../inspector/my-cases-query';
import { queryClient } from './query-client';

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
// antd's Result (its status illustrations) only when something went wrong, not on every page's first load.
const ErrorPage = lazy(() => import('./error-page').then((module) => ({ default: module.ErrorPage })));
const NotFoundPage = lazy(() => import('./error-page').then((module) => ({ default: module.NotFoundPage })));

function page(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<div style={{ padding: 24, color: '#888' }}>加载中…</div>}>
      <Page />
    </Suspense>
  );
}

/** A signed-in page at `route`, for the roles PAGE_ROLES gives it (others see 无权访问, not the page). */
function guarded(route: PageRoute, Page: LazyExoticComponent<ComponentType>) {
  // Every page about one campaign shows only 没有找到 when the campaign (or batch) it names reads 404.
  const shown = route.startsWith('campaigns/:campaignId') ? (
    <CampaignGate>{page(Page)}</CampaignGate>
  ) : (
    page(Page)
  );
  return { path: route, element: <PageAccess route={route}>{shown}</PageAccess> };
}

/**
 * The check page's reads start with the navigation, beside the download of its code rather than after it,
 * and the standard as soon as the assignment naming it arrives: the phone waits for one round trip less.
 */
function prefetchCheckPage({ params }: LoaderFunctionArgs): null {
  const { campaignId = '', communityId = '' } = params;
  void queryClient.prefetchQuery(caseFileQuery(campaignId, communityId));
  void queryClient.fetchQuery(myCasesQuery).then(
    (mine) => {
      const assigned = mine.find((c) => c.campaignId === campaignId && c.communityId === communityId);
      if (assigned) {
        void queryClient.prefetchQuery(standardQuery(assigned.standardCode, assigned.standardVersion));
      }
    },
    () => undefined,
  );
  return null;
}

/**
 * The case table's three reads (the campaign, the counts per stage and the page of cases the address
 * asks for) start with the navigation, all at once and beside the download of the table's code.
 */
function prefetchCaseTable({ params, request }: LoaderFunctionArgs): null {
  const { campaignId = '' } = params;
  const filter = caseTableFilterOf(new URL(request.url).searchParams);
  void queryClient.prefetchQuery(campaignQuery(campaignId));
  void queryClient.prefetchQuery(progressQuery(campaignId, filter.streetId));
  void queryClient.prefetchQuery(caseTableQuery(campaignId, filter));
  return null;
}

/** The dashboard's two reads start with the navigation, beside the download of its code and ECharts. */
function prefetchDashboard({ params, request }: LoaderFunctionArgs): null {
  const { campaignId = '' } = params;
  const jurisdictionId = new URL(request.url).searchParams.get('jurisdictionId') ?? undefined;
  void queryClient.prefetchQuery(progressQuery(campaignId, jurisdictionId));
  void queryClient.prefetchQuery(childrenProgressQuery(campaignId, jurisdictionId));
  return null;
}

function Home() {
  const { session } = useSession();
  return <Navigate to={session ? homeFor(session.user.role) : '/login'} replace />;
}

export const router = createBrowserRouter(
  [
    { path: '/login', element: page(LoginPage), errorElement: page(ErrorPage) },
    { path: '/public/:campaignId', element: page(NoticePage), errorElement: page(ErrorPage) },
    {
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      errorElement: page(ErrorPage),
      children: [
        { index: true, element: <Home /> },
        guarded('todo', TodoPage),
        guarded('notifications', NotificationsPage),
        guarded('campaigns', CampaignListPage),
        guarded('campaigns/new', CampaignWizardPage),
        guarded('campaigns/:campaignId', CampaignPage),
        { ...guarded('campaigns/:campaignId/cases', CaseTablePage), loader: prefetchCaseTable },
        guarded('campaigns/:campaignId/cases/:communityId', CasePage),
        { ...guarded('campaigns/:campaignId/dashboard', DashboardPage), loader: prefetchDashboard },
        guarded('campaigns/:campaignId/batches/:batchId', BatchPage),
        guarded('campaigns/:campaignId/assignment', AssignmentPage),
        guarded('inspections', InspectionTasksPage),
        { ...guarded('inspections/:campaignId/:communityId', CheckFormPage), loader: prefetchCheckPage },
        guarded('my', MyCasesPage),
        guarded('my/:campaignId', MyCasePage),
        guarded('standards', StandardsPage),
        guarded('standards/new', StandardEditorPage),
        guarded('standards/:code/versions/:version', StandardVersionPage),
        guarded('imports', ImportsPage),
        guarded('titles', TitlesPage),
        guarded('users', UsersPage),
        guarded('webhooks', WebhooksPage),
        { path: '*', element: page(NotFoundPage) },
      ],
    },
  ],
  { basename: '/console' },
);
