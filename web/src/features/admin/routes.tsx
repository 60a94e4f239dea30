import { Loader } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, type RouteObject } from 'react-router';

// Loaded when first visited: the administration pages stay out of the first page's budget.
const OfficesPage = lazy(() => import('./OfficesPage').then((m) => ({ default: m.OfficesPage })));
const OfficePage = lazy(() => import('./OfficePage').then((m) => ({ default: m.OfficePage })));
const PolicyPage = lazy(() => import('./PolicyPage').then((m) => ({ default: m.PolicyPage })));
const CalendarPage = lazy(() => import('./CalendarPage').then((m) => ({ default: m.CalendarPage })));
const UsersPage = lazy(() => import('./UsersPage').then((m) => ({ default: m.UsersPage })));
const UserPage = lazy(() => import('./UserPage').then((m) => ({ default: m.UserPage })));
const ApiKeysPage = lazy(() => import('./ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })));
const WebhooksPage = lazy(() => import('./WebhooksPage').then((m) => ({ default: m.WebhooksPage })));
const WebhookPage = lazy(() => import('./WebhookPage').then((m) => ({ default: m.WebhookPage })));

function Loading() {
  const { t } = useTranslation();
  return <Loader aria-label={t('state.loading')} />;
}

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** Administrasi: offices (letterhead, zone, service points, SLA policy), users, API keys and webhooks. */
export const adminRoutes: RouteObject[] = [
  { path: '/administrasi', element: <Navigate to="/administrasi/kantor" replace /> },
  { path: '/administrasi/kantor', element: page(<OfficesPage />) },
  { path: '/administrasi/kantor/:id', element: page(<OfficePage />) },
  { path: '/administrasi/kantor/:id/kebijakan', element: page(<PolicyPage />) },
  { path: '/administrasi/kantor/:id/kalender', element: page(<CalendarPage />) },
  { path: '/administrasi/pengguna', element: page(<UsersPage />) },
  { path: '/administrasi/pengguna/:id', element: page(<UserPage />) },
  { path: '/administrasi/kunci-api', element: page(<ApiKeysPage />) },
  { path: '/administrasi/webhook', element: page(<WebhooksPage />) },
  { path: '/administrasi/webhook/:id', element: page(<WebhookPage />) },
];
