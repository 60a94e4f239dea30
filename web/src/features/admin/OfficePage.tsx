import { Anchor, Button, FileInput, Group, Modal, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { PagedTable } from '../../components/PagedTable';
import { QueryState } from '../../components/QueryState';
import { officeZone } from '../../lib/dates';
import type { Schemas } from '../../lib/api';
import { AdminNav } from './AdminNav';
import { type Office, refusedFields, type ServicePoint, TIME_ZONES, useImportServicePoints, useOffice, useServicePoints, useUpdateOffice, useUpdateServicePoint, useSignedIn, HINT } from './api';
import { FormFooter } from './FormFooter';
import { formatHours, parseHours } from './hours';

/** An office: its letterhead and the ministry's address, its time zone, its service points' places and hours. */
export function OfficePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const office = useOffice(id);
  return (
    <Stack>
      <QueryState query={office}>
        {(o) => (
          <>
            <Title order={1} size="h2">
              {o.name}
            </Title>
            <AdminNav />
            <Group>
              <Anchor component={Link} to={`/administrasi/kantor/${o.id}/kebijakan`}>
                {t('admin.policy.title')}
              </Anchor>
              <Anchor component={Link} to={`/administrasi/kantor/${o.id}/kalender`}>
                {t('admin.calendar.link')}
              </Anchor>
            </Group>
            <Letterhead key={o.id} office={o} />
            <ServicePoints office={o} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

const TEXT_FIELDS = ['name', 'address', 'email', 'phone', 'letterNumberPattern', 'letterCity', 'ministryEmail', 'ministryRecipient'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

function Letterhead({ office }: { office: Office }) {
  const { t } = useTranslation();
  const me = useSignedIn();
  const update = useUpdateOffice(office.id);
  const [values, setValues] = useState<Record<TextField, string>>(() => Object.fromEntries(TEXT_FIELDS.map((f) => [f, office[f] ?? ''])) as Record<TextField, string>);
  const [timeZone, setTimeZone] = useState<string>(office.timeZone);
  const [cleared, setCleared] = useState<TextField[]>([]);
  const refused = refusedFields(update.error);
  const error = (f: string) =>
    cleared.includes(f as TextField) ? t('admin.offices.cannotClear') : refused.includes(f) ? t('admin.invalidField') : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: Schemas['UpdateOfficeDto'] = {};
    const emptied: TextField[] = [];
    for (const f of TEXT_FIELDS) {
      const v = values[f].trim();
      if (v === (office[f] ?? '')) continue;
      if (!v) emptied.push(f);
      else body[f] = v;
    }
    setCleared(emptied);
    if (emptied.length > 0) return;
    if (timeZone !== office.timeZone) body.timeZone = timeZone as Office['timeZone'];
    update.mutate(body);
  };
  const field = (f: TextField, props: { required?: boolean; type?: string } = {}) => (
    <TextInput
      label={t(`admin.offices.${f}`)}
      value={values[f]}
      onChange={(e) => setValues({ ...values, [f]: e.currentTarget.value })}
      error={error(f)}
      {...props}
    />
  );
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} noValidate aria-labelledby="letterhead-title">
      <Stack>
        <Title order={2} size="h4" id="letterhead-title">
          {t('admin.offices.letterhead')}
        </Title>
        {field('name', { required: true })}
        <Textarea
          label={t('admin.offices.address')}
          value={values.address}
          onChange={(e) => setValues({ ...values, address: e.currentTarget.value })}
          error={error('address')}
          autosize
          minRows={2}
        />
        {field('email', { type: 'email' })}
        {field('phone', { type: 'tel' })}
        <TextInput
          label={t('admin.offices.letterNumberPattern')}
          description={t('admin.offices.letterNumberHint')}
          styles={HINT}
          value={values.letterNumberPattern}
          onChange={(e) => setValues({ ...values, letterNumberPattern: e.currentTarget.value })}
          error={error('letterNumberPattern')}
          required
        />
        {field('letterCity')}
        <Title order={3} size="h5">
          {t('admin.offices.ministry')}
        </Title>
        {field('ministryEmail', { type: 'email' })}
        <Textarea
          label={t('admin.offices.ministryRecipient')}
          value={values.ministryRecipient}
          onChange={(e) => setValues({ ...values, ministryRecipient: e.currentTarget.value })}
          error={error('ministryRecipient')}
          autosize
          minRows={2}
        />
        <Select
          label={t('admin.offices.timeZone')}
          description={t('admin.offices.timeZoneHint')}
          styles={HINT}
          value={timeZone}
          onChange={(v) => v && setTimeZone(v)}
          allowDeselect={false}
          disabled={me?.role !== 'admin'}
          data={TIME_ZONES.map((z) => ({ value: z, label: t(`admin.zones.${officeZone(z).name}`) }))}
          error={error('timeZone')}
        />
        <FormFooter mutation={update} label={t('admin.save')} />
      </Stack>
    </Paper>
  );
}

function ServicePoints({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const points = useServicePoints(office.id, page);
  const [editing, setEditing] = useState<ServicePoint | null>(null);
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('admin.points.title')}
      </Title>
      <Text size="sm">{t('admin.points.hoursZone', { zone: officeZone(office.timeZone).name })}</Text>
      <PagedTable<ServicePoint>
        query={points}
        caption={t('admin.points.title')}
        page={page}
        onPage={setPage}
        emptyText={t('admin.points.none')}
        rowKey={(p) => p.id}
        minWidth={640}
        columns={[
          { header: t('admin.points.name'), cell: (p) => p.name },
          { header: t('admin.points.address'), cell: (p) => p.address ?? '—' },
          { header: t('admin.points.coordinates'), cell: (p) => (p.latitude !== null && p.longitude !== null ? `${p.latitude}, ${p.longitude}` : '—') },
          { header: t('admin.points.hours'), cell: (p) => formatHours(p.openingHours, i18n.language) || '—' },
          {
            header: <span>{t('admin.points.actions')}</span>,
            cell: (p) => (
              <Button size="xs" variant="default" onClick={() => setEditing(p)} aria-label={t('admin.points.editNamed', { name: p.name })}>
                {t('admin.points.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t('admin.points.editNamed', { name: editing.name }) : ''}
        closeButtonProps={{ 'aria-label': t('admin.cancel') }}
      >
        {editing ? <PointForm key={editing.id} point={editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
      <CsvImport officeId={office.id} />
    </Stack>
  );
}

function PointForm({ point, onDone }: { point: ServicePoint; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateServicePoint(point.id);
  const [address, setAddress] = useState(point.address ?? '');
  const [latitude, setLatitude] = useState(point.latitude === null ? '' : String(point.latitude));
  const [longitude, setLongitude] = useState(point.longitude === null ? '' : String(point.longitude));
  const [hours, setHours] = useState(formatHours(point.openingHours, i18n.language));
  const [local, setLocal] = useState<Record<string, string>>({});
  const refused = refusedFields(update.error);
  const error = (f: string) => local[f] ?? (refused.some((r) => r === f || r.startsWith(`${f}.`)) ? t('admin.invalidField') : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const number = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));
    const lat = number(latitude);
    const lon = number(longitude);
    if (lat !== null && !Number.isFinite(lat)) problems.latitude = t('admin.points.notNumber');
    if (lon !== null && !Number.isFinite(lon)) problems.longitude = t('admin.points.notNumber');
    if ((lat === null) !== (lon === null)) problems[lat === null ? 'latitude' : 'longitude'] = t('admin.points.bothCoordinates');
    const openingHours = parseHours(hours);
    if (openingHours === 'invalid') problems.openingHours = t('admin.points.hoursInvalid');
    setLocal(problems);
    if (Object.keys(problems).length > 0 || openingHours === 'invalid') return;
    update.mutate({ address: address.trim() || null, latitude: lat, longitude: lon, openingHours }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <Textarea label={t('admin.points.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={error('address')} autosize minRows={2} />
        <Group grow>
          <TextInput label={t('admin.points.latitude')} inputMode="decimal" value={latitude} onChange={(e) => setLatitude(e.currentTarget.value)} error={error('latitude')} />
          <TextInput label={t('admin.points.longitude')} inputMode="decimal" value={longitude} onChange={(e) => setLongitude(e.currentTarget.value)} error={error('longitude')} />
        </Group>
        <TextInput
          label={t('admin.points.hours')}
          description={t('admin.points.hoursHint')}
          styles={HINT}
          value={hours}
          onChange={(e) => setHours(e.currentTarget.value)}
          error={error('openingHours')}
        />
        <ErrorText error={update.error} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('admin.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CsvImport({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const upload = useImportServicePoints(officeId);
  const [file, setFile] = useState<File | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate(await file.text());
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={(e) => void submit(e)} aria-labelledby="csv-title">
      <Stack>
        <Title order={3} size="h5" id="csv-title">
          {t('admin.points.import')}
        </Title>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('admin.points.importHint')}
        </Text>
        <FileInput
          label={t('admin.points.csvFile')}
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('admin.points.clearFile') }}
        />
        <ErrorText error={upload.error} />
        {upload.data ? (
          <Text role="status">{t('admin.points.imported', { created: upload.data.created, updated: upload.data.updated, unchanged: upload.data.unchanged })}</Text>
        ) : null}
        <Group>
          <Button type="submit" disabled={!file} loading={upload.isPending}>
            {t('admin.points.importButton')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
