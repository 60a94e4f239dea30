import { Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PagedTable } from '../../components/PagedTable';
import { formatDay } from '../../lib/dates';
import { TOUR_STATUSES, TourListItem, TourStatus, useSignedIn, useTours } from './api';
import { TourStatusBadge } from './StatusBadge';

/** Kunjungan: the office's village recording tours, newest first, by status, a page at a time. */
export function ToursPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedIn();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<TourStatus | null>(null);
  const [officeId, setOfficeId] = useState<string | null>(null);
  const tours = useTours({ page, status: status ?? undefined, officeId: me?.officeId ? undefined : officeId ?? undefined });
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : '—');
  const plans = !!me?.officeId && (me.role === 'operator' || me.role === 'manager');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('tours.title')}
        </Title>
        {plans ? (
          <Button component={Link} to="/kunjungan/baru">
            {t('tours.plan.title')}
          </Button>
        ) : null}
      </Group>
      <Group align="end">
        {/* People of no single office choose whose tours they read. */}
        {me?.officeId ? null : (
          <OfficeSelect
            value={officeId}
            onChange={(v) => {
              setOfficeId(v);
              setPage(1);
            }}
          />
        )}
        <Select
          label={t('tours.status')}
          placeholder={t('tours.allStatuses')}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v as TourStatus | null);
            setPage(1);
          }}
          data={TOUR_STATUSES.map((s) => ({ value: s, label: t(`tours.statuses.${s}`) }))}
          maw={260}
        />
      </Group>
      <PagedTable<TourListItem>
        query={tours}
        caption={t('tours.title')}
        pagesLabel={t('tours.pages')}
        page={page}
        onPage={setPage}
        emptyText={t('tours.none')}
        rowKey={(tour) => tour.id}
        minWidth={560}
        columns={[
          {
            header: t('tours.name'),
            cell: (tour) => (
              <>
                <Anchor component={Link} to={`/kunjungan/${tour.id}`}>
                  {tour.name}
                </Anchor>
                {tour.onHold ? (
                  <Text size="sm" c="red.9">
                    {t('tours.onHold')}
                  </Text>
                ) : null}
              </>
            ),
          },
          { header: t('tours.status'), cell: (tour) => <TourStatusBadge status={tour.status} /> },
          { header: t('tours.stops'), cell: (tour) => tour.stopCount },
          { header: t('tours.days'), cell: (tour) => (tour.firstDate === tour.lastDate ? day(tour.firstDate) : `${day(tour.firstDate)} – ${day(tour.lastDate)}`) },
        ]}
      />
    </Stack>
  );
}
