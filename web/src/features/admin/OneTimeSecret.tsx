import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A secret the server keeps no readable copy of (a new password, an API key): shown here once, with a copy button. */
export function OneTimeSecret({ title, label, secret, onDone }: { title: string; label: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={title} role="status" styles={{ title: { color: 'var(--mantine-color-black)' } }}>
      <Stack gap="xs">
        <Text size="sm" fw={700}>
          {t('admin.secret.onlyOnce')}
        </Text>
        <Text size="sm">{label}</Text>
        <Code block data-secret style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {secret}
        </Code>
        <Group>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} color={copied ? 'green.9' : undefined}>
                {copied ? t('admin.secret.copied') : t('admin.secret.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('admin.secret.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
