import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

/** The fields a refusal names: validation_failed lists each (errors[].field), invalid_input names one. */
function fieldsOf(error: ApiError): string[] {
  const body = (error.body ?? {}) as { field?: unknown; errors?: Array<{ field?: unknown; line?: unknown }> };
  const named = (body.errors ?? []).map((e) => (typeof e.line === 'number' ? `${String(e.line)}: ${String(e.field ?? '')}` : String(e.field ?? '')));
  if (typeof body.field === 'string') named.push(body.field);
  return [...new Set(named.filter(Boolean))];
}

/** The sentence of a failure: its code's from the catalogue, "unavailable" for a network failure. */
export function errorSentence(error: unknown, t: (key: string) => string, exists: (key: string) => boolean): string {
  if (!(error instanceof ApiError)) return t('errors.dependency');
  return exists(`errors.${error.code}`) ? t(`errors.${error.code}`) : t('errors.unknown');
}

/**
 * A refusal of the server in words: the sentence the catalogue holds for its code (`errors.<code>`;
 * every code the API can give has one, a test checks), and the fields it names. The server's own
 * message is English and for the log, not for the officer. A network failure reads as "unavailable".
 */
export function ErrorText({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <Alert color="red" role="alert">
        {t('errors.dependency')}
      </Alert>
    );
  }
  const fields = fieldsOf(error);
  return (
    <Alert color="red" role="alert" title={errorSentence(error, t, (k) => i18n.exists(k))}>
      {fields.length > 0 ? (
        <>
          {t('errors.fieldsTitle')}
          <List size="sm">
            {fields.map((f) => (
              <List.Item key={f}>{t(`fields.${f}`, { defaultValue: f })}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}
