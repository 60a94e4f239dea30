import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { useSignedIn } from '../../lib/session';
import { useNational } from './api';
import { AreaCells, AreaHeads } from './AreaFigures';
import { Figures } from './Figures';
import { TableSection } from './ScrollTable';

/**
 * Pengawasan: per province, what stops recording. A province's supervisor reads their province
 * only, so they go straight to it.
 */
export function NationalPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedIn();
  const own = me.data?.role === 'supervisor' ? me.data.provinceCode : null;
  const national = useNational(!own);
  if (own) return <Navigate to={`/pengawasan/provinsi/${own}`} replace />;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('oversight.national.title')}
      </Title>
      <QueryState query={national} empty={(d) => d.provinces.length === 0} emptyText={t('oversight.national.none')}>
        {(d) => (
          <>
            <Text size="sm" c="gray.7">
              {t('oversight.asOf', { at: formatDateTime(d.asOf, i18n.language) })}
            </Text>
            <Figures figures={d.totals} />
            <TableSection id="provinces-title" title={t('oversight.national.provinces')} minWidth={760} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('oversight.provinceLabel')}</Table.Th>
                  <Table.Th ta="right">{t('oversight.offices')}</Table.Th>
                  <AreaHeads />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.provinces.map((p) => (
                  <Table.Tr key={p.code}>
                    <Table.Td>
                      <Anchor component={Link} to={`/pengawasan/provinsi/${p.code}`}>
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(p.offices, i18n.language)}</Table.Td>
                    <AreaCells row={p} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </TableSection>
            <Anchor component={Link} to="/pengawasan/surat">
              {t('oversight.letters.open')}
            </Anchor>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
