// The route table, one block per area of the app. Paths are French because people read them.
// Later areas get their own folder under src/areas/ and a block here:
//   /bilan (public simulator and questionnaire, offline), /suivi (case files),
//   /reperage (outreach lists), /pilotage (indicators), /administration (accounts).
import { createBrowserRouter, Outlet } from 'react-router';
import type { RouteObject } from 'react-router';
import { AccessibilityPage } from '../areas/accessibility/accessibility-page.tsx';
import { BilanPage } from '../areas/bilan/bilan-page.tsx';
import { SimulatorPage } from '../areas/bilan/simulator-page.tsx';
import { AppErrorPage } from '../areas/errors/app-error-page.tsx';
import { NotFoundPage } from '../areas/errors/not-found-page.tsx';
import { ActionEntryPage } from '../areas/pilotage/action-entry-page.tsx';
import { HomePage } from '../areas/home/home-page.tsx';
import { LoginPage } from '../areas/login/login-page.tsx';
import { AgreementPage } from '../areas/reperage/agreement-page.tsx';
import { AgreementsPage } from '../areas/reperage/agreements-page.tsx';
import { MyPeoplePage } from '../areas/reperage/my-people-page.tsx';
import { OutreachListsPage } from '../areas/reperage/outreach-lists-page.tsx';
import { AuditPage } from '../areas/suivi/audit-page.tsx';
import { HouseholdPage } from '../areas/suivi/household-page.tsx';
import { HouseholdsPage } from '../areas/suivi/households-page.tsx';
import { InboxPage } from '../areas/suivi/inbox-page.tsx';
import { TasksPage } from '../areas/suivi/tasks-page.tsx';
import { SessionProvider } from '../session/session-context.tsx';
import { Layout } from './layout.tsx';
import { RequireSession } from './require-session.tsx';

function Root() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <AppErrorPage />,
    children: [
      {
        element: <Layout />,
        children: [
          // Public pages: no session needed.
          { path: 'connexion', element: <LoginPage /> },
          { path: 'accessibilite', element: <AccessibilityPage /> },
          { path: 'simulateur', element: <SimulatorPage /> },
          // The bilan checks the session itself: offline, it opens from the device's key.
          { path: 'bilan', element: <BilanPage /> },
          // So does the entry of an outreach action: offline, for the device's outbox owner.
          { path: 'pilotage/actions/nouvelle', element: <ActionEntryPage /> },
          // Pages for logged-in members.
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'suivi', element: <HouseholdsPage /> },
              { path: 'suivi/menages/:id', element: <HouseholdPage /> },
              { path: 'suivi/menages/:id/journal', element: <AuditPage /> },
              { path: 'suivi/orientations', element: <InboxPage /> },
              { path: 'suivi/taches', element: <TasksPage /> },
              { path: 'reperage', element: <AgreementsPage /> },
              { path: 'reperage/conventions/:id', element: <AgreementPage /> },
              { path: 'reperage/listes', element: <OutreachListsPage /> },
              { path: 'reperage/mes-personnes', element: <MyPeoplePage /> },
              // The dashboard and its charts load on demand: their own chunk.
              { path: 'pilotage', lazy: () => import('../areas/pilotage/dashboard-page.tsx') },
              {
                path: 'pilotage/actions',
                lazy: () => import('../areas/pilotage/actions-page.tsx'),
              },
              { path: 'pilotage/reseau', lazy: () => import('../areas/pilotage/network-page.tsx') },
              {
                path: 'pilotage/ateliers',
                lazy: () => import('../areas/pilotage/workshops-page.tsx'),
              },
              {
                path: 'pilotage/blocages',
                lazy: () => import('../areas/pilotage/blockages-page.tsx'),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
