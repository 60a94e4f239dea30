import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

// Loaded when first visited: the planner's calendar and the upload stay out of the first page.
const ToursPage = lazy(() => import('./ToursPage').then((m) => ({ default: m.ToursPage })));
const PlanTourPage = lazy(() => import('./PlanTourPage').then((m) => ({ default: m.PlanTourPage })));
const TourPage = lazy(() => import('./TourPage').then((m) => ({ default: m.TourPage })));

function Loading() {
  const { t } = useTranslation();
  return <Loader aria-label={t('state.loading')} />;
}

const page = (element: React.ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** Kunjungan: the office's village recording tours (jemput bola), planning one, and one tour. */
export const tourRoutes: RouteObject[] = [
  { path: '/kunjungan', element: page(<ToursPage />) },
  { path: '/kunjungan/baru', element: page(<PlanTourPage />) },
  { path: '/kunjungan/:id', element: page(<TourPage />) },
];
