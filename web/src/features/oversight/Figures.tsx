import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../lib/api';
import { formatDateTime } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';

/** A coverage percentage, or "no count yet". */
export function percent(value: number | null, language: string, t: TFunction): string {
  return value === null ? t('oversight.noCount') : `${formatNumber(value, language)}%`;
}

/** The area's totals, as cards: what stops recording first. */
export function Figures({ figures: f, timeZone }: { figures: Schemas['OversightFigures']; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const cards: Array<[string, string, string | null, boolean]> = [
    [
      t('oversight.pointsDown'),
      t('oversight.ofTotal', { part: n(f.servicePointsDown), total: n(f.servicePoints) }),
      f.oldestDownSince ? t('oversight.oldestSince', { at: formatDateTime(f.oldestDownSince, i18n.language, timeZone), days: t('oversight.daysAgo', { count: f.oldestDownDays ?? 0 }) }) : null,
      f.servicePointsDown > 0,
    ],
    [t('oversight.districtsDown'), n(f.districtsDown), null, f.districtsDown > 0],
    [t('oversight.repairsOpenLate'), t('oversight.openLate', { open: n(f.openRepairs), late: n(f.stalledRepairs) }), null, f.stalledRepairs > 0],
    [t('oversight.devicesOut'), n(f.devicesOutOfService), null, false],
    [t('oversight.outagesOpen'), n(f.openOutages), f.recoveringOutages > 0 ? t('oversight.recovering', { count: f.recoveringOutages }) : null, f.openOutages > 0],
    [t('oversight.backlog'), n(f.backlogRemaining), null, false],
    [t('oversight.lettersAwaiting'), n(f.lettersAwaitingReply), null, false],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {cards.map(([label, value, detail, alarm]) => (
        <Paper key={label} withBorder p="sm">
          <Text size="sm">{label}</Text>
          <Text fw={700} size="lg" c={alarm ? 'red.9' : undefined}>
            {value}
          </Text>
          {detail ? (
            <Text size="xs" c="gray.7">
              {detail}
            </Text>
          ) : null}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
