import { Alert, Button, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorSentence } from './ErrorText';

/** Loading, error (with a retry) and empty states, the same on every page. */
export function QueryState<T>({
  query,
  empty,
  emptyText,
  children,
}: {
  query: UseQueryResult<T>;
  empty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  // A status (role) may carry a name; a bare span may not.
  if (query.isPending) return <Loader role="status" aria-label={t('state.loading')} />;
  if (query.isError) {
    return (
      <Alert color="red" role="alert" title={t('state.error', { message: errorSentence(query.error, t, (k) => i18n.exists(k)) })}>
        <Button size="xs" onClick={() => void query.refetch()}>
          {t('state.retry')}
        </Button>
      </Alert>
    );
  }
  if (empty?.(query.data)) return <Text c="gray.7">{emptyText}</Text>;
  return <>{children(query.data)}</>;
}
