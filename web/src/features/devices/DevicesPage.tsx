import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { OfficeSelect } from '../../components/OfficeSelect';
import { QueryState } from '../../components/QueryState';
import {
  Device,
  DEVICE_KINDS,
  DEVICE_OWNERS,
  DeviceKind,
  DeviceOwner,
  mayRegister,
  mayReport,
  ServicePoint,
  useDeviceSearch,
  usePointDevices,
  useRegisterDevice,
  useReportBroken,
  useServicePoints,
  useSignedIn,
} from './api';

// Dark shades: their text on white meets the WCAG AA contrast of 4.5:1 (Mantine's green and orange do not).
const STATUS_COLORS: Record<Device['status'], string> = { active: 'teal.9', broken: 'red.9', 'in-repair': 'blue.9', retired: 'gray.7' };
/** Hints under inputs in gray.7 (Mantine's dimmed gray is below 4.5:1 on white). */
const HINT = { description: { color: 'var(--mantine-color-gray-7)' } };

/**
 * Perangkat: the office's service points, each with its devices; a device found by its serial
 * number; a device registered at a service point; a working device reported broken (its repair
 * case opens, and the page goes to it).
 */
export function DevicesPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  // People of no single office (admins, supervisors) choose the office they look at.
  const [chosen, setChosen] = useState<string | null>(null);
  const ownOffice = me.data?.officeId ?? null;
  const officeId = ownOffice ? undefined : (chosen ?? undefined);
  const ready = !!ownOffice || !!chosen;
  const points = useServicePoints(officeId, ready);
  const [search, setSearch] = useState('');
  const [serial] = useDebouncedValue(search.trim(), 300);
  const [reporting, setReporting] = useState<Device | null>(null);
  const pointList = points.data?.items ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('devices.title')}
      </Title>
      {me.data && !ownOffice ? <OfficeSelect value={chosen} onChange={setChosen} /> : null}
      {!ready ? (
        <Text c="gray.7">{t('officeSelect.first')}</Text>
      ) : (
        <>
          {mayRegister(me.data) && pointList.length > 0 ? <RegisterForm points={pointList} /> : null}
          <TextInput
            type="search"
            label={t('devices.search')}
            description={t('devices.searchHint')}
            styles={HINT}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maw={480}
          />
          {serial ? (
            <SearchResults serial={serial} officeId={officeId} points={pointList} onReport={setReporting} />
          ) : (
            <QueryState query={points} empty={(d) => d.items.length === 0} emptyText={t('devices.noServicePoints')}>
              {(d) => d.items.map((p) => <PointDevices key={p.id} point={p} onReport={setReporting} />)}
            </QueryState>
          )}
        </>
      )}
      <ReportBroken device={reporting} onClose={() => setReporting(null)} />
    </Stack>
  );
}

/** One service point and its devices. */
function PointDevices({ point, onReport }: { point: ServicePoint; onReport: (d: Device) => void }) {
  const { t } = useTranslation();
  const devices = usePointDevices(point.id);
  const headingId = `point-${point.id}`;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {point.name}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray.7">
              {t(`devices.pointKinds.${point.kind}`, { defaultValue: point.kind })}
            </Badge>
            <Badge variant="outline" color={point.canRecord ? 'teal.9' : 'red.9'}>
              {point.canRecord ? t('devices.records') : t('devices.recordsNot')}
            </Badge>
            {/* The door poster (A4 PDF) with the QR code of the public page; mobile units have no door. */}
            {point.kind !== 'mobile-unit' ? (
              <Anchor href={`/service-points/${point.id}/poster.pdf`} target="_blank" rel="noopener" size="sm" aria-label={t('devices.posterFor', { name: point.name })}>
                {t('devices.poster')}
              </Anchor>
            ) : null}
          </Group>
        </Group>
        <QueryState query={devices} empty={(d) => d.items.length === 0} emptyText={t('devices.none')}>
          {(d) => <DeviceTable devices={d.items} onReport={onReport} />}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function SearchResults({ serial, officeId, points, onReport }: { serial: string; officeId?: string; points: ServicePoint[]; onReport: (d: Device) => void }) {
  const { t } = useTranslation();
  const found = useDeviceSearch(serial, officeId);
  const pointName = (id: string) => points.find((p) => p.id === id)?.name ?? '—';
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('devices.found', { serial })}
      </Title>
      <QueryState query={found} empty={(d) => d.items.length === 0} emptyText={t('devices.notFound', { serial })}>
        {(d) => (
          <>
            <DeviceTable devices={d.items} onReport={onReport} pointName={pointName} />
            {d.total > d.items.length ? (
              <Text size="sm" c="gray.7">
                {t('devices.more', { shown: d.items.length, total: d.total })}
              </Text>
            ) : null}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function DeviceTable({ devices, onReport, pointName }: { devices: Device[]; onReport: (d: Device) => void; pointName?: (id: string) => string }) {
  const { t } = useTranslation();
  const me = useSignedIn();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('devices.serialNumber')}</Table.Th>
            <Table.Th>{t('devices.kind')}</Table.Th>
            {pointName ? <Table.Th>{t('devices.servicePoint')}</Table.Th> : null}
            <Table.Th>{t('devices.owner')}</Table.Th>
            <Table.Th>{t('devices.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('devices.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {d.serialNumber}
                </Text>
                {d.model ? (
                  <Text size="xs" c="gray.7">
                    {d.model}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{t(`devices.kinds.${d.kind}`, { defaultValue: d.kind })}</Table.Td>
              {pointName ? <Table.Td>{pointName(d.servicePointId)}</Table.Td> : null}
              <Table.Td>{t(`devices.owners.${d.owner}`)}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[d.status]} variant="outline">
                  {t(`devices.statuses.${d.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {mayReport(me.data, d) ? (
                  <Button size="xs" variant="light" color="red" onClick={() => onReport(d)}>
                    {t('devices.reportBroken')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Registers a device at one of the office's service points. */
function RegisterForm({ points }: { points: ServicePoint[] }) {
  const { t } = useTranslation();
  const register = useRegisterDevice();
  const [open, setOpen] = useState(false);
  const [servicePointId, setServicePointId] = useState<string | null>(null);
  const [kind, setKind] = useState<DeviceKind | null>(null);
  const [owner, setOwner] = useState<DeviceOwner | null>(null);
  const [serialNumber, setSerialNumber] = useState('');
  const [model, setModel] = useState('');
  const [registered, setRegistered] = useState<string | null>(null);
  // Checked here rather than by the browser (which checks some of Mantine's choice inputs and not
  // others): each missing field is named under it. The server checks the rest and names it.
  const [tried, setTried] = useState(false);
  const missing = (value: string | null) => (tried && !value?.trim() ? t('devices.required') : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!servicePointId || !kind || !owner || !serialNumber.trim()) return;
    const point = points.find((p) => p.id === servicePointId)?.name ?? '';
    register.mutate(
      { servicePointId, kind, owner, serialNumber: serialNumber.trim(), model: model.trim() || undefined },
      {
        onSuccess: (d) => {
          setRegistered(t('devices.registered', { serial: d.serialNumber, point }));
          setTried(false);
          setSerialNumber('');
          setModel('');
          setOpen(false);
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant={open ? 'default' : 'filled'}
          onClick={() => {
            setOpen(!open);
            setRegistered(null);
            register.reset();
          }}
          aria-expanded={open}
        >
          {t('devices.register')}
        </Button>
      </Group>
      {registered ? (
        <Alert color="green" role="status">
          {registered}
        </Alert>
      ) : null}
      {open ? (
        <Paper component="form" noValidate withBorder p="md" onSubmit={submit} aria-labelledby="register-title">
          <Stack>
            <Title order={2} size="h4" id="register-title">
              {t('devices.register')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('devices.servicePoint')}
                required
                searchable
                value={servicePointId}
                onChange={setServicePointId}
                error={missing(servicePointId)}
                data={points.map((p) => ({ value: p.id, label: p.name }))}
              />
              <Select
                label={t('devices.kind')}
                required
                value={kind}
                onChange={(v) => setKind(v as DeviceKind | null)}
                error={missing(kind)}
                data={DEVICE_KINDS.map((k) => ({ value: k, label: t(`devices.kinds.${k}`) }))}
              />
              <TextInput
                label={t('devices.serialNumber')}
                description={t('devices.serialHint')}
                styles={HINT}
                required
                value={serialNumber}
                onChange={(e) => setSerialNumber(e.currentTarget.value)}
                error={missing(serialNumber)}
                autoComplete="off"
              />
              <Select
                label={t('devices.owner')}
                required
                value={owner}
                onChange={(v) => setOwner(v as DeviceOwner | null)}
                error={missing(owner)}
                data={DEVICE_OWNERS.map((o) => ({ value: o, label: t(`devices.owners.${o}`) }))}
              />
              <TextInput label={t('devices.model')} value={model} onChange={(e) => setModel(e.currentTarget.value)} />
            </SimpleGrid>
            <ErrorText error={register.error} />
            <Group>
              <Button type="submit" loading={register.isPending}>
                {t('devices.save')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

/** Reports the device broken: its repair case opens, and the page goes to the case. */
function ReportBroken({ device, onClose }: { device: Device | null; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportBroken();
  const navigate = useNavigate();
  const [description, setDescription] = useState('');
  const close = () => {
    report.reset();
    setDescription('');
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!device) return;
    report.mutate({ deviceId: device.id, description: description.trim() }, { onSuccess: (c) => navigate(`/perbaikan/${c.id}`) });
  };
  return (
    <Modal opened={device !== null} onClose={close} title={device ? t('devices.reportTitle', { serial: device.serialNumber }) : ''} closeButtonProps={{ 'aria-label': t('devices.close') }}>
      <form onSubmit={submit}>
        <Stack>
          {device ? <Text size="sm">{t(`devices.kinds.${device.kind}`, { defaultValue: device.kind })}</Text> : null}
          <Textarea label={t('devices.description')} description={t('devices.descriptionHint')} styles={HINT} required minLength={5} autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} data-autofocus />
          <ErrorText error={report.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('devices.cancel')}
            </Button>
            <Button type="submit" color="red" loading={report.isPending}>
              {t('devices.sendReport')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
