import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PagedTable } from '../../components/PagedTable';
import { AdminNav } from './AdminNav';
import { generatePassword, refusedFields, type Role, ROLES, type User, useCreateUser, useOffice, useSignedIn, useUsers, HINT } from './api';
import { OneTimeSecret } from './OneTimeSecret';
import { needsOffice, PlacementFields, type PlacementValue } from './Placement';

/** Pengguna: the accounts, filtered; admins create them here (managers see their office's, read-only). */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const admin = me?.role === 'admin';
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const users = useUsers(page, { q, role, officeId, active: active === null ? null : active === 'true' });
  const filter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.users.title')}
      </Title>
      <AdminNav />
      {admin ? <CreateUser /> : <Text size="sm">{t('admin.users.readOnly')}</Text>}
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('admin.users.search')} value={search} onChange={(e) => filter(setSearch)(e.currentTarget.value)} />
        <Select label={t('admin.users.role')} clearable value={role} onChange={filter((v) => setRole(v as Role | null))} data={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))} />
        {admin ? <OfficeSelect value={officeId} onChange={filter(setOfficeId)} /> : null}
        <Select
          label={t('admin.users.status')}
          clearable
          value={active}
          onChange={filter(setActive)}
          data={[
            { value: 'true', label: t('admin.users.active') },
            { value: 'false', label: t('admin.users.inactive') },
          ]}
        />
      </Group>
      <PagedTable<User>
        query={users}
        caption={t('admin.users.list')}
        page={page}
        onPage={setPage}
        emptyText={t('admin.users.none')}
        rowKey={(u) => u.id}
        minWidth={600}
        columns={[
          {
            header: t('admin.users.username'),
            cell: (u) => (
              <Anchor component={Link} to={`/administrasi/pengguna/${u.id}`}>
                {u.username}
              </Anchor>
            ),
          },
          { header: t('admin.users.displayName'), cell: (u) => <span translate="no">{u.displayName}</span> },
          { header: t('admin.users.role'), cell: (u) => t(`admin.roles.${u.role}`) },
          { header: t('admin.users.placement'), cell: (u) => <PlacementText user={u} /> },
          {
            header: t('admin.users.status'),
            cell: (u) => <Badge variant={u.active ? 'outline' : 'filled'} color={u.active ? undefined : 'gray.8'}>{u.active ? t('admin.users.active') : t('admin.users.inactive')}</Badge>,
          },
        ]}
      />
    </Stack>
  );
}

/** Where an account belongs: its office's name, its province, or the whole country. */
export function PlacementText({ user }: { user: Pick<User, 'officeId' | 'provinceCode' | 'role'> }) {
  const { t } = useTranslation();
  const office = useOffice(user.officeId);
  if (user.officeId) return <>{office.data?.name ?? '…'}</>;
  if (user.provinceCode) return <>{t('admin.users.provinceOf', { code: user.provinceCode })}</>;
  return <>{user.role === 'supervisor' || user.role === 'admin' ? t('admin.users.national') : '—'}</>;
}

function CreateUser() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [placement, setPlacement] = useState<PlacementValue>({ role: null, officeId: null, provinceCode: null });
  const [nip, setNip] = useState('');
  const [position, setPosition] = useState('');
  const [email, setEmail] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);
  const refused = refusedFields(create.error);
  const errors = (f: string) => local[f] ?? (refused.includes(f) ? t('admin.invalidField') : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!placement.role) problems.role = t('admin.required');
    if (needsOffice(placement.role) && !placement.officeId) problems.officeId = t('admin.users.officeRequired');
    if (nip && !/^\d{18}$/.test(nip)) problems.nip = t('admin.users.nipRule');
    setLocal(problems);
    if (Object.keys(problems).length > 0 || !placement.role) return;
    const password = generatePassword();
    create.mutate(
      {
        username: username.trim(),
        displayName: displayName.trim(),
        role: placement.role,
        officeId: placement.officeId ?? undefined,
        provinceCode: placement.provinceCode ?? undefined,
        nip: nip || undefined,
        position: position.trim() || undefined,
        email: email.trim() || undefined,
        password,
      },
      {
        onSuccess: (u) => {
          setCreated({ username: u.username, password });
          setUsername('');
          setDisplayName('');
          setNip('');
          setPosition('');
          setEmail('');
          setPlacement({ role: null, officeId: null, provinceCode: null });
          setOpen(false);
        },
      },
    );
  };
  return (
    <>
      {created ? (
        <OneTimeSecret
          title={t('admin.users.created', { username: created.username })}
          label={t('admin.users.initialPassword')}
          secret={created.password}
          onDone={() => setCreated(null)}
        />
      ) : null}
      {open ? (
        <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby="create-user-title">
          <Stack>
            <Title order={2} size="h4" id="create-user-title">
              {t('admin.users.create')}
            </Title>
            <TextInput
              label={t('admin.users.username')}
              description={t('admin.users.usernameHint')}
              styles={HINT}
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value.toLowerCase())}
              error={errors('username')}
              autoComplete="off"
            />
            <TextInput label={t('admin.users.displayName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors('displayName')} />
            <PlacementFields value={placement} onChange={setPlacement} errors={errors} />
            <TextInput label={t('admin.users.nip')} description={t('admin.users.nipRule')} styles={HINT} inputMode="numeric" value={nip} onChange={(e) => setNip(e.currentTarget.value.trim())} error={errors('nip')} />
            <TextInput label={t('admin.users.position')} description={t('admin.users.positionHint')} styles={HINT} value={position} onChange={(e) => setPosition(e.currentTarget.value)} error={errors('position')} />
            <TextInput type="email" label={t('admin.users.email')} description={t('admin.users.emailHint')} styles={HINT} value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors('email')} autoComplete="off" />
            <Text size="sm">{t('admin.users.passwordGenerated')}</Text>
            <ErrorText error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('admin.users.createButton')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('admin.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Group>
          <Button onClick={() => setOpen(true)}>{t('admin.users.create')}</Button>
        </Group>
      )}
    </>
  );
}
