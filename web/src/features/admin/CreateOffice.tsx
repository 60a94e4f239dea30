import { Button, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormFooter } from './FormFooter';
import { refusedFields, useCreateOffice, useProvinces, useRegencies } from './api';

/**
 * A new Dinas office for a regency: its province and regency (from the Kemendagri regions), a name
 * proposed from the regency's, and its contacts; the zone comes from the province (changed on the
 * office's page). Opens the new office's page, where its letterhead and policy are set.
 */
export function CreateOffice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOffice();
  const provinces = useProvinces();
  const [open, setOpen] = useState(false);
  const [province, setProvince] = useState<string | null>(null);
  const regencies = useRegencies(province);
  const [regency, setRegency] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const refused = refusedFields(create.error);
  const errors = (f: string) => local[f] ?? (refused.includes(f) ? t('admin.invalidField') : undefined);

  const chooseRegency = (code: string | null) => {
    setRegency(code);
    const found = regencies.data?.items.find((r) => r.code === code);
    if (found && !name.trim()) setName(t('admin.offices.proposedName', { regency: found.name }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!regency) problems.regencyCode = t('admin.required');
    if (name.trim().length < 3) problems.name = t('admin.offices.nameRule');
    setLocal(problems);
    if (!regency || Object.keys(problems).length > 0) return;
    create.mutate({ regencyCode: regency, name: name.trim(), email: email.trim() || undefined }, { onSuccess: (office) => navigate(`/administrasi/kantor/${office.id}`) });
  };

  if (!open) {
    return (
      <div>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('admin.offices.create')}
        </Button>
      </div>
    );
  }
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby="create-office-title" maw={640}>
      <Stack>
        <Title order={2} size="h4" id="create-office-title">
          {t('admin.offices.create')}
        </Title>
        <Select
          label={t('admin.offices.province')}
          searchable
          required
          value={province}
          onChange={(v) => {
            setProvince(v);
            setRegency(null);
          }}
          data={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
        />
        <Select
          label={t('admin.offices.regencyName')}
          searchable
          required
          disabled={!province}
          value={regency}
          onChange={chooseRegency}
          error={errors('regencyCode')}
          data={(regencies.data?.items ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
        />
        <TextInput label={t('admin.offices.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors('name')} />
        <TextInput label={t('admin.offices.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors('email')} />
        <FormFooter mutation={create} label={t('admin.offices.createButton')} saved={false} />
        <div>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
