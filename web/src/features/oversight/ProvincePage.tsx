import '@mantine/charts/styles.css';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { useSignedIn } from '../../lib/session';
import { ProvinceOversight, useProvince, useProvinceSeries } from './api';
import { AreaCells, AreaHeads, Since } from './AreaFigures';
import { Figures, percent } from './Figures';
import { CoverageChart, DownChart, RepairTimeChart } from './ProvinceCharts';
import { TableSection } from './ScrollTable';

/**
 * A province per regency: what cannot record and since when, repair cases open and late, devices
 * out of service longest, outages and backlogs, coverage; the kecamatan where nothing records and
 * those furthest behind in recording; and
 * the charts (each with its table). Read only. Lazy-loaded: the chart library stays out of the first page.
 */
export function ProvincePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const me = useSignedIn();
  const province = useProvince(code);
  const series = useProvinceSeries(code);
  return (
    <Stack>
      <QueryState query={province}>
        {(d) => (
          <>
            <Title order={1} size="h2">
              {t('oversight.provincePage.title', { name: d.province.name })}
            </Title>
            {me.data?.role !== 'supervisor' || !me.data.provinceCode ? (
              <Anchor component={Link} to="/pengawasan" size="sm">
                {t('oversight.provincePage.back')}
              </Anchor>
            ) : null}
            <Province d={d} />
            <CoverageChart regencies={d.regencies} />
          </>
        )}
      </QueryState>
      <QueryState query={series}>
        {(s) => (
          <>
            <DownChart days={s.servicePointsDown} />
            <RepairTimeChart rows={s.timeToRepair} days={s.days} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Province({ d }: { d: ProvinceOversight }) {
  const { t, i18n } = useTranslation();
  const zone = d.regencies[0]?.timeZone;
  const devices = d.regencies.flatMap((r) => r.longestOutOfService.map((x) => ({ ...x, regency: r })));
  devices.sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
  return (
    <>
      <Text size="sm" c="gray.7">
        {t('oversight.asOf', { at: formatDateTime(d.asOf, i18n.language, zone) })}
      </Text>
      <Figures figures={d.totals} timeZone={zone} />

      <TableSection
        id="regencies-title"
        title={t('oversight.provincePage.regencies')}
        empty={d.regencies.length === 0 && t('oversight.provincePage.noOffices')}
        minWidth={900}
        striped
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('oversight.regency')}</Table.Th>
            <AreaHeads since />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.regencies.map((r) => (
            <Table.Tr key={r.officeId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.name}
                </Text>
                <Text size="xs" c="gray.7">
                  {r.officeName}
                </Text>
              </Table.Td>
              <AreaCells row={r} since timeZone={r.timeZone} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableSection>

      <TableSection
        id="districts-down-title"
        title={t('oversight.provincePage.districtsDown')}
        empty={d.districtsDown.length === 0 && t('oversight.provincePage.noDistrictsDown')}
        minWidth={560}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('oversight.district')}</Table.Th>
            <Table.Th>{t('oversight.regency')}</Table.Th>
            <Table.Th ta="right">{t('oversight.points')}</Table.Th>
            <Table.Th>{t('oversight.noneRecordsSince')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.districtsDown.map((k) => (
            <Table.Tr key={k.code}>
              <Table.Td>
                {k.name} ({k.code})
              </Table.Td>
              <Table.Td>{d.regencies.find((r) => r.officeId === k.officeId)?.name ?? k.regencyCode}</Table.Td>
              <Table.Td ta="right">{formatNumber(k.servicePoints, i18n.language)}</Table.Td>
              <Table.Td>
                <Since at={k.since} days={k.days} timeZone={k.timeZone} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableSection>

      <TableSection
        id="districts-behind-title"
        title={t('oversight.provincePage.districtsBehind')}
        empty={d.districtsBehind.length === 0 && t('oversight.provincePage.noDistrictsBehind')}
        minWidth={560}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('oversight.district')}</Table.Th>
            <Table.Th>{t('oversight.regency')}</Table.Th>
            <Table.Th ta="right">{t('oversight.provincePage.notYetRecorded')}</Table.Th>
            <Table.Th ta="right">{t('oversight.coverage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.districtsBehind.map((k) => (
            <Table.Tr key={k.code}>
              <Table.Td>
                {k.name} ({k.code})
              </Table.Td>
              <Table.Td>{d.regencies.find((r) => r.code === k.regencyCode)?.name ?? k.regencyCode}</Table.Td>
              <Table.Td ta="right">{formatNumber(k.notYetRecorded, i18n.language)}</Table.Td>
              <Table.Td ta="right">{percent(k.coveragePercent, i18n.language, t)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableSection>

      <TableSection id="devices-out-title" title={t('oversight.provincePage.devicesOut')} empty={devices.length === 0 && t('oversight.provincePage.noDevicesOut')} minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('oversight.device')}</Table.Th>
            <Table.Th>{t('oversight.servicePoint')}</Table.Th>
            <Table.Th>{t('oversight.regency')}</Table.Th>
            <Table.Th>{t('oversight.outSince')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.map((x) => (
            <Table.Tr key={x.deviceId}>
              <Table.Td>
                <Text size="sm">{t(`devices.kinds.${x.kind}`)}</Text>
                {x.repairCaseId ? (
                  <Anchor component={Link} to={`/perbaikan/${x.repairCaseId}`} size="xs">
                    {x.serialNumber}
                  </Anchor>
                ) : (
                  <Text size="xs" c="gray.7">
                    {x.serialNumber}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{x.servicePointName}</Table.Td>
              <Table.Td>{x.regency.name}</Table.Td>
              <Table.Td>
                <Since at={x.since} days={x.days} timeZone={x.regency.timeZone} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableSection>
    </>
  );
}
