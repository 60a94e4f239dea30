import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../../lib/session';
import { type Channel, type Preference, usePreferences, useSetEmail, useSetPreference } from './api';

// Mantine's dimmed descriptions are too pale on white for WCAG AA; this grey is not.
const HINT = { description: { color: 'var(--mantine-color-gray-7)' } };

/** Pengaturan pemberitahuan: the person's own e-mail address, and how each kind of notification reaches them. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Address />
      <QueryState query={preferences}>
        {(d) => (
          <Paper withBorder p="md" component="section" aria-labelledby="kinds-title">
            <Stack>
              <Title order={2} size="h4" id="kinds-title">
                {t('settings.kindsTitle')}
              </Title>
              {d.email ? null : (
                <Alert color="yellow" variant="light">
                  {t('settings.noAddress')}
                </Alert>
              )}
              <Text size="sm">{t('settings.kindsHint')}</Text>
              {d.items.map((p) => (
                <KindChoice key={p.kind} preference={p} />
              ))}
            </Stack>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}

function Address() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const save = useSetEmail();
  const [email, setEmail] = useState(me?.email ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(email.trim() || null);
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby="address-title">
      <Stack>
        <Title order={2} size="h4" id="address-title">
          {t('settings.addressTitle')}
        </Title>
        <TextInput type="email" label={t('settings.address')} description={t('settings.addressHint')} styles={HINT} value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoComplete="email" />
        <ErrorText error={save.error} />
        {save.isSuccess ? (
          <Text role="status">
            {t('settings.saved')}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** One kind: its words and the channel chosen, saved as soon as it changes. */
function KindChoice({ preference: p }: { preference: Preference }) {
  const { t, i18n } = useTranslation();
  const set = useSetPreference();
  const label = i18n.exists(`settings.kinds.${p.kind}`) ? t(`settings.kinds.${p.kind}`) : p.label;
  return (
    <Stack gap={4}>
      <NativeSelect
        label={label}
        value={set.isPending && set.variables ? set.variables.channel : p.channel}
        onChange={(e) => set.mutate({ kind: p.kind, channel: e.currentTarget.value as Channel })}
        data={p.channels.map((c) => ({ value: c, label: t(`settings.channels.${c}`) }))}
        disabled={set.isPending}
      />
      <ErrorText error={set.error} />
    </Stack>
  );
}
