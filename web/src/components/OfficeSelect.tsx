import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, data } from '../lib/api';

/**
 * For people of no single office (admins, supervisors): which office a page shows. The list is the
 * offices the server lets this person read, searched by name.
 */
export function OfficeSelect({ value, onChange }: { value: string | null; onChange: (officeId: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const offices = useQuery({
    queryKey: ['offices', q],
    queryFn: () => data(client.GET('/offices', { params: { query: { limit: 50, q: q || undefined } } })),
  });
  return (
    <Select
      label={t('officeSelect.label')}
      placeholder={t('officeSelect.placeholder')}
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('officeSelect.none')}
      data={(offices.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
      maw={480}
    />
  );
}
