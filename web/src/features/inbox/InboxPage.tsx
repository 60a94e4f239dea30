import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { subjectPath } from '../../lib/subjects';
import { Notification, useInbox, useMarkAllRead, useMarkRead } from './api';

export function InboxPage() {
  const { t, i18n } = useTranslation();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('inbox.title')}
        </Title>
        {inbox.data?.unread ? (
          <Button variant="light" onClick={() => markAll.mutate()} loading={markAll.isPending}>
            {t('inbox.markAllRead')}
          </Button>
        ) : null}
      </Group>
      <QueryState query={inbox} empty={(d) => d.items.length === 0} emptyText={t('inbox.empty')}>
        {(d) =>
          d.items.map((n) => (
            <Card key={n.id} withBorder padding="sm" aria-label={n.title} bg={n.read ? undefined : 'blue.0'}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Subject n={n} onOpen={() => (n.read ? undefined : markRead.mutate(n.id))} />
                  {/* A digest is several lines: keep its line breaks. */}
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {n.body}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {formatDateTime(n.createdAt, i18n.language)}
                  </Text>
                </div>
                {n.read ? null : (
                  <Button size="xs" variant="subtle" onClick={() => markRead.mutate(n.id)}>
                    {t('inbox.markRead')}
                  </Button>
                )}
              </Group>
            </Card>
          ))
        }
      </QueryState>
    </Stack>
  );
}

/** The message's title, linking to its case, letter or outage; opening it marks the message read. */
function Subject({ n, onOpen }: { n: Notification; onOpen: () => void }) {
  const path = subjectPath(n.subjectType, n.subjectId);
  if (!path) return <Text fw={n.read ? 400 : 700}>{n.title}</Text>;
  return (
    <Anchor component={Link} to={path} fw={n.read ? 400 : 700} onClick={onOpen}>
      {n.title}
    </Anchor>
  );
}
