import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { useServicePoints } from './api';

/** Beranda: whether each service point of the office records and prints today, and since when not. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const points = useServicePoints();
  const state = (works: boolean, since: string | null) => (
    <Stack gap={2}>
      <Badge color={works ? 'green' : 'red'} variant="light">
        {works ? t('dashboard.works') : t('dashboard.down')}
      </Badge>
      {!works && since ? <Text size="xs">{t('dashboard.since', { when: formatDateTime(since, i18n.language) })}</Text> : null}
    </Stack>
  );
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('dashboard.title')}
      </Title>
      <Title order={2} size="h4">
        {t('dashboard.servicePoints')}
      </Title>
      <QueryState query={points} empty={(d) => d.items.length === 0} emptyText={t('dashboard.noServicePoints')}>
        {(d) => (
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard.name')}</Table.Th>
                  <Table.Th>{t('dashboard.records')}</Table.Th>
                  <Table.Th>{t('dashboard.prints')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{state(p.canRecord, p.recordDownSince)}</Table.Td>
                    <Table.Td>{state(p.canPrint, p.printDownSince)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
