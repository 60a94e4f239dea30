import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api';
import { useLogin } from './api';

/** Sign-in; afterwards the person returns to the page they were on. */
export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username, password }, { onSuccess: () => navigate(params.get('next') ?? '/', { replace: true }) });
  };
  const error = login.error instanceof ApiError ? (login.error.status === 429 ? t('login.tooMany') : t('login.failed')) : login.error ? t('errors.dependency') : undefined;

  return (
    <Center mih="100vh" p="md">
      <Paper component="form" onSubmit={submit} withBorder p="xl" w="100%" maw={380} aria-labelledby="login-title">
        <Stack>
          <Title order={1} size="h2" id="login-title">
            {t('login.title')}
          </Title>
          {params.get('expired') ? <Alert color="yellow">{t('login.expired')}</Alert> : null}
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <TextInput label={t('login.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoComplete="username" required />
          <PasswordInput label={t('login.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" required />
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
