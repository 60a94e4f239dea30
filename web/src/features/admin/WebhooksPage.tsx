import { Badge, Checkbox, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PagedTable } from '../../components/PagedTable';
import type { Schemas } from '../../lib/api';
import { AdminNav } from './AdminNav';
import { HINT, refusedFields, useOffice, useSignedIn } from './api';
import { FormFooter } from './FormFooter';
import { OneTimeSecret } from './OneTimeSecret';
import { useCreateWebhook, useWebhookEventTypes, useWebhooks, type Webhook } from './webhooks-api';

/** Webhook: endpoints of other systems that receive the offices' events, signed; the secret is shown once. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const hooks = useWebhooks(page);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.webhooks.title')}
      </Title>
      <AdminNav />
      <Text size="sm">{t('admin.webhooks.intro')}</Text>
      <CreateWebhook />
      <PagedTable<Webhook>
        query={hooks}
        caption={t('admin.webhooks.list')}
        page={page}
        onPage={setPage}
        emptyText={t('admin.webhooks.none')}
        rowKey={(w) => w.id}
        minWidth={720}
        columns={[
          {
            header: t('admin.webhooks.url'),
            cell: (w) => (
              <Link to={`/administrasi/webhook/${w.id}`} style={{ wordBreak: 'break-all' }}>
                {w.url}
              </Link>
            ),
          },
          { header: t('admin.webhooks.office'), cell: (w) => (w.officeId ? <OfficeName id={w.officeId} /> : t('admin.webhooks.allOffices')) },
          { header: t('admin.webhooks.events'), cell: (w) => <EventTypes types={w.eventTypes} /> },
          { header: t('admin.webhooks.status'), cell: (w) => <EnabledBadge enabled={w.enabled} /> },
        ]}
      />
    </Stack>
  );
}

export function OfficeName({ id }: { id: string }) {
  const office = useOffice(id);
  return <>{office.data?.name ?? '…'}</>;
}

export function EventTypes({ types }: { types: string[] }) {
  const { t } = useTranslation();
  return <>{types.map((type) => t(`admin.webhooks.types.${type}`, { defaultValue: type })).join(', ')}</>;
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={enabled ? 'teal.9' : 'gray.8'}>
      {t(enabled ? 'admin.webhooks.enabled' : 'admin.webhooks.disabled')}
    </Badge>
  );
}

function CreateWebhook() {
  const { t } = useTranslation();
  // A manager registers endpoints for their own office; the office choice and the private-target and
  // plain-HTTP allowances are an admin's.
  const me = useSignedIn();
  const isAdmin = me?.role === 'admin';
  const create = useCreateWebhook();
  const eventTypes = useWebhookEventTypes();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [types, setTypes] = useState<string[]>([]);
  const [allowHttp, setAllowHttp] = useState(false);
  const [allowPrivateTargets, setAllowPrivateTargets] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const refused = refusedFields(create.error);
  const error = (f: string) => local[f] ?? (refused.includes(f) ? t('admin.invalidField') : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (types.length === 0) problems.eventTypes = t('admin.required');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      {
        url: url.trim(),
        description: description.trim(),
        officeId: (isAdmin ? officeId : me?.officeId) ?? undefined,
        eventTypes: (types.includes('*') ? ['*'] : types) as Schemas['CreateWebhookDto']['eventTypes'],
        allowHttp: isAdmin && allowHttp,
        allowPrivateTargets: isAdmin && allowPrivateTargets,
      },
      {
        onSuccess: (w) => {
          setCreated({ url: w.url, secret: w.secret });
          setUrl('');
          setDescription('');
        },
      },
    );
  };
  const options = [{ value: '*', label: t('admin.webhooks.allEvents') }, ...(eventTypes.data ?? []).map((e) => ({ value: e.type, label: t(`admin.webhooks.types.${e.type}`, { defaultValue: e.type }) }))];
  return (
    <>
      {created ? <OneTimeSecret title={t('admin.webhooks.created', { url: created.url })} label={t('admin.webhooks.secretLabel')} secret={created.secret} onDone={() => setCreated(null)} /> : null}
      <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby="create-webhook-title">
        <Stack>
          <Title order={2} size="h4" id="create-webhook-title">
            {t('admin.webhooks.create')}
          </Title>
          <TextInput label={t('admin.webhooks.url')} description={t('admin.webhooks.urlHint')} styles={HINT} required type="url" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={error('url')} />
          <TextInput label={t('admin.webhooks.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={error('description')} />
          {isAdmin ? (
            <div>
              <OfficeSelect value={officeId} onChange={setOfficeId} />
              <Text size="sm" c="gray.7">
                {t('admin.webhooks.officeHint')}
              </Text>
              {error('officeId') ? (
                <Text size="sm" c="red.8" role="alert">
                  {error('officeId')}
                </Text>
              ) : null}
            </div>
          ) : null}
          <MultiSelect label={t('admin.webhooks.events')} required value={types} onChange={setTypes} data={options} error={error('eventTypes')} searchable maw={480} />
          {isAdmin ? (
            <>
              <Checkbox label={t('admin.webhooks.allowHttp')} checked={allowHttp} onChange={(e) => setAllowHttp(e.currentTarget.checked)} />
              <Checkbox label={t('admin.webhooks.allowPrivate')} checked={allowPrivateTargets} onChange={(e) => setAllowPrivateTargets(e.currentTarget.checked)} />
            </>
          ) : null}
          <FormFooter mutation={create} label={t('admin.webhooks.createButton')} saved={false} />
        </Stack>
      </Paper>
    </>
  );
}
