import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { LoginPage } from '../features/auth/LoginPage';
import { InboxPage } from '../features/inbox/InboxPage';
import { whenUnauthenticated } from '../lib/api';
import { Shell } from './Shell';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } });

// Features are composed here, by the routes; they do not import each other.
const router = createBrowserRouter([
  { path: '/masuk', element: <LoginPage /> },
  {
    element: <Shell />,
    children: [
      { path: '/', element: <DashboardPage /> },
      { path: '/kotak-masuk', element: <InboxPage /> },
    ],
  },
]);

// A session that ended (expired, revoked): back to sign-in, then to the page the person was on.
whenUnauthenticated(() => {
  if (window.location.pathname === '/masuk') return;
  queryClient.setQueryData(['me'], null);
  void router.navigate(`/masuk?expired=1&next=${encodeURIComponent(window.location.pathname + window.location.search)}`, { replace: true });
});

export function App() {
  return (
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
