import { Alert, Anchor, Badge, Button, Group, List, Paper, Select, Stack, Table, Text, Textarea, Timeline, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import {
  ActionRequest,
  ReportBatch,
  StopAction,
  TourAction,
  TourDetail,
  TourReport,
  TourStop,
  usePlanningCalendar,
  useOffice,
  useReport,
  useTour,
  useTourAction,
} from './api';
import { BatchUpload } from './BatchUpload';
import { addDays, formatDateTime, formatDay, OfficeZone, officeZone, todayInZone } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { KitDayPicker } from './KitDayPicker';
import { BatchStatusBadge, StopStatusBadge, TourStatusBadge } from './StatusBadge';

/**
 * How often the tour is read again: every 2 s while a stop waits for the centre's answers, or for a
 * couple of minutes after the tour last changed (the notices an approval sends out); every 30 s
 * while it runs with villages still to be told; not at all otherwise.
 */
function moving(t: TourDetail): number | false {
  if (t.stops.some((s) => s.status === 'syncing')) return 2000;
  if ((t.status === 'approved' || t.status === 'in-progress') && t.stops.some((s) => s.status === 'planned')) {
    return Date.now() - Date.parse(t.updatedAt) < 120_000 ? 2000 : 30_000;
  }
  return false;
}

/**
 * One tour: its stops with their state and the notices to the village heads, what this person may
 * do now, batches uploaded from here with their sync to the centre, the report and the timeline.
 */
export function TourPage() {
  const { id = '' } = useParams();
  const tour = useTour(id, moving);
  return <QueryState query={tour}>{(t) => <OfficeClock officeId={t.officeId}>{(zone) => <Tour tour={t} zone={zone} />}</OfficeClock>}</QueryState>;
}

/** Times and days are the office's own (its zone, as the API gives it). */
function OfficeClock({ officeId, children }: { officeId: string; children: (zone: OfficeZone) => React.ReactNode }) {
  const office = useOffice(officeId);
  return <QueryState query={office}>{(f) => children(officeZone(f.timeZone))}</QueryState>;
}

function Tour({ tour: t, zone }: { tour: TourDetail; zone: OfficeZone }) {
  const { t: tr, i18n } = useTranslation();
  const report = useReport(t.id);
  const when = (iso: string) => formatDateTime(iso, i18n.language, zone.timeZone);
  const facts: Array<[string, React.ReactNode]> = [
    [tr('tours.plannedBy'), t.plannedBy],
    [tr('tours.approvedBy'), t.approvedBy ?? '—'],
    [tr('tours.team'), t.team.map((m) => m.displayName).join(', ')],
    [tr('tours.kit'), t.kit.map((d) => `${tr(`tours.deviceKinds.${d.kind}`, { defaultValue: d.kind })} ${d.serialNumber}`).join(', ')],
    ...(t.lastComment ? ([[tr('tours.lastComment'), t.lastComment]] as Array<[string, string]>) : []),
  ];
  const batchesOf = (stopId: string) => report.data?.villages.find((v) => v.stopId === stopId)?.batches ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        {t.name}
      </Title>
      <Group>
        <TourStatusBadge status={t.status} size="lg" />
        {t.onHold ? <Badge color="red.9">{tr('tours.onHold')}</Badge> : null}
      </Group>
      {t.heldBy.length > 0 ? (
        <Alert color="red" title={tr('tours.heldBy')}>
          {t.heldBy.map((o) => o.description).join('; ')}
        </Alert>
      ) : null}
      {t.recordingOffline.length > 0 ? (
        <Alert color="grape" title={tr('tours.recordingOffline')}>
          {t.recordingOffline.map((o) => o.description).join('; ')}
        </Alert>
      ) : null}
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 110, sm: 200 }}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <TourActions tour={t} />

      <Title order={2} size="h4">
        {tr('tours.stopsTitle')}
      </Title>
      {t.stops.map((s) => (
        <StopCard key={s.id} tour={t} stop={s} zone={zone} batches={batchesOf(s.id)} />
      ))}

      <Title order={2} size="h4">
        {tr('tours.report.title')}
      </Title>
      <QueryState query={report}>{(r) => <Report report={r} tourId={t.id} />}</QueryState>

      <Title order={2} size="h4">
        {tr('tours.timeline')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2}>
        {t.timeline.map((e) => (
          <Timeline.Item key={`${e.seq}-${e.event}-${e.occurredAt}`} title={tr(`tours.events.${e.event}`, { defaultValue: tr('tours.events.other') })}>
            <Text size="sm">
              {e.actor === 'system' ? tr('tours.system') : e.actor} · {when(e.occurredAt)}
            </Text>
            {e.note ? <Text size="sm">{e.note}</Text> : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

/** Approve or reject (a manager), report a broken kit device, cancel — as the server offers them to this person now. */
function TourActions({ tour }: { tour: TourDetail }) {
  const { act, open, toggle } = useActions<FormAction<TourAction>>(tour.id);
  const actions = tour.allowedActions;
  if (actions.length === 0) return null;
  const done = () => toggle(null);
  return (
    <Stack>
      <Group>
        {actions.includes('approve') ? <ActionButton act={act} request={{ action: 'approve' }} /> : null}
        <FormToggles actions={actions.filter((a) => a !== 'approve') as Array<FormAction<TourAction>>} open={open} onToggle={toggle} />
      </Group>
      {open === 'kit-failure' ? <KitFailureForm tour={tour} onDone={done} /> : null}
      {open === 'reject' || open === 'cancel' ? <ReasonForm tourId={tour.id} action={open} request={(reason) => ({ action: open, reason })} onDone={done} /> : null}
      {open ? null : <ErrorText error={act.error} />}
    </Stack>
  );
}

function StopCard({ tour, stop, zone, batches }: { tour: TourDetail; stop: TourStop; zone: OfficeZone; batches: ReportBatch[] }) {
  const { t, i18n } = useTranslation();
  const { act, open, toggle } = useActions<FormAction<StopAction>>(tour.id);
  const actions = stop.allowedActions;
  const when = (iso: string) => formatDateTime(iso, i18n.language, zone.timeZone);
  // What the village head was told, from the tour's timeline (the notices it recorded).
  const notices = tour.timeline.filter((e) => e.event.startsWith('village-notice-') && e.details.stopId === stop.id);
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('tours.stopOf', { village: stop.villageName })}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {stop.position}. {stop.villageName} · {t('tours.district', { name: stop.districtName })}
          </Title>
          <StopStatusBadge status={stop.status} />
        </Group>
        <Text size="sm">
          {formatDay(stop.date, i18n.language)}
          {stop.date !== stop.plannedDate ? ` (${t('tours.plannedFor', { date: formatDay(stop.plannedDate, i18n.language) })})` : ''} ·{' '}
          {t('tours.expected', { count: stop.expectedResidents, formatted: formatNumber(stop.expectedResidents, i18n.language) })}
        </Text>
        <Text size="sm">
          {stop.notifiedFor
            ? t('tours.notifiedFor', { date: formatDay(stop.notifiedFor, i18n.language), who: stop.contactName ?? t('tours.villageHead') })
            : t('tours.notNotified', { who: stop.contactName ?? t('tours.villageHead') })}
        </Text>
        {notices.length > 0 ? (
          <List size="sm" aria-label={t('tours.notices')}>
            {notices.map((n) => (
              <List.Item key={`${n.seq}-${n.occurredAt}`}>
                {t(`tours.events.${n.event}`, { defaultValue: t('tours.events.other') })} · {n.details.channel === 'email' ? t('tours.byEmail') : t('tours.byHand')} · {when(n.occurredAt)}
              </List.Item>
            ))}
          </List>
        ) : null}
        {stop.checkedInAt ? <Text size="sm">{t('tours.checkedIn', { at: when(stop.checkedInAt), who: stop.checkedInBy ?? '' })}</Text> : null}
        {stop.skipReason ? <Text size="sm">{t('tours.skipped', { reason: stop.skipReason })}</Text> : null}
        {stop.reRecordings.length > 0 ? (
          <Text size="sm" c="red.9">
            {t('tours.reRecord', { count: stop.reRecordings.reduce((n, r) => n + r.residentsCount, 0) })}
          </Text>
        ) : null}
        {batches.length > 0 ? <Batches batches={batches} zone={zone} /> : null}
        {actions.length > 0 ? (
          <Group>
            {(['check-in', 'complete'] as const)
              .filter((a) => actions.includes(a))
              .map((a) => (
                <ActionButton key={a} act={act} request={{ action: a, stopId: stop.id }} variant={a === 'complete' ? 'default' : undefined} />
              ))}
            <FormToggles actions={(['reschedule', 'skip'] as const).filter((a) => actions.includes(a))} open={open} onToggle={toggle} />
          </Group>
        ) : null}
        {open === 'skip' && actions.includes('skip') ? (
          <ReasonForm tourId={tour.id} action="skip" request={(reason) => ({ action: 'skip', stopId: stop.id, reason })} onDone={() => toggle(null)} />
        ) : null}
        {open === 'reschedule' && actions.includes('reschedule') ? <RescheduleForm tour={tour} stop={stop} zone={zone} onDone={() => toggle(null)} /> : null}
        {open ? null : <ErrorText error={act.error} />}
        {actions.includes('upload-batch') ? <BatchUpload tour={tour} stop={stop} zone={zone} /> : null}
      </Stack>
    </Paper>
  );
}

function Batches({ batches, zone }: { batches: ReportBatch[]; zone: OfficeZone }) {
  const { t, i18n } = useTranslation();
  // On a phone the table scrolls in its own box, which the keyboard can reach and scroll too.
  return (
    <Table.ScrollContainer minWidth={480} type="native" tabIndex={0} role="region" aria-label={t('tours.batches.title')}>
      <Table aria-label={t('tours.batches.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tours.batches.capturedAt')}</Table.Th>
            <Table.Th>{t('tours.batches.residents')}</Table.Th>
            <Table.Th>{t('tours.batches.device')}</Table.Th>
            <Table.Th>{t('tours.batches.sync')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>{formatDateTime(b.capturedAt, i18n.language, zone.timeZone)}</Table.Td>
              <Table.Td>{formatNumber(b.residentsCount, i18n.language)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{b.deviceSerial}</Table.Td>
              <Table.Td>
                <BatchStatusBadge status={b.status} />
                {b.status === 'rejected' && b.rejectedReason ? <Text size="xs">{b.rejectedReason}</Text> : null}
                {b.status !== 'acknowledged' && b.status !== 'rejected' && b.attempts > 1 ? <Text size="xs">{t('tours.batches.attempts', { count: b.attempts })}</Text> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The actions taken at once, without a form. */
type DirectRequest = Extract<ActionRequest, { action: 'approve' | 'check-in' | 'complete' }>;
/** The actions that open a form first. */
type FormAction<A extends TourAction | StopAction> = Exclude<A, DirectRequest['action'] | 'upload-batch'>;

/** The tour's actions for one part of the page, and which of their forms is open (opening one clears the last refusal). */
function useActions<A extends FormAction<TourAction | StopAction>>(tourId: string) {
  const act = useTourAction(tourId);
  const [open, setOpen] = useState<A | null>(null);
  const toggle = (a: A | null) => {
    act.reset();
    setOpen(a);
  };
  return { act, open, toggle };
}

function ActionButton({ act, request, variant }: { act: ReturnType<typeof useTourAction>; request: DirectRequest; variant?: 'default' }) {
  const { t } = useTranslation();
  return (
    <Button variant={variant} loading={act.isPending && act.variables?.action === request.action} onClick={() => act.mutate(request)}>
      {t(`tours.actions.${request.action}`)}
    </Button>
  );
}

/** One button per action that opens its form below (and closes it again). */
function FormToggles<A extends FormAction<TourAction | StopAction>>({ actions, open, onToggle }: { actions: readonly A[]; open: A | null; onToggle: (a: A | null) => void }) {
  const { t } = useTranslation();
  return actions.map((a) => (
    <Button
      key={a}
      variant={open === a ? 'filled' : 'default'}
      color={a === 'cancel' || a === 'reject' ? 'red.9' : undefined}
      aria-expanded={open === a}
      onClick={() => onToggle(open === a ? null : a)}
    >
      {t(`tours.actions.${a}`)}
    </Button>
  ));
}

/** An action's form: its fields, the server's refusal in words, and the button that sends it. */
function ActionForm({ tourId, action, request, onDone, children }: { tourId: string; action: FormAction<TourAction | StopAction>; request: () => ActionRequest | null; onDone: () => void; children: React.ReactNode }) {
  const { t } = useTranslation();
  const act = useTourAction(tourId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const req = request();
    if (req) act.mutate(req, { onSuccess: onDone });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label={t(`tours.actions.${action}`)}>
      <Stack>
        {children}
        <ErrorText error={act.error} />
        <Group>
          <Button type="submit" loading={act.isPending}>
            {t('tours.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Reject or cancel the tour, or skip a stop: with a reason. */
function ReasonForm({ tourId, action, request, onDone }: { tourId: string; action: 'reject' | 'cancel' | 'skip'; request: (reason: string) => ActionRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ActionForm tourId={tourId} action={action} request={() => request(reason.trim())} onDone={onDone}>
      <Textarea label={t('tours.reason')} required minLength={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
    </ActionForm>
  );
}

/** Which kit device broke, and how. */
function KitFailureForm({ tour, onDone }: { tour: TourDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  return (
    <ActionForm tourId={tour.id} action="kit-failure" request={() => (deviceId ? { action: 'kit-failure', deviceId, description: description.trim() } : null)} onDone={onDone}>
      <Select
        label={t('tours.kitFailure.device')}
        required
        value={deviceId}
        onChange={setDeviceId}
        data={tour.kit.map((d) => ({ value: d.id, label: `${t(`tours.deviceKinds.${d.kind}`, { defaultValue: d.kind })} · ${d.serialNumber}` }))}
      />
      <Textarea label={t('tours.kitFailure.description')} required minLength={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
    </ActionForm>
  );
}

/** Another day for the stop, on the kit's calendar (its booked days and the holidays). */
function RescheduleForm({ tour, stop, zone, onDone }: { tour: TourDetail; stop: TourStop; zone: OfficeZone; onDone: () => void }) {
  const { t } = useTranslation();
  const today = todayInZone(zone);
  const calendar = usePlanningCalendar(tour.officeId, tour.kitServicePointId, today, addDays(today, 365));
  const [date, setDate] = useState<string | null>(null);
  return (
    <ActionForm tourId={tour.id} action="reschedule" request={() => (date ? { action: 'reschedule', stopId: stop.id, date } : null)} onDone={onDone}>
      <KitDayPicker label={t('tours.newDate', { zone: zone.name })} value={date} onChange={setDate} today={today} calendar={calendar.data} ignoreStopId={stop.id} />
    </ActionForm>
  );
}

function Report({ report: r, tourId }: { report: TourReport; tourId: string }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <Stack gap="xs">
      <Text>
        {t('tours.report.summary', { recorded: n(r.totals.recorded), target: n(r.totals.target), awaiting: n(r.totals.awaitingSync), rejected: n(r.totals.rejected) })}
      </Text>
      <Text size="sm">{r.allSynced ? t('tours.report.allSynced') : t('tours.report.notAllSynced')}</Text>
      <Table.ScrollContainer minWidth={520} type="native" tabIndex={0} role="region" aria-label={t('tours.report.title')}>
        <Table aria-label={t('tours.report.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tours.plan.village')}</Table.Th>
              <Table.Th>{t('tours.report.target')}</Table.Th>
              <Table.Th>{t('tours.report.recorded')}</Table.Th>
              <Table.Th>{t('tours.report.awaiting')}</Table.Th>
              <Table.Th>{t('tours.report.rejected')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.villages.map((v) => (
              <Table.Tr key={v.stopId}>
                <Table.Td>{v.villageName}</Table.Td>
                <Table.Td>{n(v.target)}</Table.Td>
                <Table.Td>{n(v.recorded)}</Table.Td>
                <Table.Td>{n(v.awaitingSync)}</Table.Td>
                <Table.Td>{n(v.rejected)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Anchor href={`/tours/${tourId}/report.csv`} download>
          {t('tours.report.csv')}
        </Anchor>
        <Anchor component={Link} to="/kunjungan">
          {t('tours.back')}
        </Anchor>
      </Group>
    </Stack>
  );
}
