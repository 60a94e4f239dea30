import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/id';
import { createTheme, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DevicesPage } from '../features/devices/DevicesPage';
import { LoginPage } from '../features/auth/LoginPage';
import { LetterPage } from '../features/escalations/LetterPage';
import { LettersPage } from '../features/escalations/LettersPage';
import { InboxPage } from '../features/inbox/InboxPage';
import { outageRoutes } from '../features/outages/routes';
import { adminRoutes } from '../features/admin/routes';
import { oversightRoutes } from '../features/oversight/routes';
import { RepairPage } from '../features/repairs/RepairPage';
import { RepairsPage } from '../features/repairs/RepairsPage';
import { tourRoutes } from '../features/tours/routes';
import { settingsRoutes } from '../features/settings/routes';
import { whenUnauthenticated } from '../lib/api';
import { Shell } from './Shell';

// Darker shades than Mantine's defaults: white text on them meets the WCAG AA contrast of 4.5:1.
const theme = createTheme({ primaryColor: 'blue', primaryShade: { light: 8, dark: 8 } });

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } });

// Features are composed here, by the routes; they do not import each other.
const router = createBrowserRouter([
  { path: '/masuk', element: <LoginPage /> },
  {
    element: <Shell />,
    children: [
      { path: '/', element: <DashboardPage /> },
      { path: '/perangkat', element: <DevicesPage /> },
      { path: '/perbaikan', element: <RepairsPage /> },
      { path: '/perbaikan/:id', element: <RepairPage /> },
      { path: '/surat', element: <LettersPage /> },
      { path: '/surat/:id', element: <LetterPage /> },
      { path: '/kotak-masuk', element: <InboxPage /> },
      ...outageRoutes,
      ...adminRoutes,
      ...oversightRoutes,
      ...tourRoutes,
      ...settingsRoutes,
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
    <MantineProvider theme={theme}>
      <Notifications />
      <LocalDates>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </LocalDates>
    </MantineProvider>
  );
}

/** Date pickers in the person's language (day and month names, first day of the week Monday). */
function LocalDates({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
