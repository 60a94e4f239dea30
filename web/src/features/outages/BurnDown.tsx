import { LineChart } from '@mantine/charts';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/dates';
import { formatNumber as count } from '../../lib/numbers';
import type { OutageDetail } from './api';

/** One day of the burn-down: what was printed, what was left, and the overtime target if one was set. */
export interface BurnDownDay {
  date: string;
  printed: number | null;
  left: number | null;
  target: number | null;
  met: boolean | null;
  /** What would be left had that day met its target (from what was left the day before). */
  targetLeft: number | null;
}

/** The days of the print backlog, in order: those printed and those with an overtime target. */
export function burnDownDays(o: Pick<OutageDetail, 'backlogInitial' | 'burnDown' | 'overtime'>): BurnDownDay[] {
  const dates = [...new Set([...o.burnDown.map((d) => d.date), ...o.overtime.map((d) => d.date)])].sort();
  let before = o.backlogInitial;
  return dates.map((date) => {
    const done = o.burnDown.find((d) => d.date === date);
    const plan = o.overtime.find((d) => d.date === date);
    const day: BurnDownDay = {
      date,
      printed: done?.printed ?? null,
      left: done?.remaining ?? null,
      target: plan?.target ?? null,
      met: plan ? plan.met : null,
      targetLeft: plan && before !== null ? Math.max(0, before - plan.target) : null,
    };
    if (done) before = done.remaining;
    return day;
  });
}

/**
 * The backlog burned down day by day: a chart of what was left against the overtime targets, and
 * the same days in a table (the chart's text alternative), with a sentence that sums it up.
 */
export function BurnDown({ outage, resolvedDay }: { outage: OutageDetail; resolvedDay: string | null }) {
  const { t, i18n } = useTranslation();
  const days = burnDownDays(outage);
  const initial = outage.backlogInitial;
  const printedDays = days.filter((d) => d.left !== null);
  const withTarget = days.some((d) => d.target !== null);
  const summary =
    initial !== null && initial > 0
      ? [
          t('outages.burnDown.summary', { initial: count(initial, i18n.language), left: count(printedDays.at(-1)?.left ?? initial, i18n.language), count: printedDays.length }),
          withTarget ? t('outages.burnDown.summaryTarget') : '',
        ].join(' ').trim()
      : null;
  const chartData = [
    ...(initial !== null && initial > 0 ? [{ day: t('outages.burnDown.start'), left: initial, targetLeft: withTarget ? initial : null }] : []),
    ...days.map((d) => ({ day: formatDay(d.date, i18n.language, { year: false }), left: d.left, targetLeft: d.targetLeft })),
  ];
  return (
    <Stack>
      <Title order={2} size="h4" id="burn-down-title">
        {t('outages.burnDown.title')}
      </Title>
      {summary ? (
        <Stack component="figure" m={0} gap="xs" aria-label={t('outages.burnDown.chart')} aria-describedby="burn-down-summary">
          <Text component="figcaption" size="sm" id="burn-down-summary">
            {summary}
          </Text>
          <LineChart
            h={260}
            data={chartData}
            dataKey="day"
            curveType="linear"
            connectNulls
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            yAxisProps={{ allowDecimals: false }}
            valueFormatter={(v) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID').format(v)}
            series={[
              { name: 'left', label: t('outages.burnDown.left'), color: 'blue.8' },
              ...(withTarget ? [{ name: 'targetLeft', label: t('outages.burnDown.targetLeft'), color: 'orange.9', strokeDasharray: '6 4' }] : []),
            ]}
          />
        </Stack>
      ) : null}
      <Table.ScrollContainer minWidth={320}>
        <Table aria-labelledby="burn-down-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('outages.burnDown.date')}</Table.Th>
              <Table.Th ta="right">{t('outages.burnDown.printed')}</Table.Th>
              <Table.Th ta="right">{t('outages.burnDown.left')}</Table.Th>
              <Table.Th ta="right">{t('outages.burnDown.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {initial !== null && initial > 0 ? (
              <Table.Tr>
                <Table.Td>
                  {t('outages.burnDown.start')}
                  {resolvedDay ? `, ${formatDay(resolvedDay, i18n.language)}` : ''}
                </Table.Td>
                <Table.Td ta="right">—</Table.Td>
                <Table.Td ta="right">{count(initial, i18n.language)}</Table.Td>
                <Table.Td ta="right">—</Table.Td>
              </Table.Tr>
            ) : null}
            {days.map((d) => (
              <Table.Tr key={d.date}>
                <Table.Td>{formatDay(d.date, i18n.language)}</Table.Td>
                <Table.Td ta="right">{d.printed === null ? '—' : count(d.printed, i18n.language)}</Table.Td>
                <Table.Td ta="right">{d.left === null ? '—' : count(d.left, i18n.language)}</Table.Td>
                <Table.Td ta="right">
                  {d.target === null ? (
                    '—'
                  ) : (
                    <>
                      {count(d.target, i18n.language)}
                      {d.printed !== null ? (
                        <Text span size="sm" c={d.met ? 'teal.9' : 'red.9'}>
                          {' '}
                          ({d.met ? t('outages.burnDown.met') : t('outages.burnDown.notMet')})
                        </Text>
                      ) : null}
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {days.length === 0 ? <Text c="gray.7">{t('outages.burnDown.none')}</Text> : null}
    </Stack>
  );
}
