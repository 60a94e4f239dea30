import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/dates';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The time between now and then in its two largest units ("2 jam 5 menit"), seconds only under a minute. */
export function useDurationText(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms: number) => {
    const abs = Math.abs(ms);
    if (abs < MINUTE) return t('countdown.second', { count: Math.floor(abs / 1000) });
    const days = Math.floor(abs / DAY);
    const hours = Math.floor((abs % DAY) / HOUR);
    const minutes = Math.floor((abs % HOUR) / MINUTE);
    const parts =
      days > 0
        ? [t('countdown.day', { count: days }), hours > 0 ? t('countdown.hour', { count: hours }) : null]
        : [hours > 0 ? t('countdown.hour', { count: hours }) : null, minutes > 0 ? t('countdown.minute', { count: minutes }) : null];
    return parts.filter(Boolean).join(' ');
  };
}

/** Now, read again every second (a second-long countdown under a minute, whole minutes above). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * A deadline as a live countdown ("sisa 2 jam 5 menit", "lewat 3 menit") beside the deadline itself
 * with its zone; red once it has passed. The ticking text is not a live region (screen readers are
 * not told every second); passing the deadline while the page is open is announced once.
 */
export function DeadlineCountdown({ deadline, timeZone, label }: { deadline: string; timeZone?: string; label?: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const duration = useDurationText();
  const left = new Date(deadline).getTime() - now;
  const late = left < 0;
  const [wasLate] = useState(late);
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        {label ?? t('countdown.deadline')}: <time dateTime={deadline}>{formatDateTime(deadline, i18n.language, timeZone)}</time>
      </Text>
      <Text size="sm" fw={700} c={late ? 'red.8' : undefined} role="timer" aria-live="off">
        ({late ? t('countdown.late', { duration: duration(left) }) : t('countdown.left', { duration: duration(left) })})
      </Text>
      <VisuallyHidden aria-live="polite">{late && !wasLate ? t('countdown.nowLate') : ''}</VisuallyHidden>
    </Group>
  );
}
