import { AppShell, Burger, Button, Group, NavLink, SegmentedControl, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useLogout, useMe } from '../features/auth/api';
import { InboxBadge } from '../features/inbox/InboxBadge';
import { setDisplayZone } from '../lib/dates';
import { LANGUAGES, setLanguage } from '../lib/i18n';

/** The frame of every page after sign-in: header, navigation, inbox badge, language, sign-out. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const location = useLocation();
  // On a phone the navigation folds away behind a menu button, and folds again after each choice.
  const [menuOpen, menu] = useDisclosure(false);
  const wide = useMediaQuery('(min-width: 48em)', true);
  useEffect(() => menu.close(), [location.pathname]);
  if (me.isPending) return null;
  if (!me.data) return <Navigate to={`/masuk?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  setDisplayZone(me.data.timeZone);
  // Pengawasan is for those who read across offices: supervisors and admins.
  const oversees = me.data.role === 'supervisor' || me.data.role === 'admin';
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} aria-expanded={menuOpen} />
            <Text fw={700} truncate>
              {t('app.title')}
            </Text>
          </Group>
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
      {/* Folded away on a phone, it is out of the tab order and of what screen readers read too. */}
      <AppShell.Navbar p="xs" component="nav" inert={!wide && !menuOpen}>
        <NavLink variant="filled" component={Link} to="/" label={t('nav.dashboard')} active={location.pathname === '/'} />
        <NavLink variant="filled" component={Link} to="/perangkat" label={t('devices.title')} active={location.pathname.startsWith('/perangkat')} />
        <NavLink variant="filled" component={Link} to="/perbaikan" label={t('nav.repairs')} active={location.pathname.startsWith('/perbaikan')} />
        <NavLink variant="filled" component={Link} to="/surat" label={t('nav.letters')} active={location.pathname.startsWith('/surat')} />
        <NavLink variant="filled" component={Link} to="/gangguan" label={t('nav.outages')} active={location.pathname.startsWith('/gangguan')} />
        {oversees ? <NavLink variant="filled" component={Link} to="/pengawasan" label={t('nav.oversight')} active={location.pathname === '/pengawasan' || location.pathname.startsWith('/pengawasan/provinsi')} /> : null}
        {oversees ? <NavLink variant="filled" component={Link} to="/pengawasan/surat" label={t('nav.oversightLetters')} active={location.pathname === '/pengawasan/surat'} /> : null}
        {me.data.role === 'operator' || me.data.role === 'manager' ? <NavLink variant="filled" component={Link} to="/kunjungan" label={t('nav.tours')} active={location.pathname.startsWith('/kunjungan')} /> : null}
        <NavLink variant="filled" component={Link} to="/kotak-masuk" label={t('nav.inbox')} rightSection={<InboxBadge />} active={location.pathname === '/kotak-masuk'} />
        <NavLink variant="filled" component={Link} to="/pengaturan/pemberitahuan" label={t('nav.notificationSettings')} active={location.pathname === '/pengaturan/pemberitahuan'} />
        {me.data.role === 'admin' || me.data.role === 'manager' ? (
          <NavLink
            variant="filled"
            component={Link}
            to={me.data.role === 'admin' ? '/administrasi' : '/administrasi/pengguna'}
            label={t(me.data.role === 'admin' ? 'nav.admin' : 'nav.officeUsers')}
            active={me.data.role === 'admin' ? location.pathname.startsWith('/administrasi') : location.pathname.startsWith('/administrasi/pengguna')}
          />
        ) : null}
        {me.data.role === 'manager' && me.data.officeId ? (
          <NavLink variant="filled" component={Link} to={`/administrasi/kantor/${me.data.officeId}/kalender`} label={t('nav.officeCalendar')} active={location.pathname.endsWith('/kalender')} />
        ) : null}
        {me.data.role === 'manager' ? <NavLink variant="filled" component={Link} to="/administrasi/webhook" label={t('nav.officeWebhooks')} active={location.pathname.startsWith('/administrasi/webhook')} /> : null}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
