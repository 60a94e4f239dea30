import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInbox } from './api';

/** The unread count beside the inbox link, on every page. */
export function InboxBadge() {
  const { t } = useTranslation();
  const { data } = useInbox();
  if (!data?.unread) return null;
  return (
    <Badge color="red" size="sm" circle={data.unread < 10} aria-label={t('inbox.unread', { count: data.unread })}>
      {data.unread}
    </Badge>
  );
}
