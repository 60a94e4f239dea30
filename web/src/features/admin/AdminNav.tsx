import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSignedIn } from './api';

const SECTIONS = [
  { to: '/administrasi/kantor', key: 'offices' },
  { to: '/administrasi/pengguna', key: 'users' },
  { to: '/administrasi/kunci-api', key: 'apiKeys' },
  { to: '/administrasi/webhook', key: 'webhooks' },
] as const;

/** The administration's sections (admins only; a manager reaches the user list alone). */
export function AdminNav() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const { pathname } = useLocation();
  if (me?.role !== 'admin') return null;
  return (
    <Group component="nav" aria-label={t('admin.title')} gap="xs">
      {SECTIONS.map((s) => {
        const current = pathname.startsWith(s.to);
        return (
          <Button key={s.to} component={Link} to={s.to} size="xs" variant={current ? 'filled' : 'default'} aria-current={current ? 'page' : undefined}>
            {t(`admin.sections.${s.key}`)}
          </Button>
        );
      })}
    </Group>
  );
}
