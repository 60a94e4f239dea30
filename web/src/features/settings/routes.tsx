import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

const NotificationSettingsPage = lazy(() => import('./NotificationSettingsPage').then((m) => ({ default: m.NotificationSettingsPage })));

function Loading() {
  const { t } = useTranslation();
  return <Loader aria-label={t('state.loading')} />;
}

/** Pengaturan: the signed-in person's own settings (every role). */
export const settingsRoutes: RouteObject[] = [
  {
    path: '/pengaturan/pemberitahuan',
    element: (
      <Suspense fallback={<Loading />}>
        <NotificationSettingsPage />
      </Suspense>
    ),
  },
];
