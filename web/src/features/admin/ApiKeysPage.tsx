import { Badge, Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/ErrorText';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PagedTable } from '../../components/PagedTable';
import { formatDateTime } from '../../lib/dates';
import { AdminNav } from './AdminNav';
import { type ApiKey, type ApiKeyRole, API_KEY_ROLES, refusedFields, useApiKeys, useCreateApiKey, useOffice, useRevokeApiKey, HINT } from './api';
import { FormFooter } from './FormFooter';
import { OneTimeSecret } from './OneTimeSecret';

/** Kunci API: integrations' keys (SIAK sync, kiosks); a key is shown once when made, and can be revoked. */
export function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const keys = useApiKeys(page);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.keys.title')}
      </Title>
      <AdminNav />
      <Text size="sm">{t('admin.keys.intro')}</Text>
      <CreateKey />
      <PagedTable<ApiKey>
        query={keys}
        caption={t('admin.keys.list')}
        page={page}
        onPage={setPage}
        emptyText={t('admin.keys.none')}
        rowKey={(k) => k.id}
        minWidth={720}
        columns={[
          // A key's name is what its maker typed: not for the browser (or the page's language checks) to translate.
          { header: t('admin.keys.name'), cell: (k) => <span translate="no">{k.name}</span> },
          { header: t('admin.keys.prefix'), cell: (k) => <code>{k.prefix}…</code> },
          { header: t('admin.keys.office'), cell: (k) => <OfficeName id={k.officeId} /> },
          { header: t('admin.keys.role'), cell: (k) => t(`admin.roles.${k.role}`) },
          { header: t('admin.keys.lastUsed'), cell: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt, i18n.language) : t('admin.keys.neverUsed')) },
          {
            header: t('admin.keys.status'),
            cell: (k) =>
              k.revokedAt ? (
                <Badge variant="filled" color="gray.8">
                  {t('admin.keys.revokedAt', { at: formatDateTime(k.revokedAt, i18n.language) })}
                </Badge>
              ) : (
                <Button size="xs" color="red.8" variant="outline" onClick={() => setRevoking(k)} aria-label={t('admin.keys.revokeNamed', { name: k.name })}>
                  {t('admin.keys.revoke')}
                </Button>
              ),
          },
        ]}
      />
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('admin.keys.revokeTitle')} closeButtonProps={{ 'aria-label': t('admin.cancel') }}>
        {revoking ? <RevokeConfirm apiKey={revoking} onDone={() => setRevoking(null)} /> : null}
      </Modal>
    </Stack>
  );
}

function OfficeName({ id }: { id: string }) {
  const office = useOffice(id);
  return <>{office.data?.name ?? '…'}</>;
}

function RevokeConfirm({ apiKey, onDone }: { apiKey: ApiKey; onDone: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();
  return (
    <Stack>
      <Text>{t('admin.keys.revokeQuestion', { name: apiKey.name })}</Text>
      <ErrorText error={revoke.error} />
      <Group>
        <Button color="red.8" loading={revoke.isPending} onClick={() => revoke.mutate(apiKey.id, { onSuccess: onDone })}>
          {t('admin.keys.revokeConfirm')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('admin.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function CreateKey() {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const refused = refusedFields(create.error);
  const error = (f: string) => local[f] ?? (refused.includes(f) ? t('admin.invalidField') : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!officeId) problems.officeId = t('admin.required');
    if (!role) problems.role = t('admin.required');
    setLocal(problems);
    if (!officeId || !role) return;
    create.mutate(
      { name: name.trim(), officeId, role: role as ApiKeyRole },
      {
        onSuccess: (k) => {
          setCreated({ name: k.name, key: k.key });
          setName('');
        },
      },
    );
  };
  return (
    <>
      {created ? <OneTimeSecret title={t('admin.keys.created', { name: created.name })} label={t('admin.keys.keyLabel')} secret={created.key} onDone={() => setCreated(null)} /> : null}
      <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby="create-key-title">
        <Stack>
          <Title order={2} size="h4" id="create-key-title">
            {t('admin.keys.create')}
          </Title>
          <TextInput label={t('admin.keys.name')} description={t('admin.keys.nameHint')} styles={HINT} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={error('name')} />
          <div>
            <OfficeSelect value={officeId} onChange={setOfficeId} />
            {error('officeId') ? (
              <Text size="sm" c="red.8" role="alert">
                {error('officeId')}
              </Text>
            ) : null}
          </div>
          <Select
            label={t('admin.keys.role')}
            description={t('admin.keys.roleHint')}
            styles={HINT}
            required
            value={role}
            onChange={setRole}
            data={API_KEY_ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
            error={error('role')}
          />
          <FormFooter mutation={create} label={t('admin.keys.createButton')} saved={false} />
        </Stack>
      </Paper>
    </>
  );
}
