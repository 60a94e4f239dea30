import { BarChart, LineChart } from '@mantine/charts';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import type { ProvinceSeries, RegencyOversight } from './api';
import { percent } from './Figures';
import { ScrollTable } from './ScrollTable';

/*
 * The province's charts. Each is a figure with a sentence that sums it up, and the same figures in
 * a table after it: the chart's text alternative, for screen readers and for reading exact values.
 */

function useFormat() {
  const { i18n } = useTranslation();
  return (v: number) => formatNumber(v, i18n.language);
}

/** The days as runs of equal counts (a month of days in a few rows): from, to, how many. */
export function runsOf(days: ProvinceSeries['servicePointsDown']): Array<{ from: string; to: string; count: number }> {
  const runs: Array<{ from: string; to: string; count: number }> = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last.count === d.servicePointsDown) last.to = d.date;
    else runs.push({ from: d.date, to: d.date, count: d.servicePointsDown });
  }
  return runs;
}

/** Service points that could not record at some time of each day, the last days. */
export function DownChart({ days }: { days: ProvinceSeries['servicePointsDown'] }) {
  const { t, i18n } = useTranslation();
  const n = useFormat();
  const peak = days.reduce((m, d) => Math.max(m, d.servicePointsDown), 0);
  const today = days.at(-1)?.servicePointsDown ?? 0;
  return (
    <Stack>
      <Title order={2} size="h4" id="down-series-title">
        {t('oversight.charts.down.title')}
      </Title>
      <Stack component="figure" m={0} gap="xs" aria-label={t('oversight.charts.down.chart')} aria-describedby="down-series-summary">
        <Text component="figcaption" size="sm" id="down-series-summary">
          {t('oversight.charts.down.summary', { count: days.length, peak: n(peak), today: n(today) })}
        </Text>
        <LineChart
          h={240}
          data={days.map((d) => ({ day: formatDay(d.date, i18n.language, { year: false }), down: d.servicePointsDown }))}
          dataKey="day"
          curveType="linear"
          yAxisProps={{ allowDecimals: false }}
          valueFormatter={n}
          series={[{ name: 'down', label: t('oversight.charts.down.series'), color: 'red.9' }]}
        />
      </Stack>
      <ScrollTable minWidth={280} labelledBy="down-series-title">
        <Table aria-labelledby="down-series-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('oversight.charts.days')}</Table.Th>
              <Table.Th ta="right">{t('oversight.charts.down.series')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runsOf(days).map((r) => (
              <Table.Tr key={r.from}>
                <Table.Td>{r.from === r.to ? formatDay(r.from, i18n.language) : t('oversight.charts.period', { from: formatDay(r.from, i18n.language), to: formatDay(r.to, i18n.language) })}</Table.Td>
                <Table.Td ta="right">{n(r.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Text size="xs" c="gray.7">
        {t('oversight.charts.down.how')}
      </Text>
    </Stack>
  );
}

/** Recording coverage per regency: recorded of those required to hold an e-KTP. */
export function CoverageChart({ regencies }: { regencies: RegencyOversight[] }) {
  const { t, i18n } = useTranslation();
  const n = useFormat();
  const counted = regencies.filter((r) => r.coverage.coveragePercent !== null);
  const lowest = [...counted].sort((a, b) => (a.coverage.coveragePercent ?? 0) - (b.coverage.coveragePercent ?? 0))[0];
  return (
    <Stack>
      <Title order={2} size="h4" id="coverage-title">
        {t('oversight.charts.coverage.title')}
      </Title>
      {counted.length > 0 ? (
        <Stack component="figure" m={0} gap="xs" aria-label={t('oversight.charts.coverage.chart')} aria-describedby="coverage-summary">
          <Text component="figcaption" size="sm" id="coverage-summary">
            {t('oversight.charts.coverage.summary', { count: counted.length, lowest: lowest.name, percent: percent(lowest.coverage.coveragePercent, i18n.language, t) })}
          </Text>
          <BarChart
            h={Math.max(160, counted.length * 36)}
            data={counted.map((r) => ({ regency: r.name, coverage: r.coverage.coveragePercent }))}
            dataKey="regency"
            orientation="vertical"
            yAxisProps={{ width: 120 }}
            xAxisProps={{ domain: [0, 100] }}
            unit="%"
            valueFormatter={n}
            series={[{ name: 'coverage', label: t('oversight.coverage'), color: 'blue.8' }]}
          />
        </Stack>
      ) : null}
      <ScrollTable minWidth={480} labelledBy="coverage-title">
        <Table aria-labelledby="coverage-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('oversight.regency')}</Table.Th>
              <Table.Th ta="right">{t('oversight.charts.coverage.required')}</Table.Th>
              <Table.Th ta="right">{t('oversight.charts.coverage.notYet')}</Table.Th>
              <Table.Th ta="right">{t('oversight.coverage')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regencies.map((r) => (
              <Table.Tr key={r.officeId}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ta="right">{r.coverage.requiredTotal === null ? '—' : n(r.coverage.requiredTotal)}</Table.Td>
                <Table.Td ta="right">{n(r.coverage.notYetRecorded)}</Table.Td>
                <Table.Td ta="right">{percent(r.coverage.coveragePercent, i18n.language, t)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

/** Days from a breakdown's report to its repair, median and 90th percentile per regency. */
export function RepairTimeChart({ rows, days }: { rows: ProvinceSeries['timeToRepair']; days: number }) {
  const { t } = useTranslation();
  const n = useFormat();
  const withCases = rows.filter((r) => r.closedCases > 0);
  const slowest = [...withCases].sort((a, b) => (b.medianDays ?? 0) - (a.medianDays ?? 0))[0];
  return (
    <Stack>
      <Title order={2} size="h4" id="repair-time-title">
        {t('oversight.charts.repairTime.title')}
      </Title>
      {withCases.length > 0 ? (
        <Stack component="figure" m={0} gap="xs" aria-label={t('oversight.charts.repairTime.chart')} aria-describedby="repair-time-summary">
          <Text component="figcaption" size="sm" id="repair-time-summary">
            {t('oversight.charts.repairTime.summary', { days, slowest: slowest.name, median: n(slowest.medianDays ?? 0) })}
          </Text>
          <BarChart
            h={Math.max(160, withCases.length * 48)}
            data={withCases.map((r) => ({ regency: r.name, median: r.medianDays, p90: r.p90Days }))}
            dataKey="regency"
            orientation="vertical"
            yAxisProps={{ width: 120 }}
            valueFormatter={n}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={[
              { name: 'median', label: t('oversight.charts.repairTime.median'), color: 'blue.8' },
              { name: 'p90', label: t('oversight.charts.repairTime.p90'), color: 'orange.9' },
            ]}
          />
        </Stack>
      ) : (
        <Text c="gray.7">{t('oversight.charts.repairTime.none', { days })}</Text>
      )}
      <ScrollTable minWidth={480} labelledBy="repair-time-title">
        <Table aria-labelledby="repair-time-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('oversight.regency')}</Table.Th>
              <Table.Th ta="right">{t('oversight.charts.repairTime.closed')}</Table.Th>
              <Table.Th ta="right">{t('oversight.charts.repairTime.median')}</Table.Th>
              <Table.Th ta="right">{t('oversight.charts.repairTime.p90')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.officeId}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ta="right">{n(r.closedCases)}</Table.Td>
                <Table.Td ta="right">{r.medianDays === null ? '—' : n(r.medianDays)}</Table.Td>
                <Table.Td ta="right">{r.p90Days === null ? '—' : n(r.p90Days)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
