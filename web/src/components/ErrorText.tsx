import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

/**
 * A refusal of the server in words: its code's sentence from the catalogue when there is one
 * (`errors.<code>`), otherwise the server's own message. The server stays the authority.
 */
export function ErrorText({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? i18n.exists(`errors.${error.code}`)
        ? t(`errors.${error.code}`)
        : error.message
      : t('errors.dependency');
  return (
    <Alert color="red" role="alert">
      {text}
    </Alert>
  );
}
