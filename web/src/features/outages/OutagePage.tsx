import '@mantine/charts/styles.css';
import { Anchor, Badge, Button, Group, List, NumberInput, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { DatePickerInput, DateTimePicker } from '@mantine/dates';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, nowInZone, officeZone, OfficeZone, todayInZone, zonedIso } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { useDateTimePickerLabels, usePickerLabels } from '../../lib/pickers';
import { allowedActions, OutageAction, OutageDetail, useOffice, useOutage, useOutageAction } from './api';
import { BurnDown } from './BurnDown';

/**
 * One outage: what it stopped and where, since when, what this person may do now (resolve it with
 * its backlog, record a day's printing, set an overtime target), the backlog's burn-down, the
 * letters it escalated to and its timeline. Lazy-loaded: the chart library stays out of the first page.
 */
export function OutagePage() {
  const { id = '' } = useParams();
  const outage = useOutage(id);
  return <QueryState query={outage}>{(o) => <OfficeClock officeId={o.officeId}>{(zone) => <Outage outage={o} zone={zone} />}</OfficeClock>}</QueryState>;
}

/** Times and days are the office's own (its zone, as the API gives it). */
function OfficeClock({ officeId, children }: { officeId: string; children: (zone: OfficeZone) => React.ReactNode }) {
  const office = useOffice(officeId);
  return <QueryState query={office}>{(f) => children(officeZone(f.timeZone))}</QueryState>;
}

function Outage({ outage: o, zone }: { outage: OutageDetail; zone: OfficeZone }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language, zone.timeZone);
  const stopped = [o.stopsRecording ? t('outages.stopsRecording') : null, o.stopsPrinting ? t('outages.stopsPrinting') : null].filter(Boolean).join(', ');
  // The day it was resolved, on the office's calendar: printing down the backlog starts then.
  const resolvedDay = o.resolvedAt ? todayInZone(zone, new Date(o.resolvedAt).getTime()) : null;
  const facts: Array<[string, React.ReactNode]> = [
    [t('outages.kind'), t(`outages.kinds.${o.kind}`)],
    [t('outages.scope'), o.wholeOffice ? t('outages.wholeOffice') : t('outages.pointsCount', { count: o.servicePoints.length })],
    [t('outages.sinceShort'), when(o.startedAt)],
    ...(o.resolvedAt ? ([[t('outages.resolvedAt'), when(o.resolvedAt)]] as Array<[string, string]>) : []),
    [t('outages.daysDown'), t('outages.days', { count: o.daysDown, formatted: formatNumber(o.daysDown, i18n.language) })],
    [t('outages.stops'), stopped || t('outages.nothingStopped')],
    ...(o.backlogInitial !== null && o.backlogInitial > 0
      ? ([[t('outages.backlog'), t('outages.backlogOf', { left: formatNumber(o.backlogRemaining ?? 0, i18n.language), initial: formatNumber(o.backlogInitial, i18n.language) })]] as Array<[string, string]>)
      : []),
  ];
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('outages.heading', { kind: t(`outages.kinds.${o.kind}`) })}
      </Title>
      <Group>
        <Badge size="lg" variant={o.status === 'open' ? 'filled' : 'outline'} color={o.status === 'open' ? 'red.9' : undefined}>
          {t(`outages.statuses.${o.status}`)}
        </Badge>
        {o.needsEscalation ? <Badge color="grape.9">{t('outages.escalated')}</Badge> : null}
        {o.daysTaken !== null ? <Text size="sm">{t('outages.daysTaken', { count: o.daysTaken })}</Text> : null}
      </Group>
      <Text>{o.description}</Text>
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 120, sm: 200 }}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Actions outage={o} zone={zone} resolvedDay={resolvedDay} />

      <Title order={2} size="h4">
        {t('outages.affected')}
      </Title>
      {o.servicePoints.length === 0 ? (
        <Text c="gray.7">{t('outages.noPoints')}</Text>
      ) : (
        <List spacing="xs">
          {o.servicePoints.map((p) => (
            <List.Item key={p.id}>
              <Group gap="xs">
                <Text span>{p.name}</Text>
                <Badge size="sm" variant="outline" color={p.canRecord ? 'teal.9' : 'red.9'}>
                  {p.canRecord ? t('outages.canRecord') : t('outages.cannotRecord')}
                </Badge>
                <Badge size="sm" variant="outline" color={p.canPrint ? 'teal.9' : 'red.9'}>
                  {p.canPrint ? t('outages.canPrint') : t('outages.cannotPrint')}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      )}

      {(o.backlogInitial !== null && o.backlogInitial > 0) || o.overtime.length > 0 ? <BurnDown outage={o} resolvedDay={resolvedDay} /> : null}

      {o.escalations.length > 0 ? (
        <>
          <Title order={2} size="h4">
            {t('outages.letters')}
          </Title>
          <List spacing="xs">
            {o.escalations.map((e) => (
              <List.Item key={e.id}>
                <Anchor component={Link} to={`/surat/${e.id}`}>
                  {t('outages.letter', { round: e.round })}
                </Anchor>{' '}
                <Badge size="sm" variant="outline">
                  {t(`outages.escalationStatuses.${e.status}`)}
                </Badge>
              </List.Item>
            ))}
          </List>
        </>
      ) : null}

      <Title order={2} size="h4">
        {t('outages.timeline')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2}>
        {o.timeline.map((e) => (
          <Timeline.Item key={`${e.seq}-${e.event}-${e.occurredAt}`} title={t(`outages.events.${e.event}`, { defaultValue: e.event })}>
            <Text size="sm">
              {e.actor === 'system' ? t('outages.system') : e.actor} · {when(e.occurredAt)}
            </Text>
            {e.note ? <Text size="sm">{e.note}</Text> : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

/** A button for each action the server allows this person now, with the form that action needs. */
function Actions({ outage, zone, resolvedDay }: { outage: OutageDetail; zone: OfficeZone; resolvedDay: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OutageAction | null>(null);
  const actions = allowedActions(outage);
  if (actions.length === 0) return null;
  return (
    <Stack>
      <Group>
        {actions.map((a) => (
          <Button key={a} variant={open === a ? 'filled' : 'default'} onClick={() => setOpen(open === a ? null : a)} aria-expanded={open === a}>
            {t(`outages.actions.${a}`)}
          </Button>
        ))}
      </Group>
      {open === 'resolve' ? <ResolveForm outage={outage} zone={zone} onDone={() => setOpen(null)} /> : null}
      {open === 'print-progress' ? <PrintProgressForm outage={outage} zone={zone} resolvedDay={resolvedDay} onDone={() => setOpen(null)} /> : null}
      {open === 'overtime' ? <OvertimeForm outage={outage} zone={zone} onDone={() => setOpen(null)} /> : null}
    </Stack>
  );
}

function ActionForm({ action, error, pending, onSubmit, children }: { action: OutageAction; error: unknown; pending: boolean; onSubmit: () => void; children: React.ReactNode }) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label={t(`outages.actions.${action}`)}>
      <Stack>
        {children}
        <ErrorText error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            {t('outages.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The service is back: since when, and the cards it left unprinted (only an outage that stopped printing leaves any). */
function ResolveForm({ outage, zone, onDone }: { outage: OutageDetail; zone: OfficeZone; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const act = useOutageAction(outage.id);
  const labels = useDateTimePickerLabels();
  const [since, setSince] = useState<string | null>(() => nowInZone(zone).slice(0, 16) + ':00');
  const [backlog, setBacklog] = useState<number | string>(0);
  return (
    <ActionForm
      action="resolve"
      error={act.error}
      pending={act.isPending}
      onSubmit={() =>
        act.mutate(
          { action: 'resolve', body: { resolvedAt: since ? zonedIso(since, zone) : undefined, backlog: outage.stopsPrinting ? Number(backlog) || 0 : 0 } },
          { onSuccess: onDone },
        )
      }
    >
      <DateTimePicker
        label={t('outages.fields.resolvedAt', { zone: zone.name })}
        required
        value={since}
        onChange={setSince}
        minDate={nowInZone(zone, new Date(outage.startedAt).getTime()).slice(0, 10)}
        maxDate={nowInZone(zone)}
        valueFormat="DD MMM YYYY HH:mm"
        {...labels}
      />
      {outage.stopsPrinting ? (
        <NumberInput
          label={t('outages.fields.backlog')}
          description={t('outages.fields.backlogHint')}
          descriptionProps={{ c: 'gray.7' }}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...separators(i18n.language)}
          value={backlog}
          onChange={setBacklog}
        />
      ) : null}
    </ActionForm>
  );
}

/** A day's printing, on the office's days: from the day it was resolved to today. */
function PrintProgressForm({ outage, zone, resolvedDay, onDone }: { outage: OutageDetail; zone: OfficeZone; resolvedDay: string | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const act = useOutageAction(outage.id);
  const labels = usePickerLabels();
  const [date, setDate] = useState<string | null>(todayInZone(zone));
  const [printed, setPrinted] = useState<number | string>('');
  return (
    <ActionForm
      action="print-progress"
      error={act.error}
      pending={act.isPending}
      onSubmit={() => date && act.mutate({ action: 'print-progress', body: { date, printed: Number(printed) } }, { onSuccess: onDone })}
    >
      <DatePickerInput
        label={t('outages.fields.date', { zone: zone.name })}
        required
        value={date}
        onChange={setDate}
        minDate={resolvedDay ?? undefined}
        maxDate={todayInZone(zone)}
        valueFormat="DD MMM YYYY"
        {...labels}
      />
      <NumberInput
        label={t('outages.fields.printed')}
        description={t('outages.fields.printedHint')}
        descriptionProps={{ c: 'gray.7' }}
        required
        min={0}
        allowDecimal={false}
        allowNegative={false}
        {...separators(i18n.language)}
        value={printed}
        onChange={setPrinted}
      />
    </ActionForm>
  );
}

/** An overtime day and its print target (on the office's days), from the day the outage began. */
function OvertimeForm({ outage, zone, onDone }: { outage: OutageDetail; zone: OfficeZone; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const act = useOutageAction(outage.id);
  const labels = usePickerLabels();
  const [date, setDate] = useState<string | null>(todayInZone(zone));
  const [target, setTarget] = useState<number | string>('');
  return (
    <ActionForm
      action="overtime"
      error={act.error}
      pending={act.isPending}
      onSubmit={() => date && act.mutate({ action: 'overtime', body: { date, target: Number(target) } }, { onSuccess: onDone })}
    >
      <DatePickerInput
        label={t('outages.fields.overtimeDate', { zone: zone.name })}
        required
        value={date}
        onChange={setDate}
        minDate={todayInZone(zone, new Date(outage.startedAt).getTime())}
        valueFormat="DD MMM YYYY"
        {...labels}
      />
      <NumberInput
        label={t('outages.fields.target')}
        required
        min={1}
        allowDecimal={false}
        allowNegative={false}
        {...separators(i18n.language)}
        value={target}
        onChange={setTarget}
      />
    </ActionForm>
  );
}

/** Card counts typed as people write them: 7.000 in Indonesian, 7,000 in English. */
function separators(language: string) {
  return language === 'en' ? { thousandSeparator: ',', decimalSeparator: '.' } : { thousandSeparator: '.', decimalSeparator: ',' };
}
