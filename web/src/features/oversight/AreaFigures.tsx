import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../lib/api';
import { formatDateTime } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { percent } from './Figures';

/** A row of a board: an area's figures (a province on the national board, a regency on a province's). */
type AreaRow = Schemas['OversightFigures'] & { coverage: Schemas['CoverageFigures'] };

/** Since when (in the office's zone) and how many days ago; a dash when it is not so. */
export function Since({ at, days, timeZone }: { at: string | null | undefined; days: number | null | undefined; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  if (!at) return <>—</>;
  return (
    <>
      <Text size="sm">{formatDateTime(at, i18n.language, timeZone)}</Text>
      <Text size="xs" c="gray.7">
        {t('oversight.daysAgo', { count: days ?? 0 })}
      </Text>
    </>
  );
}

/** The headings of an area's figures, in the order of the cards; `since`: with since when the longest-down point cannot record. */
export function AreaHeads({ since = false }: { since?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th ta="right">{t('oversight.pointsDown')}</Table.Th>
      {since ? <Table.Th>{t('oversight.downSince')}</Table.Th> : null}
      <Table.Th ta="right">{t('oversight.districtsDown')}</Table.Th>
      <Table.Th ta="right">{t('oversight.repairsOpenLate')}</Table.Th>
      <Table.Th ta="right">{t('oversight.devicesOut')}</Table.Th>
      <Table.Th ta="right">{t('oversight.outagesOpen')}</Table.Th>
      <Table.Th ta="right">{t('oversight.backlog')}</Table.Th>
      <Table.Th ta="right">{t('oversight.lettersAwaiting')}</Table.Th>
      <Table.Th ta="right">{t('oversight.coverage')}</Table.Th>
    </>
  );
}

/** The cells under AreaHeads: kecamatan that cannot record stand out in red, recovering outages are named. */
export function AreaCells({ row: r, since = false, timeZone }: { row: AreaRow; since?: boolean; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <>
      <Table.Td ta="right">{t('oversight.ofTotal', { part: n(r.servicePointsDown), total: n(r.servicePoints) })}</Table.Td>
      {since ? (
        <Table.Td>
          <Since at={r.oldestDownSince} days={r.oldestDownDays} timeZone={timeZone} />
        </Table.Td>
      ) : null}
      <Table.Td ta="right">
        {r.districtsDown > 0 ? (
          <Badge color="red.9" variant="filled">
            {n(r.districtsDown)}
          </Badge>
        ) : (
          n(0)
        )}
      </Table.Td>
      <Table.Td ta="right">{t('oversight.openLate', { open: n(r.openRepairs), late: n(r.stalledRepairs) })}</Table.Td>
      <Table.Td ta="right">{n(r.devicesOutOfService)}</Table.Td>
      <Table.Td ta="right">
        {r.recoveringOutages > 0 ? t('oversight.openRecovering', { open: n(r.openOutages), recovering: n(r.recoveringOutages) }) : n(r.openOutages)}
      </Table.Td>
      <Table.Td ta="right">{n(r.backlogRemaining)}</Table.Td>
      <Table.Td ta="right">{n(r.lettersAwaitingReply)}</Table.Td>
      <Table.Td ta="right">{percent(r.coverage.coveragePercent, i18n.language, t)}</Table.Td>
    </>
  );
}
