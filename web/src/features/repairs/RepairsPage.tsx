import { Anchor, Badge, Button, Checkbox, Group, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { PagedTable } from '../../components/PagedTable';
import { formatDateTime } from '../../lib/dates';
import { type RepairCase, RepairStatus, useReportBroken, useRepairs, useWorkingDevices } from './api';

export const STATUSES: RepairStatus[] = ['reported', 'triaged', 'awaiting-repair', 'repaired', 'closed', 'cancelled'];

/** Perbaikan: the office's repair cases, and a broken device reported from here. */
export function RepairsPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<RepairStatus | null>(null);
  const [stalled, setStalled] = useState(false);
  const [page, setPage] = useState(1);
  const repairs = useRepairs({ status: status ?? undefined, stalled, page });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('repairs.title')}
      </Title>
      <ReportForm />
      <Group align="flex-end">
        <Select
          label={t('repairs.status')}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          data={STATUSES.map((s) => ({ value: s, label: t(`repairs.statuses.${s}`) }))}
        />
        <Checkbox label={t('repairs.onlyStalled')} checked={stalled} onChange={(e) => setStalled(e.currentTarget.checked)} />
      </Group>
      <PagedTable<RepairCase>
        query={repairs}
        caption={t('repairs.title')}
        page={page}
        onPage={setPage}
        emptyText={t('repairs.none')}
        rowKey={(c) => c.id}
        columns={[
          {
            header: t('repairs.description'),
            cell: (c) => (
              <Anchor component={Link} to={`/perbaikan/${c.id}`}>
                {c.description}
              </Anchor>
            ),
          },
          {
            header: t('repairs.status'),
            cell: (c) => (
              <>
                <Badge variant="outline">{t(`repairs.statuses.${c.status}`)}</Badge> {c.stalled ? <Badge color="red">{t('repairs.late')}</Badge> : null}
              </>
            ),
          },
          { header: t('repairs.deadline'), cell: (c) => (c.deadlineAt ? formatDateTime(c.deadlineAt, i18n.language) : '—') },
        ]}
      />
    </Stack>
  );
}

function ReportForm() {
  const { t } = useTranslation();
  const devices = useWorkingDevices();
  const report = useReportBroken();
  const navigate = useNavigate();
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!deviceId) return;
    report.mutate({ deviceId, description }, { onSuccess: (c) => navigate(`/perbaikan/${c.id}`) });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby="report-title">
      <Stack>
        <Title order={2} size="h4" id="report-title">
          {t('repairs.report')}
        </Title>
        <Select
          label={t('repairs.device')}
          searchable
          required
          value={deviceId}
          onChange={setDeviceId}
          data={(devices.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.serialNumber} (${t(`devices.kinds.${d.kind}`, { defaultValue: d.kind })})` }))}
        />
        <Textarea label={t('repairs.description')} required value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <ErrorText error={report.error} />
        <Group>
          <Button type="submit" loading={report.isPending}>
            {t('repairs.sendReport')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
