import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

// Loaded when first visited: the date pickers and the chart library stay out of the first page.
const OutagesPage = lazy(() => import('./OutagesPage').then((m) => ({ default: m.OutagesPage })));
const OutagePage = lazy(() => import('./OutagePage').then((m) => ({ default: m.OutagePage })));

function Loading() {
  const { t } = useTranslation();
  return <Loader aria-label={t('state.loading')} />;
}

/** Gangguan: the office's outages, and one outage. */
export const outageRoutes: RouteObject[] = [
  {
    path: '/gangguan',
    element: (
      <Suspense fallback={<Loading />}>
        <OutagesPage />
      </Suspense>
    ),
  },
  {
    path: '/gangguan/:id',
    element: (
      <Suspense fallback={<Loading />}>
        <OutagePage />
      </Suspense>
    ),
  },
];
