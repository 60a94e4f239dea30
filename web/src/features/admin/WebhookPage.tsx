import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { PagedTable } from '../../components/PagedTable';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { AdminNav } from './AdminNav';
import { OneTimeSecret } from './OneTimeSecret';
import { EnabledBadge, EventTypes, OfficeName } from './WebhooksPage';
import { type Webhook, type WebhookDelivery, useDeleteWebhook, useRedeliver, useRotateWebhookSecret, useUpdateWebhook, useWebhook, useWebhookDeliveries } from './webhooks-api';

// Dark shades: their text on white meets the WCAG AA contrast of 4.5:1.
const STATUS_COLOR: Record<WebhookDelivery['status'], string> = { pending: 'blue.9', delivered: 'teal.9', failed: 'red.9' };

/** One endpoint: what it receives, its secret rotated, enabled or disabled, deleted; and its delivery log. */
export function WebhookPage() {
  const { id = '' } = useParams();
  const hook = useWebhook(id);
  const { t } = useTranslation();
  return (
    <Stack>
      <QueryState query={hook}>
        {(w) => (
          <>
            <Title order={1} size="h2" style={{ wordBreak: 'break-all' }}>
              {t('admin.webhooks.endpoint')}: {w.url}
            </Title>
            <AdminNav />
            <Details hook={w} />
            <Actions hook={w} />
            <Deliveries hookId={w.id} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Details({ hook }: { hook: Webhook }) {
  const { t, i18n } = useTranslation();
  const rows: Array<[string, React.ReactNode]> = [
    [t('admin.webhooks.office'), hook.officeId ? <OfficeName id={hook.officeId} /> : t('admin.webhooks.allOffices')],
    [t('admin.webhooks.description'), hook.description || '—'],
    [t('admin.webhooks.events'), <EventTypes key="types" types={hook.eventTypes} />],
    [t('admin.webhooks.status'), <EnabledBadge key="status" enabled={hook.enabled} />],
    [t('admin.webhooks.secretHint'), <code key="hint">{hook.secretHint}…</code>],
    [t('admin.webhooks.createdBy'), `${hook.createdBy}, ${formatDateTime(hook.createdAt, i18n.language)}`],
  ];
  return (
    <Paper withBorder p="md">
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Actions({ hook }: { hook: Webhook }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateWebhook(hook.id);
  const rotate = useRotateWebhookSecret(hook.id);
  const remove = useDeleteWebhook(hook.id);
  const [deleting, setDeleting] = useState(false);
  return (
    <Stack>
      {rotate.data ? <OneTimeSecret title={t('admin.webhooks.rotated')} label={t('admin.webhooks.secretLabel')} secret={rotate.data.secret} onDone={() => rotate.reset()} /> : null}
      <ErrorText error={update.error ?? rotate.error} />
      <Group>
        <Button variant="default" loading={update.isPending} onClick={() => update.mutate({ enabled: !hook.enabled })}>
          {t(hook.enabled ? 'admin.webhooks.disable' : 'admin.webhooks.enable')}
        </Button>
        <Button variant="default" loading={rotate.isPending} onClick={() => rotate.mutate()}>
          {t('admin.webhooks.rotate')}
        </Button>
        <Button color="red.8" variant="outline" onClick={() => setDeleting(true)}>
          {t('admin.webhooks.delete')}
        </Button>
      </Group>
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={t('admin.webhooks.deleteTitle')} closeButtonProps={{ 'aria-label': t('admin.cancel') }}>
        <Stack>
          <Text>{t('admin.webhooks.deleteQuestion', { url: hook.url })}</Text>
          <ErrorText error={remove.error} />
          <Group>
            <Button color="red.8" loading={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => navigate('/administrasi/webhook') })}>
              {t('admin.webhooks.deleteConfirm')}
            </Button>
            <Button variant="default" onClick={() => setDeleting(false)}>
              {t('admin.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Deliveries({ hookId }: { hookId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(hookId, page);
  const redeliver = useRedeliver(hookId);
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('admin.webhooks.log')}
      </Title>
      <ErrorText error={redeliver.error} />
      <PagedTable<WebhookDelivery>
        query={deliveries}
        caption={t('admin.webhooks.log')}
        page={page}
        onPage={setPage}
        emptyText={t('admin.webhooks.noDeliveries')}
        rowKey={(d) => d.id}
        minWidth={760}
        columns={[
          { header: t('admin.webhooks.event'), cell: (d) => t(`admin.webhooks.types.${d.eventType}`, { defaultValue: d.eventType }) },
          { header: t('admin.webhooks.occurredAt'), cell: (d) => formatDateTime(d.occurredAt, i18n.language) },
          {
            header: t('admin.webhooks.status'),
            cell: (d) => (
              <Badge variant="outline" color={STATUS_COLOR[d.status]}>
                {t(`admin.webhooks.deliveryStatus.${d.status}`)}
              </Badge>
            ),
          },
          { header: t('admin.webhooks.attempts'), cell: (d) => d.attempts },
          { header: t('admin.webhooks.lastAnswer'), cell: (d) => (d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : d.lastError ? t('admin.webhooks.noAnswer') : '—') },
          { header: t('admin.webhooks.lastAttemptAt'), cell: (d) => (d.lastAttemptAt ? formatDateTime(d.lastAttemptAt, i18n.language) : '—') },
          {
            header: t('admin.webhooks.actions'),
            cell: (d) =>
              d.status === 'pending' ? null : (
                <Button size="xs" variant="outline" loading={redeliver.isPending && redeliver.variables === d.id} onClick={() => redeliver.mutate(d.id)} aria-label={t('admin.webhooks.redeliverNamed', { at: formatDateTime(d.occurredAt, i18n.language) })}>
                  {t('admin.webhooks.redeliver')}
                </Button>
              ),
          },
        ]}
      />
    </Stack>
  );
}
