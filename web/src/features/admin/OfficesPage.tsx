import { Anchor, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTable } from '../../components/PagedTable';
import { officeZone } from '../../lib/dates';
import { AdminNav } from './AdminNav';
import { CreateOffice } from './CreateOffice';
import { type Office, useOffices } from './api';

/** Kantor: the offices, searched by name; each opens its letterhead, zone, service points and policy. */
export function OfficesPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const offices = useOffices(page, q);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.offices.title')}
      </Title>
      <AdminNav />
      <CreateOffice />
      <TextInput
        label={t('admin.offices.search')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        maw={480}
      />
      <PagedTable<Office>
        query={offices}
        caption={t('admin.offices.title')}
        page={page}
        onPage={setPage}
        emptyText={t('admin.offices.none')}
        rowKey={(o) => o.id}
        columns={[
          {
            header: t('admin.offices.name'),
            cell: (o) => (
              <Anchor component={Link} to={`/administrasi/kantor/${o.id}`}>
                {o.name}
              </Anchor>
            ),
          },
          { header: t('admin.offices.regency'), cell: (o) => o.regencyCode },
          { header: t('admin.offices.timeZone'), cell: (o) => officeZone(o.timeZone).name },
          { header: t('admin.offices.email'), cell: (o) => o.email ?? '—' },
        ]}
      />
    </Stack>
  );
}
