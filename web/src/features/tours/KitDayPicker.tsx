import { Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, longDay } from '../../lib/dates';
import { usePickerLabels } from '../../lib/pickers';
import type { PlanningCalendar } from './api';

/**
 * A stop's day on the calendar, from today (the office's) up to a year ahead. The kit's days already
 * booked (by a stop of another tour, or by another stop of this plan) cannot be chosen, and the
 * office's days off (public holidays, cuti bersama, its own) are marked; each day's name says why,
 * for screen readers too.
 */
export function KitDayPicker({
  label,
  value,
  onChange,
  today,
  calendar,
  otherDays = [],
  ignoreStopId,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (date: string | null) => void;
  today: string;
  calendar: PlanningCalendar | undefined;
  /** Days other stops of the same plan take. */
  otherDays?: string[];
  /** The stop being moved: its own day is not booked against it. */
  ignoreStopId?: string;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const labels = usePickerLabels();
  const booked = useMemo(() => new Map((calendar?.bookedDays ?? []).filter((b) => b.stopId !== ignoreStopId).map((b) => [b.date, b])), [calendar, ignoreStopId]);
  const holidays = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const h of calendar?.holidays ?? []) m.set(h.date, [...(m.get(h.date) ?? []), t(`tours.calendar.holiday.${h.kind}`, { name: h.name })]);
    return m;
  }, [calendar, t]);
  const taken = (day: string) => booked.has(day) || otherDays.includes(day);
  const describe = (date: string) => {
    const day = date.slice(0, 10);
    const parts = [longDay(day, i18n.language)];
    const b = booked.get(day);
    if (b) parts.push(t('tours.calendar.bookedBy', { tour: b.tourName, village: b.villageName }));
    else if (otherDays.includes(day)) parts.push(t('tours.calendar.otherStop'));
    const h = holidays.get(day);
    if (h) parts.push(h.join(', '));
    return parts.join(' — ');
  };
  const holiday = value ? holidays.get(value) : undefined;
  return (
    <>
      <DatePickerInput
        label={label}
        required
        value={value}
        onChange={onChange}
        minDate={today}
        maxDate={addDays(today, 365)}
        valueFormat="DD MMM YYYY"
        excludeDate={(d) => taken(d.slice(0, 10))}
        getDayAriaLabel={describe}
        getDayProps={(d) => {
          const day = d.slice(0, 10);
          if (day === value) return {};
          if (holidays.has(day)) return { style: { color: 'var(--mantine-color-red-9)', fontWeight: 700, textDecoration: 'underline' } };
          if (taken(day)) return { style: { textDecoration: 'line-through' } };
          return {};
        }}
        error={error}
        {...labels}
      />
      {holiday ? (
        <Text size="sm" c="red.9">
          {t('tours.calendar.holidayChosen', { name: holiday.join(', ') })}
        </Text>
      ) : null}
    </>
  );
}
