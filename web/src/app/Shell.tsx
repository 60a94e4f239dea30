import { AppShell, Button, Group, NavLink, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useLogout, useMe } from '../features/auth/api';
import { InboxBadge } from '../features/inbox/InboxBadge';
import { LANGUAGES, setLanguage } from '../lib/i18n';

/** The frame of every page after sign-in: header, navigation, inbox badge, language, sign-out. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const location = useLocation();
  if (me.isPending) return null;
  if (!me.data) return <Navigate to={`/masuk?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'xs' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Text fw={700}>{t('app.title')}</Text>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('app.language')}
              value={i18n.language}
              onChange={(v) => setLanguage(v as (typeof LANGUAGES)[number])}
              data={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
            />
            <Text size="sm" visibleFrom="sm">
              {me.data.displayName}
            </Text>
            <Button size="xs" variant="default" onClick={() => logout.mutate()}>
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav">
        <NavLink variant="filled" component={Link} to="/" label={t('nav.dashboard')} active={location.pathname === '/'} />
        <NavLink variant="filled" component={Link} to="/perangkat" label={t('devices.title')} active={location.pathname.startsWith('/perangkat')} />
        <NavLink variant="filled" component={Link} to="/perbaikan" label={t('nav.repairs')} active={location.pathname.startsWith('/perbaikan')} />
        <NavLink variant="filled" component={Link} to="/kotak-masuk" label={t('nav.inbox')} rightSection={<InboxBadge />} active={location.pathname === '/kotak-masuk'} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
