import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

// Loaded when first visited: the chart library and these pages stay out of the first page.
const NationalPage = lazy(() => import('./NationalPage').then((m) => ({ default: m.NationalPage })));
const ProvincePage = lazy(() => import('./ProvincePage').then((m) => ({ default: m.ProvincePage })));
const LettersBoardPage = lazy(() => import('./LettersBoardPage').then((m) => ({ default: m.LettersBoardPage })));

function Loading() {
  const { t } = useTranslation();
  return <Loader aria-label={t('state.loading')} />;
}

const page = (element: React.ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** Pengawasan: the supervisors' and the ministry's views (read only). */
export const oversightRoutes: RouteObject[] = [
  { path: '/pengawasan', element: page(<NationalPage />) },
  { path: '/pengawasan/provinsi/:code', element: page(<ProvincePage />) },
  { path: '/pengawasan/surat', element: page(<LettersBoardPage />) },
];
