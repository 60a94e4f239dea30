import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StopStatus, TourStatus } from './api';

// Shades of 4.5:1 or more against white (outline badges: the text takes the colour).

const TOUR_COLOURS: Record<TourStatus, string> = {
  planned: 'grape.9',
  approved: 'blue.9',
  'in-progress': 'cyan.9',
  completed: 'teal.9',
  cancelled: 'gray.7',
  rejected: 'red.9',
};

export function TourStatusBadge({ status, size }: { status: TourStatus; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="outline" color={TOUR_COLOURS[status]}>
      {t(`tours.statuses.${status}`)}
    </Badge>
  );
}

const STOP_COLOURS: Record<StopStatus, string> = {
  planned: 'gray.7',
  notified: 'blue.9',
  'checked-in': 'cyan.9',
  syncing: 'grape.9',
  completed: 'teal.9',
  skipped: 'gray.7',
  cancelled: 'gray.7',
};

export function StopStatusBadge({ status }: { status: StopStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={STOP_COLOURS[status]}>
      {t(`tours.stopStatuses.${status}`)}
    </Badge>
  );
}

const BATCH_COLOURS: Record<string, string> = { received: 'gray.7', sent: 'grape.9', acknowledged: 'teal.9', rejected: 'red.9' };

export function BatchStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={BATCH_COLOURS[status] ?? 'gray.7'}>
      {t(`tours.batchStatuses.${status}`, { defaultValue: status })}
    </Badge>
  );
}
