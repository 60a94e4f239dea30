import { Alert, Button, FileInput, Group, NumberInput, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/ErrorText';
import { ApiError } from '../../lib/api';
import { nowInZone, OfficeZone, zonedIso } from '../../lib/dates';
import { useDateTimePickerLabels } from '../../lib/pickers';
import type { TourDetail, TourStop } from './api';
import { sha256Hex, uploadBatch } from './upload';

/**
 * One offline recording packet uploaded from the page: the file, the residents it holds, the kit
 * device that recorded it and when (the office's clock). Its SHA-256 is computed here before it is
 * sent, so a packet damaged on the way is refused by the server and stored nowhere.
 */
export function BatchUpload({ tour, stop, zone }: { tour: TourDetail; stop: TourStop; zone: OfficeZone }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const labels = useDateTimePickerLabels();
  const [file, setFile] = useState<File | null>(null);
  const [residents, setResidents] = useState<number | string>('');
  const [serial, setSerial] = useState<string | null>(null);
  const [captured, setCaptured] = useState<string | null>(() => nowInZone(zone).slice(0, 16) + ':00');
  const [progress, setProgress] = useState<number | null>(null);
  const [stage, setStage] = useState<'hashing' | 'sending' | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: async () => {
      if (!file || !serial || !captured) throw new Error('incomplete');
      setSent(null);
      setStage('hashing');
      setProgress(0);
      const sha256 = await sha256Hex(file);
      setStage('sending');
      return uploadBatch(tour.id, stop.id, { file, sha256, residentsCount: Number(residents), deviceSerial: serial, capturedAt: zonedIso(captured, zone) }, setProgress);
    },
    onSuccess: (batch) => {
      setSent(batch.sha256);
      setFile(null);
      setResidents('');
    },
    onSettled: () => {
      setStage(null);
      void queries.invalidateQueries({ queryKey: ['tour', tour.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    upload.mutate();
  };
  const percent = Math.round((progress ?? 0) * 100);
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby={`upload-${stop.id}`}>
      <Stack gap="sm">
        <Title order={4} size="h6" id={`upload-${stop.id}`}>
          {t('tours.upload.title')}
        </Title>
        <FileInput label={t('tours.upload.file')} required value={file} onChange={setFile} clearable />
        <NumberInput label={t('tours.upload.residents')} required min={0} allowDecimal={false} allowNegative={false} value={residents} onChange={setResidents} />
        <Select
          label={t('tours.upload.device')}
          required
          value={serial}
          onChange={setSerial}
          data={tour.kit.map((d) => ({ value: d.serialNumber, label: `${t(`tours.deviceKinds.${d.kind}`, { defaultValue: d.kind })} · ${d.serialNumber}` }))}
        />
        <DateTimePicker
          label={t('tours.upload.capturedAt', { zone: zone.name })}
          required
          value={captured}
          onChange={setCaptured}
          maxDate={nowInZone(zone)}
          valueFormat="DD MMM YYYY HH:mm"
          {...labels}
        />
        {stage ? (
          <Stack gap={4}>
            <Progress value={stage === 'hashing' ? 0 : percent} aria-label={t('tours.upload.progress')} animated={stage === 'hashing'} />
            <Text size="sm" role="status">
              {stage === 'hashing' ? t('tours.upload.hashing') : t('tours.upload.sending', { percent })}
            </Text>
          </Stack>
        ) : null}
        {sent ? (
          <Text size="sm" role="status">
            {t('tours.upload.stored', { sha256: sent })}
          </Text>
        ) : null}
        <UploadRefusal error={upload.error} />
        <Group>
          <Button type="submit" loading={upload.isPending} disabled={!file || !serial || residents === '' || !captured}>
            {t('tours.upload.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Why the server refused a packet, in words: damaged on the way, sent before at another stop, too large, not this kit's device… */
function UploadRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError) {
    const field = (error.body as { field?: string } | null)?.field;
    const reason =
      error.code === 'invalid_input' && field === 'sha256'
        ? t('tours.upload.refused.damaged')
        : error.code === 'duplicate_packet'
          ? t('tours.upload.refused.duplicate')
          : error.status === 413
            ? t('tours.upload.refused.tooLarge')
            : error.code === 'invalid_input' && field === 'deviceSerial'
              ? t('tours.upload.refused.device')
              : error.code === 'invalid_input' && field === 'capturedAt'
                ? t('tours.upload.refused.future')
                : null;
    if (reason) {
      return (
        <Alert color="red" role="alert" title={t('tours.upload.refused.title')}>
          {reason}
        </Alert>
      );
    }
  }
  return <ErrorText error={error} />;
}
