import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

/** A field a refusal names (errors[].field of validation_failed, field of invalid_input), with its CSV line if any. */
interface Named {
  field: string;
  line?: number;
}

function fieldsOf(error: ApiError): Named[] {
  const body = (error.body ?? {}) as { field?: unknown; errors?: Array<{ field?: unknown; line?: unknown }> };
  const named: Named[] = (body.errors ?? []).map((e) => ({ field: String(e.field ?? ''), ...(typeof e.line === 'number' && e.line > 0 ? { line: e.line } : {}) }));
  if (typeof body.field === 'string') named.push({ field: body.field });
  return named.filter((n) => n.field || n.line);
}

/**
 * A field in the person's words (`fields.<name>`; for `stops.0.date` the catalogue's `date`), or
 * null where the catalogue has none: the API's name (`repairSeconds`) means nothing to an officer,
 * and the sentence above still says what was refused.
 */
function fieldWords(field: string, t: (key: string) => string, exists: (key: string) => boolean): string | null {
  if (field && exists(`fields.${field}`)) return t(`fields.${field}`);
  const leaf = field
    .split('.')
    .reverse()
    .find((part) => part && !/^\d+$/.test(part));
  return leaf && exists(`fields.${leaf}`) ? t(`fields.${leaf}`) : null;
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
 * Fields are named in the catalogue's words (locales/<language>/fields.json); one it has no words
 * for is left out rather than shown as the API's name.
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
  const exists = (k: string) => i18n.exists(k);
  const words = (n: Named) => {
    const field = fieldWords(n.field, t, exists);
    if (n.line === undefined) return field;
    return field ? t('errors.fieldLine', { line: n.line, field }) : t('errors.line', { line: n.line });
  };
  const fields = [...new Set(fieldsOf(error).map(words).filter((w): w is string => w !== null))];
  return (
    <Alert color="red" role="alert" title={errorSentence(error, t, exists)}>
      {fields.length > 0 ? (
        <>
          {t('errors.fieldsTitle')}
          <List size="sm">
            {fields.map((f) => (
              <List.Item key={f}>{f}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}
