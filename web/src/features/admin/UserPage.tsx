import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { AdminNav } from './AdminNav';
import { generatePassword, refusedFields, type User, useSignedIn, useUpdateUser, useUser, HINT } from './api';
import { FormFooter } from './FormFooter';
import { OneTimeSecret } from './OneTimeSecret';
import { needsOffice, PlacementFields, type PlacementValue } from './Placement';
import { PlacementText } from './UsersPage';

/** One account: who they are and where they belong; an admin changes it, deactivates or reactivates it, resets its password. */
export function UserPage() {
  const { id = '' } = useParams();
  const user = useUser(id);
  const me = useSignedIn();
  return (
    <Stack>
      <QueryState query={user}>
        {(u) => (
          <>
            <Title order={1} size="h2">
              {u.displayName}
            </Title>
            <AdminNav />
            <Details user={u} />
            {me?.role === 'admin' ? (
              <>
                <Access user={u} self={me.id === u.id} />
                <EditUser key={u.id} user={u} />
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Details({ user: u }: { user: User }) {
  const { t, i18n } = useTranslation();
  const rows: Array<[string, React.ReactNode]> = [
    [t('admin.users.username'), u.username],
    [t('admin.users.role'), t(`admin.roles.${u.role}`)],
    [t('admin.users.placement'), <PlacementText key="p" user={u} />],
    [t('admin.users.nip'), u.nip ?? '—'],
    [t('admin.users.position'), u.position ?? '—'],
    [t('admin.users.email'), u.email ?? '—'],
    [t('admin.users.status'), <Badge key="s" variant={u.active ? 'outline' : 'filled'} color={u.active ? undefined : 'gray.8'}>{u.active ? t('admin.users.active') : t('admin.users.inactive')}</Badge>],
    [t('admin.users.createdAt'), formatDateTime(u.createdAt, i18n.language)],
  ];
  return (
    <Table aria-label={t('admin.users.details')} variant="vertical" layout="fixed">
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={160}>{k}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Deactivating ends the person's sessions at once; a new password too. */
function Access({ user, self }: { user: User; self: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const [password, setPassword] = useState<string | null>(null);
  const [ended, setEnded] = useState<number | null>(null);
  const reset = () => {
    const fresh = generatePassword();
    update.mutate({ password: fresh }, { onSuccess: (u) => (setPassword(fresh), setEnded(u.sessionsEnded)) });
  };
  const toggle = () => update.mutate({ active: !user.active }, { onSuccess: (u) => (setPassword(null), setEnded(u.sessionsEnded)) });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="access-title">
      <Stack>
        <Title order={2} size="h4" id="access-title">
          {t('admin.users.access')}
        </Title>
        {password ? <OneTimeSecret title={t('admin.users.passwordReset')} label={t('admin.users.newPassword', { username: user.username })} secret={password} onDone={() => setPassword(null)} /> : null}
        {ended !== null ? <Text size="sm" role="status">{t('admin.users.sessionsEnded', { count: ended })}</Text> : null}
        <ErrorText error={update.error} />
        <Group>
          <Button variant="default" onClick={reset} loading={update.isPending && update.variables?.password !== undefined}>
            {t('admin.users.resetPassword')}
          </Button>
          {!self ? (
            <Button color={user.active ? 'red.8' : undefined} onClick={toggle} loading={update.isPending && update.variables?.active !== undefined}>
              {user.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="gray.7">
          {t('admin.users.resetHint')}
        </Text>
      </Stack>
    </Paper>
  );
}

function EditUser({ user }: { user: User }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [placement, setPlacement] = useState<PlacementValue>({ role: user.role, officeId: user.officeId, provinceCode: user.provinceCode });
  const [nip, setNip] = useState(user.nip ?? '');
  const [position, setPosition] = useState(user.position ?? '');
  const [email, setEmail] = useState(user.email ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const refused = refusedFields(update.error);
  const errors = (f: string) => local[f] ?? (refused.includes(f) ? t('admin.invalidField') : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (needsOffice(placement.role) && !placement.officeId) problems.officeId = t('admin.users.officeRequired');
    if (nip && !/^\d{18}$/.test(nip)) problems.nip = t('admin.users.nipRule');
    setLocal(problems);
    if (Object.keys(problems).length > 0 || !placement.role) return;
    update.mutate({
      displayName: displayName.trim(),
      role: placement.role,
      officeId: placement.officeId,
      provinceCode: placement.provinceCode,
      ...(nip && nip !== user.nip ? { nip } : {}),
      ...(position.trim() && position.trim() !== user.position ? { position: position.trim() } : {}),
      // An emptied field removes the address.
      ...(email.trim() !== (user.email ?? '') ? { email: email.trim() || null } : {}),
    });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby="edit-user-title">
      <Stack>
        <Title order={2} size="h4" id="edit-user-title">
          {t('admin.users.edit')}
        </Title>
        <TextInput label={t('admin.users.displayName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors('displayName')} />
        <PlacementFields value={placement} onChange={setPlacement} errors={errors} />
        <TextInput label={t('admin.users.nip')} description={t('admin.users.nipRule')} styles={HINT} inputMode="numeric" value={nip} onChange={(e) => setNip(e.currentTarget.value.trim())} error={errors('nip')} />
        <TextInput label={t('admin.users.position')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} error={errors('position')} />
        <TextInput type="email" label={t('admin.users.email')} description={t('admin.users.emailHint')} styles={HINT} value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors('email')} autoComplete="off" />
        <Text size="sm" c="gray.7">
          {t('admin.users.editHint')}
        </Text>
        <FormFooter mutation={update} label={t('admin.save')} />
      </Stack>
    </Paper>
  );
}
