import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OfficeSelect } from '../../components/OfficeSelect';
import { type Role, ROLES, useProvinces, HINT } from './api';

export interface PlacementValue {
  role: Role | null;
  officeId: string | null;
  provinceCode: string | null;
}

/** Operators and managers belong to an office; a supervisor reads over a province (or the whole country). */
export function needsOffice(role: Role | null): boolean {
  return role === 'operator' || role === 'manager';
}

/** The role, and the office or province it needs, as one part of a form. */
export function PlacementFields({ value, onChange, errors }: { value: PlacementValue; onChange: (v: PlacementValue) => void; errors: (field: string) => string | undefined }) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  return (
    <>
      <Select
        label={t('admin.users.role')}
        required
        value={value.role}
        onChange={(r) => onChange({ role: r as Role | null, officeId: needsOffice(r as Role) ? value.officeId : null, provinceCode: r === 'supervisor' ? value.provinceCode : null })}
        data={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
        error={errors('role')}
      />
      {needsOffice(value.role) ? (
        <div>
          <OfficeSelect value={value.officeId} onChange={(officeId) => onChange({ ...value, officeId })} />
          {errors('officeId') ? (
            <div role="alert" style={{ color: 'var(--mantine-color-red-8)', fontSize: 'var(--mantine-font-size-sm)' }}>
              {errors('officeId')}
            </div>
          ) : null}
        </div>
      ) : null}
      {value.role === 'supervisor' ? (
        <Select
          label={t('admin.users.province')}
          description={t('admin.users.provinceHint')}
          styles={HINT}
          searchable
          clearable
          value={value.provinceCode}
          onChange={(provinceCode) => onChange({ ...value, provinceCode })}
          data={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
          error={errors('provinceCode')}
        />
      ) : null}
    </>
  );
}
