import { Anchor, Badge, Button, Group, MultiSelect, Paper, Radio, Select, Stack, Textarea, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { PagedTable } from '../../components/PagedTable';
import { formatDateTime, nowInZone, officeZone, OfficeZone, zonedIso } from '../../lib/dates';
import { useDateTimePickerLabels } from '../../lib/pickers';
import { Outage, OUTAGE_KINDS, OutageKind, useOffice, useOfficeServicePoints, useOutages, useRecordOutage, useSignedIn } from './api';

/** Gangguan: the outages of the office (open ones first), and a new one recorded from here. */
export function OutagesPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const [page, setPage] = useState(1);
  const outages = useOutages(page);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('outages.title')}
      </Title>
      {/* Recorded by the staff of an office; the server decides who may (and refuses in words). */}
      {me?.officeId ? <RecordForm officeId={me.officeId} /> : null}
      <PagedTable<Outage>
        query={outages}
        caption={t('outages.title')}
        page={page}
        onPage={setPage}
        emptyText={t('outages.none')}
        rowKey={(o) => o.id}
        minWidth={560}
        columns={[
          {
            header: t('outages.description'),
            cell: (o) => (
              <Anchor component={Link} to={`/gangguan/${o.id}`}>
                {o.description}
              </Anchor>
            ),
          },
          { header: t('outages.kind'), cell: (o) => t(`outages.kinds.${o.kind}`) },
          { header: t('outages.scope'), cell: (o) => (o.wholeOffice ? t('outages.wholeOffice') : t('outages.chosenPoints')) },
          { header: t('outages.sinceShort'), cell: (o) => <StartedAt outage={o} /> },
          {
            header: t('outages.status'),
            cell: (o) => (
              <Badge variant={o.status === 'open' ? 'filled' : 'outline'} color={o.status === 'open' ? 'red.9' : undefined}>
                {t(`outages.statuses.${o.status}`)}
              </Badge>
            ),
          },
        ]}
      />
    </Stack>
  );
}

/** When it started, on the clock of the outage's office (its zone named). */
function StartedAt({ outage: o }: { outage: Outage }) {
  const { i18n } = useTranslation();
  const office = useOffice(o.officeId);
  return office.data ? <>{formatDateTime(o.startedAt, i18n.language, officeZone(office.data.timeZone).timeZone)}</> : null;
}

/** The form waits for the office: its zone is the one the officer's clock shows. */
function RecordForm({ officeId }: { officeId: string }) {
  const office = useOffice(officeId);
  return office.data ? <RecordFields officeId={officeId} zone={officeZone(office.data.timeZone)} /> : null;
}

function RecordFields({ officeId, zone }: { officeId: string; zone: OfficeZone }) {
  const { t } = useTranslation();
  const points = useOfficeServicePoints(officeId);
  const record = useRecordOutage();
  const navigate = useNavigate();
  const labels = useDateTimePickerLabels();
  const [kind, setKind] = useState<string | null>(null);
  const [scope, setScope] = useState<'whole' | 'points'>('whole');
  const [chosen, setChosen] = useState<string[]>([]);
  // The office's clock: the picker shows and returns its wall-clock time, sent with the office's offset.
  const [since, setSince] = useState<string | null>(() => nowInZone(zone).slice(0, 16) + ':00');
  const [description, setDescription] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!kind || !since) return;
    record.mutate(
      {
        officeId,
        kind: kind as OutageKind,
        servicePointIds: scope === 'points' ? chosen : undefined,
        startedAt: zonedIso(since, zone),
        description: description.trim(),
      },
      { onSuccess: (o) => navigate(`/gangguan/${o.id}`) },
    );
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby="record-outage-title">
      <Stack>
        <Title order={2} size="h4" id="record-outage-title">
          {t('outages.record')}
        </Title>
        <Select label={t('outages.kind')} required value={kind} onChange={setKind} data={OUTAGE_KINDS.map((k) => ({ value: k, label: t(`outages.kinds.${k}`) }))} />
        <Radio.Group label={t('outages.scope')} value={scope} onChange={(v) => setScope(v as 'whole' | 'points')} required>
          <Group mt="xs">
            <Radio value="whole" label={t('outages.wholeOffice')} />
            <Radio value="points" label={t('outages.chosenPoints')} />
          </Group>
        </Radio.Group>
        {scope === 'points' ? (
          <MultiSelect
            label={t('outages.servicePoints')}
            required
            searchable
            value={chosen}
            onChange={setChosen}
            data={(points.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        ) : null}
        <DateTimePicker
          label={t('outages.since', { zone: zone.name })}
          required
          value={since}
          onChange={setSince}
          maxDate={nowInZone(zone)}
          valueFormat="DD MMM YYYY HH:mm"
          {...labels}
        />
        <Textarea label={t('outages.description')} required minLength={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <ErrorText error={record.error} />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('outages.record')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
