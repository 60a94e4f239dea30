import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/ErrorText';

/**
 * The end of an admin form: the server's refusal in words, "Tersimpan" once the change is saved
 * (`saved={false}` where a form shows its own result, as a new key does), and the submit button.
 */
export function FormFooter({
  mutation,
  label,
  saved = true,
}: {
  mutation: { error: unknown; isPending: boolean; isSuccess: boolean };
  label: string;
  saved?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorText error={mutation.error} />
      {saved && mutation.isSuccess ? (
        <Text role="status" c="green.9">
          {t('admin.saved')}
        </Text>
      ) : null}
      <Group>
        <Button type="submit" loading={mutation.isPending}>
          {label}
        </Button>
      </Group>
    </>
  );
}
