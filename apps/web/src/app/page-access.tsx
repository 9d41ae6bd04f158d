import { lazy, Suspense, type ReactNode } from 'react';
import { useUser } from '../auth/session-context';
import { homeFor, mayOpen, type PageRoute } from './navigation';

const NoAccessPage = lazy(() => import('./error-page').then((module) => ({ default: module.NoAccessPage })));

/**
 * A page only for the roles PAGE_ROLES names: any other signed-in role sees 无权访问 with the way back to
 * 待办 (or its home when it has none), never the page's controls over data it may not touch.
 */
export function PageAccess({ route, children }: { route: PageRoute; children: ReactNode }) {
  const { role } = useUser();
  if (mayOpen(role, route)) return children;
  const back = mayOpen(role, 'todo')
    ? { path: '/todo', label: '返回待办' }
    : { path: homeFor(role), label: '返回首页' };
  return (
    <Suspense fallback={null}>
      <NoAccessPage back={back} />
    </Suspense>
  );
}
