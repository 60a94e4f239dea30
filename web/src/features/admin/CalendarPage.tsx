import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { addDays, longDay, officeZone, todayInZone } from '../../lib/dates';
import { AdminNav } from './AdminNav';
import {
  type CalendarDay,
  HINT,
  type Office,
  refusedFields,
  useOffice,
  useOfficeCalendar,
  useNationalDaysOff,
  useOfficeDaysOff,
  useRemoveNationalDayOff,
  useRemoveOfficeDayOff,
  useSetNationalDayOff,
  useSetOfficeDayOff,
  useSignedIn,
  useSetWorkingWeek,
  useWorkingWeek,
  type WorkingWeek,
} from './api';
import { FormFooter } from './FormFooter';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** How far ahead the page lists the days off. */
const AHEAD_DAYS = 90;

/** Kalender kerja: the office's working week and hours, its own days off, and the days off ahead with their reasons. */
export function CalendarPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const office = useOffice(id);
  // A manager reaches their own office's calendar from the navigation; the office's page is an admin's.
  const me = useSignedIn();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.calendar.title')}
      </Title>
      <AdminNav />
      <QueryState query={office}>
        {(o) => (
          <>
            {me?.role === 'admin' ? (
              <Anchor component={Link} to={`/administrasi/kantor/${o.id}`}>
                {o.name}
              </Anchor>
            ) : (
              <Text fw={500}>{o.name}</Text>
            )}
            <Text size="sm">{t('admin.calendar.intro')}</Text>
            <Week office={o} />
            <OwnDays office={o} />
            <NationalDays />
            <Ahead office={o} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Week({ office }: { office: Office }) {
  const week = useWorkingWeek(office.id);
  return <QueryState query={week}>{(w) => <WeekForm key={`${w.workingDays.join()}-${w.dayStart}-${w.dayEnd}`} office={office} week={w} />}</QueryState>;
}

function WeekForm({ office, week }: { office: Office; week: WorkingWeek }) {
  const { t } = useTranslation();
  const save = useSetWorkingWeek(office.id);
  const [days, setDays] = useState<string[]>(week.workingDays.map(String));
  const [start, setStart] = useState(week.dayStart);
  const [end, setEnd] = useState(week.dayEnd);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const refused = refusedFields(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (days.length === 0) found.workingDays = t('admin.calendar.atLeastOneDay');
    if (!HHMM.test(start)) found.dayStart = t('admin.calendar.timeFormat');
    if (!HHMM.test(end)) found.dayEnd = t('admin.calendar.timeFormat');
    else if (HHMM.test(start) && end <= start) found.dayEnd = t('admin.calendar.endAfterStart');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({ workingDays: days.map(Number), dayStart: start, dayEnd: end });
  };
  const error = (f: string) => problems[f] ?? (refused.includes(f) ? t('admin.invalidField') : undefined);
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} noValidate aria-label={t('admin.calendar.week')}>
      <Stack>
        <Group>
          <Title order={2} size="h4">
            {t('admin.calendar.week')}
          </Title>
          <Badge variant="outline">{week.isDefault ? t('admin.calendar.usesDefault') : t('admin.calendar.ownWeek')}</Badge>
        </Group>
        <Checkbox.Group label={t('admin.calendar.workingDays')} value={days} onChange={setDays} error={error('workingDays')}>
          <Group mt="xs" gap="sm">
            {WEEKDAYS.map((d) => (
              <Checkbox key={d} value={String(d)} label={t(`admin.calendar.weekdays.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group align="flex-start">
          <TextInput
            label={t('admin.calendar.dayStart')}
            description={t('admin.calendar.timeHint', { zone: officeZone(office.timeZone).name })}
            styles={HINT}
            w={180}
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={error('dayStart')}
          />
          <TextInput
            label={t('admin.calendar.dayEnd')}
            description={t('admin.calendar.timeHint', { zone: officeZone(office.timeZone).name })}
            styles={HINT}
            w={180}
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={error('dayEnd')}
          />
        </Group>
        <FormFooter mutation={save} label={t('admin.calendar.saveWeek')} />
      </Stack>
    </Paper>
  );
}

function OwnDays({ office }: { office: Office }) {
  const { t } = useTranslation();
  return (
    <DaysOffSection
      title={t('admin.calendar.ownDays')}
      empty={t('admin.calendar.noOwnDays')}
      addLabel={t('admin.calendar.addDay')}
      days={useOfficeDaysOff(office.id)}
      add={useSetOfficeDayOff(office.id)}
      remove={useRemoveOfficeDayOff(office.id)}
    />
  );
}

/** Cuti bersama: days off an admin decrees for every office, beside the public holidays. */
function NationalDays() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const days = useNationalDaysOff();
  const add = useSetNationalDayOff();
  const remove = useRemoveNationalDayOff();
  if (me?.role !== 'admin') return null;
  return (
    <DaysOffSection
      title={t('admin.calendar.nationalDays')}
      intro={t('admin.calendar.nationalIntro')}
      empty={t('admin.calendar.noNationalDays')}
      addLabel={t('admin.calendar.addNationalDay')}
      days={days}
      add={add}
      remove={remove}
    />
  );
}

type DayOff = { date: string; name: string };

/** A list of days off with a remove button each, and a form that adds one (a date sent again is the same day). */
function DaysOffSection({
  title,
  intro,
  empty,
  addLabel,
  days,
  add,
  remove,
}: {
  title: string;
  intro?: string;
  empty: string;
  addLabel: string;
  days: UseQueryResult<DayOff[]>;
  add: UseMutationResult<unknown, unknown, DayOff>;
  remove: UseMutationResult<unknown, unknown, string>;
}) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const refused = refusedFields(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = t('admin.calendar.dateFormat');
    if (!name.trim()) found.name = t('admin.required');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    add.mutate({ date, name: name.trim() }, { onSuccess: () => (setDate(''), setName('')) });
  };
  const error = (f: string) => problems[f] ?? (refused.includes(f) ? t('admin.invalidField') : undefined);
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack>
        <Title order={2} size="h4">
          {title}
        </Title>
        {intro ? <Text size="sm">{intro}</Text> : null}
        <QueryState query={days}>
          {(list) =>
            list.length === 0 ? (
              <Text size="sm">{empty}</Text>
            ) : (
              <Table.ScrollContainer minWidth={280}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('admin.calendar.date')}</Table.Th>
                      <Table.Th>{t('admin.calendar.name')}</Table.Th>
                      <Table.Th>{t('admin.calendar.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((d) => (
                      <Table.Tr key={d.date}>
                        <Table.Td>{longDay(d.date, i18n.language)}</Table.Td>
                        <Table.Td>{d.name}</Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="default"
                            loading={remove.isPending && remove.variables === d.date}
                            onClick={() => remove.mutate(d.date)}
                            aria-label={t('admin.calendar.removeDay', { day: longDay(d.date, i18n.language) })}>
                            {t('admin.calendar.remove')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
        <ErrorText error={remove.error} />
        <form onSubmit={submit} noValidate aria-label={addLabel}>
          <Stack gap="xs">
            <Group align="flex-start">
              <TextInput type="date" label={t('admin.calendar.date')} w={180} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={error('date')} />
              <TextInput
                label={t('admin.calendar.name')}
                placeholder={t('admin.calendar.namePlaceholder')}
                maw={320}
                style={{ flex: 1 }}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={error('name')}
              />
            </Group>
            <FormFooter mutation={add} label={addLabel} />
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

function Ahead({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const today = todayInZone(officeZone(office.timeZone));
  const to = addDays(today, AHEAD_DAYS - 1);
  const calendar = useOfficeCalendar(office.id, today, to);
  const reason = (d: CalendarDay) =>
    d.reasons.map((r) => (r.name ? `${t(`admin.calendar.reasons.${r.kind}`)}: ${r.name}` : t(`admin.calendar.reasons.${r.kind}`))).join(' · ');
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('admin.calendar.ahead', { count: AHEAD_DAYS })}
        </Title>
        <QueryState query={calendar}>
          {(c) => {
            // Weekends alone are left out: the week above says them.
            const off = c.days.filter((d) => !d.working && d.reasons.some((r) => r.kind !== 'weekend'));
            return off.length === 0 ? (
              <Text size="sm">{t('admin.calendar.noneAhead')}</Text>
            ) : (
              <Stack gap={4} component="ul" style={{ paddingLeft: 0, listStyle: 'none' }}>
                {off.map((d) => (
                  <Text key={d.date} component="li" size="sm">
                    <strong>{longDay(d.date, i18n.language)}</strong> — {reason(d)}
                  </Text>
                ))}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}
